import type { Metadata } from 'next';
import { ComingSoon } from '../../../components/coming-soon';
import { buttonClassName } from '../../../components/message-page';
import { OrderDetails, orderHeading } from '../../../components/order-details';
import { OrderLive } from '../../../components/order-live';
import { StoreLink } from '../../../components/store-link';
import { StoreShell } from '../../../components/store-shell';
import { loadGuestOrder } from '../../../lib/account';
import { requireStore, settleStore } from '../../../lib/current-store';
import { getMessages } from '../../../lib/i18n';
import type { SearchParams } from '../../../lib/listing-filters';
import { privatePageMetadata } from '../../../lib/seo';

// A guest's order, opened with the token of its status link (Stripe's return URL, or the
// confirmation email). Per shopper: never cached, never indexed.
export const dynamic = 'force-dynamic';
export const fetchCache = 'force-no-store';

interface OrderPageProps {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<SearchParams>;
}

function readToken(params: SearchParams): string {
  const value = params.token;
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export async function generateMetadata(): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind !== 'store') return privatePageMetadata;
  return { ...privatePageMetadata, title: getMessages(outcome.store.language).orderStatus };
}

export default async function OrderPage({ params, searchParams }: OrderPageProps) {
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;
  const messages = getMessages(store.language);
  const { orderId } = await params;
  const result = await loadGuestOrder(orderId, readToken(await searchParams));

  if (!result.found) {
    return (
      <StoreShell store={store} narrow>
        <h1 className="text-3xl font-semibold tracking-tight">{messages.orderNotFoundTitle}</h1>
        <p className="mt-4 text-neutral-600">{messages.orderNotFoundBody}</p>
        <StoreLink href="/account/login" className={`${buttonClassName} mt-8`}>
          {messages.signIn}
        </StoreLink>
      </StoreShell>
    );
  }

  const order = result.value;
  const awaitingPayment = order.status === 'created';
  return (
    <StoreShell store={store} narrow>
      <OrderLive orderId={order.id} awaitingPayment={awaitingPayment} />
      {awaitingPayment || order.status === 'paid' ? (
        <p className="text-sm font-medium text-emerald-700">{messages.orderThanks}</p>
      ) : null}
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">
        {orderHeading(order, messages)}
      </h1>
      {awaitingPayment ? (
        <p role="status" className="mt-3 text-neutral-600">
          {messages.orderAwaitingPayment}
        </p>
      ) : null}
      <div className="mt-8">
        <OrderDetails order={order} language={store.language} messages={messages} />
      </div>
    </StoreShell>
  );
}
