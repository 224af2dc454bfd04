import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ComingSoon } from '../../components/coming-soon';
import { formatDate, statusLabel } from '../../components/order-details';
import { Pager } from '../../components/pager';
import { EmptyState } from '../../components/product-grid';
import { StoreLink } from '../../components/store-link';
import { StoreShell } from '../../components/store-shell';
import { loadMyOrders } from '../../lib/account';
import { requireStore, settleStore } from '../../lib/current-store';
import { getMessages, interpolate } from '../../lib/i18n';
import { readCursor, type SearchParams } from '../../lib/listing-filters';
import { formatMoney } from '../../lib/money';
import { privatePageMetadata } from '../../lib/seo';

export const dynamic = 'force-dynamic';
export const fetchCache = 'force-no-store';

export async function generateMetadata(): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind !== 'store') return privatePageMetadata;
  return { ...privatePageMetadata, title: getMessages(outcome.store.language).accountTitle };
}

/** The signed-in shopper's orders in this store, newest first, with their tracking state. */
export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;
  const cursor = readCursor((await searchParams).cursor);
  const result = await loadMyOrders(cursor);
  if (result.kind !== 'ok') redirect('/account/login?next=%2Faccount');

  const messages = getMessages(store.language);
  const { items, nextCursor } = result.value;
  return (
    <StoreShell store={store} narrow>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{messages.accountTitle}</h1>
        <form method="post" action="/account/logout">
          <button
            type="submit"
            className="rounded-full border border-neutral-300 bg-white px-4 py-2 text-sm font-medium hover:border-neutral-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
          >
            {messages.signOut}
          </button>
        </form>
      </div>
      <div className="mt-8">
        {items.length === 0 ? (
          <EmptyState title={messages.noOrdersYet} body={messages.cartEmptyBody} />
        ) : (
          <ul className="divide-y divide-neutral-200 rounded-2xl border border-neutral-200 bg-white">
            {items.map((order) => (
              <li key={order.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <StoreLink
                    href={`/account/orders/${order.id}`}
                    className="font-medium underline-offset-4 hover:underline"
                  >
                    {interpolate(messages.viewOrder, { number: order.number })}
                  </StoreLink>
                  <p className="text-sm text-neutral-600">
                    {formatDate(order.placedAt, store.language)}
                  </p>
                </div>
                <div className="text-right">
                  <p className="font-medium">
                    {formatMoney(
                      { amountMinor: order.total, currency: order.currency },
                      store.language,
                    )}
                  </p>
                  <p className="text-sm text-neutral-600">{statusLabel(order.status, messages)}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Pager
        firstHref="/account"
        nextHref={nextCursor ? `/account?cursor=${encodeURIComponent(nextCursor)}` : undefined}
        isFirstPage={!cursor}
        messages={messages}
      />
    </StoreShell>
  );
}
