import { StaffPage } from '../../../../../components/manage/staff-page';

export default function StoreStaffPage() {
  return <StaffPage />;
}
