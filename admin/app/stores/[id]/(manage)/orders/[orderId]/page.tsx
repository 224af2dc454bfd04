import { OrderDetailPage } from '../../../../../../components/manage/order-detail-page';

export default async function StoreOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  return <OrderDetailPage orderId={orderId} />;
}
