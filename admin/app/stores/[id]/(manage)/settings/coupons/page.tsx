import { CouponsPage } from '../../../../../../components/manage/coupons-page';

export default function StoreCouponsPage() {
  return <CouponsPage />;
}
