import type { BuyerOrder, OrderStatusName } from '@mpb/contracts';
import { interpolate, type Language, type MessageKey, type Messages } from '../lib/i18n';
import { formatMoney } from '../lib/money';
import { safeImageUrl } from '../lib/store-url';

const statusLabels: Record<OrderStatusName, MessageKey> = {
  created: 'statusCreated',
  paid: 'statusPaid',
  shipped: 'statusShipped',
  delivered: 'statusDelivered',
  cancelled: 'statusCancelled',
  refunded: 'statusRefunded',
};

export function statusLabel(status: OrderStatusName, messages: Messages): string {
  return messages[statusLabels[status]];
}

/** A date as the shopper reads it; UTC, because the store has no time zone of its own yet. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A tracking link only when it is an http(s) URL: it is carrier data typed in by staff. */
function trackingHref(url: string | null): string | undefined {
  const safe = safeImageUrl(url);
  return safe && !safe.startsWith('/') ? safe : undefined;
}

/**
 * An order as its buyer sees it: status, lines, totals, where it goes and its tracking. The
 * status and each tracking number carry a `data-testid` (order-status, tracking-number), being
 * values in a definition list without a role of their own.
 */
export function OrderDetails({
  order,
  language,
  messages,
}: {
  order: BuyerOrder;
  language: Language;
  messages: Messages;
}) {
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: order.totals.currency }, language);
  const { totals } = order;
  const address = order.shippingAddress;
  const place = address
    ? [address.name, address.city, address.region, address.country].filter(Boolean).join(', ')
    : '';

  return (
    <div className="space-y-8">
      <dl className="grid gap-4 rounded-2xl border border-neutral-200 bg-white p-4 sm:grid-cols-2 sm:p-6">
        <div>
          <dt className="text-sm text-neutral-600">{messages.orderStatus}</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="order-status">
            {statusLabel(order.status, messages)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-neutral-600">{messages.orderDate}</dt>
          <dd className="mt-1">{formatDate(order.placedAt, language)}</dd>
        </div>
        {place ? (
          <div className="sm:col-span-2">
            <dt className="text-sm text-neutral-600">{messages.shippingTo}</dt>
            <dd className="mt-1">
              {place}
              {order.shippingMethod ? ` · ${order.shippingMethod}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="tracking-heading">
        <h2 id="tracking-heading" className="text-lg font-semibold">
          {messages.tracking}
        </h2>
        {order.shipments.length === 0 ? (
          <p className="mt-2 text-neutral-600">{messages.notShippedYet}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {order.shipments.map((shipment) => {
              const href = trackingHref(shipment.trackingUrl);
              return (
                <li
                  key={`${shipment.carrier}-${shipment.trackingNumber}`}
                  className="rounded-2xl border border-neutral-200 bg-white p-4"
                >
                  <dl className="grid gap-2 sm:grid-cols-3">
                    <div>
                      <dt className="text-sm text-neutral-600">{messages.carrier}</dt>
                      <dd>{shipment.carrier}</dd>
                    </div>
                    <div>
                      <dt className="text-sm text-neutral-600">{messages.trackingNumber}</dt>
                      <dd className="font-mono" data-testid="tracking-number">
                        {shipment.trackingNumber}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-sm text-neutral-600">{messages.statusShipped}</dt>
                      <dd>{formatDate(shipment.shippedAt, language)}</dd>
                    </div>
                  </dl>
                  {href ? (
                    <a
                      href={href}
                      target="_blank"
                      rel="noopener noreferrer nofollow"
                      className="mt-3 inline-block text-sm font-medium underline underline-offset-4"
                    >
                      {messages.trackShipment}
                    </a>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold">
          {messages.orderItems}
        </h2>
        <ul className="mt-3 divide-y divide-neutral-200 rounded-2xl border border-neutral-200 bg-white">
          {order.lines.map((line, index) => (
            <li key={`${line.title}-${index}`} className="flex justify-between gap-4 p-4">
              <span>
                {line.title}
                <span className="text-neutral-600"> × {line.quantity}</span>
              </span>
              <span className="font-medium">{money(line.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-4 space-y-2 text-sm">
          <Row label={messages.subtotal} value={money(totals.subtotal)} />
          {totals.discount > 0 ? (
            <Row label={messages.discount} value={`−${money(totals.discount)}`} />
          ) : null}
          <Row label={messages.shipping} value={money(totals.shipping)} />
          <Row
            label={totals.taxIncluded ? messages.taxIncluded : messages.tax}
            value={money(totals.tax)}
          />
          <div className="flex justify-between gap-4 border-t border-neutral-200 pt-3 text-base font-semibold">
            <dt>{messages.total}</dt>
            <dd data-testid="order-total">{money(totals.total)}</dd>
          </div>
          {totals.refunded > 0 ? (
            <Row label={messages.statusRefunded} value={`−${money(totals.refunded)}`} />
          ) : null}
        </dl>
      </section>
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-neutral-600">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function orderHeading(order: BuyerOrder, messages: Messages): string {
  return interpolate(messages.orderTitle, { number: order.number });
}
