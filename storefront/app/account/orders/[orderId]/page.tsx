import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ComingSoon } from '../../../../components/coming-soon';
import { OrderDetails, orderHeading } from '../../../../components/order-details';
import { StoreLink } from '../../../../components/store-link';
import { StoreShell } from '../../../../components/store-shell';
import { loadMyOrder } from '../../../../lib/account';
import { requireStore, settleStore } from '../../../../lib/current-store';
import { getMessages } from '../../../../lib/i18n';
import { privatePageMetadata } from '../../../../lib/seo';

export const dynamic = 'force-dynamic';
export const fetchCache = 'force-no-store';

interface AccountOrderPageProps {
  params: Promise<{ orderId: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind !== 'store') return privatePageMetadata;
  return { ...privatePageMetadata, title: getMessages(outcome.store.language).orderStatus };
}

/** One of the signed-in shopper's orders, with its tracking. */
export default async function AccountOrderPage({ params }: AccountOrderPageProps) {
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;
  const { orderId } = await params;
  const result = await loadMyOrder(orderId);
  if (result.kind === 'unauthenticated') {
    redirect(`/account/login?next=${encodeURIComponent(`/account/orders/${orderId}`)}`);
  }
  if (result.kind === 'not-found') notFound();

  const messages = getMessages(store.language);
  const order = result.value;
  return (
    <StoreShell store={store} narrow>
      <StoreLink
        href="/account"
        className="text-sm font-medium text-neutral-600 hover:text-neutral-900"
      >
        ← {messages.backToOrders}
      </StoreLink>
      <h1 className="mt-4 text-3xl font-semibold tracking-tight">
        {orderHeading(order, messages)}
      </h1>
      <div className="mt-8">
        <OrderDetails order={order} language={store.language} messages={messages} />
      </div>
    </StoreShell>
  );
}
