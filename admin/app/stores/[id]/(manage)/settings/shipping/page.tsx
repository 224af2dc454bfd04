import { ShippingPage } from '../../../../../../components/manage/shipping-page';

export default function StoreShippingPage() {
  return <ShippingPage />;
}
