import { OrdersPage } from '../../../../../components/manage/orders-page';

export default function StoreOrdersPage() {
  return <OrdersPage />;
}
