'use client';

import { useState } from 'react';
import Link from 'next/link';
import type { AdminOrder } from '@mpb/contracts';
import { describeApiError } from '../../lib/form-errors';
import { formatMoney } from '../../lib/money';
import { saveBlob } from '../../lib/save-blob';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, linkClass } from '../styles';
import { Button } from '../ui/button';
import { Table, TableHead, tdClass } from '../ui/table';
import { formatDateTime } from './format';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { OrderCancelDialog } from './order-cancel-dialog';
import { OrderRefundDialog } from './order-refund-dialog';
import { OrderShipForm } from './order-ship-form';
import { OrderStatusBadge } from './order-status-badge';
import { OrderTimeline } from './order-timeline';
import { useLoad } from './use-load';

/** One order: what was bought, totals, shipping, payment, shipments, refunds and timeline. */
export function OrderDetailPage({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const { api, tenant } = useManage();
  const order = useLoad(`order:${orderId}`, (signal) => api.getOrder(orderId, signal));
  const title = order.data
    ? t.manage.orders.orderNumber(order.data.number)
    : t.manage.nav.sections.orders;

  return (
    <ManagePage title={title} permission="orders:read">
      <Link href={`/stores/${tenant.id}/orders`} className={linkClass}>
        {t.manage.orders.back}
      </Link>
      <FormAlert message={order.error ? describeApiError(order.error, t) : null} />
      {!order.data && order.isLoading ? <p role="status">{t.app.loading}</p> : null}
      {order.data ? (
        <OrderDetail order={order.data} onChange={(next) => order.setData(() => next)} />
      ) : null}
    </ManagePage>
  );
}

function OrderDetail({
  order,
  onChange,
}: {
  order: AdminOrder;
  onChange: (order: AdminOrder) => void;
}) {
  const { t, language } = useI18n();
  const { can } = useManage();
  const [dialog, setDialog] = useState<'refund' | 'cancel' | null>(null);
  const [notice, setNotice] = useState('');
  const money = (minor: number) => formatMoney(minor, order.totals.currency, language);
  const update = (next: AdminOrder, message: string) => {
    onChange(next);
    setNotice(message);
  };
  const canShip = can('orders:fulfil') && order.status === 'paid';
  const canDeliver = can('orders:fulfil') && order.status === 'shipped';
  const canCancel = can('orders:cancel') && (order.status === 'created' || order.status === 'paid');
  const canRefund =
    can('orders:refund') &&
    order.refundable > 0 &&
    ['paid', 'shipped', 'delivered'].includes(order.status);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <OrderStatusBadge status={order.status} />
        <span className="text-sm text-slate-700">
          {t.manage.orders.placedOn(formatDateTime(order.createdAt, language))}
        </span>
        {order.email ? <span className="text-sm break-all">{order.email}</span> : null}
      </div>
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
      <div className="flex flex-wrap gap-2">
        <PackingSlipButton order={order} />
        {canDeliver ? <DeliverButton order={order} onDone={update} /> : null}
        {canRefund ? (
          <Button variant="secondary" onClick={() => setDialog('refund')}>
            {t.manage.orders.refund}
          </Button>
        ) : null}
        {canCancel ? (
          <Button variant="danger" onClick={() => setDialog('cancel')}>
            {t.manage.orders.cancelOrder}
          </Button>
        ) : null}
      </div>
      {canShip ? (
        <div className={cardClass}>
          <OrderShipForm
            order={order}
            onShipped={(next) => update(next, t.manage.orders.shipped)}
          />
        </div>
      ) : null}

      <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-4">
          <Table caption={t.manage.orders.lines} isCaptionHidden={false}>
            <TableHead
              columns={[
                { label: t.manage.dashboard.product },
                { label: t.manage.orders.quantity, align: 'right' },
                { label: t.manage.orders.unitPrice, align: 'right' },
                { label: t.manage.orders.total, align: 'right' },
              ]}
            />
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    {line.title}
                    {line.sku ? (
                      <span className="block font-mono text-xs text-slate-600">{line.sku}</span>
                    ) : null}
                  </th>
                  <td className={`${tdClass} text-right tabular-nums`}>{line.quantity}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{money(line.unitPrice)}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{money(line.total)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Totals order={order} money={money} />
          <div className={cardClass}>
            <h2 className="mb-3 font-semibold">{t.manage.orders.timeline}</h2>
            <OrderTimeline order={order} />
          </div>
        </div>
        <div className="space-y-4">
          <ShippingCard order={order} />
          {order.refunds.length > 0 ? (
            <div className={cardClass}>
              <h2 className="mb-2 font-semibold">{t.manage.orders.refunds}</h2>
              <ul className="space-y-2 text-sm">
                {order.refunds.map((refund) => (
                  <li key={refund.id}>
                    {money(refund.amount)} · {t.manage.orders.refundStatuses[refund.status]} ·{' '}
                    {formatDateTime(refund.createdAt, language)}
                    {refund.reason ? (
                      <span className="block text-slate-600">{refund.reason}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </div>
      <OrderRefundDialog
        order={order}
        isOpen={dialog === 'refund'}
        onClose={() => setDialog(null)}
        onRefunded={(next) => update(next, t.manage.orders.refunded)}
      />
      <OrderCancelDialog
        order={order}
        isOpen={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        onCancelled={(next) => update(next, t.manage.orders.cancelled)}
      />
    </div>
  );
}

function Totals({ order, money }: { order: AdminOrder; money: (minor: number) => string }) {
  const { t } = useI18n();
  const { totals } = order;
  const rows: [string, number][] = [
    [t.manage.orders.subtotal, totals.subtotal],
    ...(totals.discount > 0
      ? [[t.manage.orders.discount, -totals.discount] as [string, number]]
      : []),
    [t.manage.orders.shipping, totals.shipping],
    [totals.taxIncluded ? t.manage.orders.taxIncluded : t.manage.orders.tax, totals.tax],
  ];
  return (
    <dl className={`${cardClass} grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm`}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt>{label}</dt>
          <dd className="text-right tabular-nums">{money(value)}</dd>
        </div>
      ))}
      <dt className="font-semibold">{t.manage.orders.total}</dt>
      <dd className="text-right font-semibold tabular-nums" data-testid="order-total">
        {money(totals.total)}
      </dd>
      {totals.refunded > 0 ? (
        <>
          <dt>{t.manage.orders.refundedTotal}</dt>
          <dd className="text-right tabular-nums">{money(totals.refunded)}</dd>
        </>
      ) : null}
    </dl>
  );
}

function ShippingCard({ order }: { order: AdminOrder }) {
  const { t, language } = useI18n();
  const address = order.shippingAddress;
  const lines = address
    ? [
        address.name,
        address.line1,
        address.line2,
        [address.postalCode, address.city, address.region].filter(Boolean).join(' '),
        address.country,
        address.phone,
      ].filter((line): line is string => Boolean(line))
    : [];
  return (
    <div className={`${cardClass} space-y-2 text-sm`}>
      <h2 className="font-semibold">{t.manage.orders.shipping}</h2>
      {order.shippingMethod ? <p>{order.shippingMethod}</p> : null}
      {lines.length > 0 ? (
        <address className="not-italic">
          {lines.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </address>
      ) : (
        <p className="text-slate-600">{t.manage.orders.noAddress}</p>
      )}
      {order.shipments.map((shipment) => (
        <div key={shipment.trackingNumber} className="border-t border-slate-200 pt-2">
          <p>
            {shipment.carrier}:{' '}
            <span className="font-mono" data-testid="tracking-number">
              {shipment.trackingNumber}
            </span>
          </p>
          {shipment.trackingUrl ? (
            <a
              href={shipment.trackingUrl}
              target="_blank"
              rel="noopener noreferrer"
              className={linkClass}
            >
              {t.manage.orders.track}
              <span className="sr-only"> {t.store.opensInNewTab}</span>
            </a>
          ) : null}
          <p className="text-slate-600">
            {t.manage.orders.shippedOn(formatDateTime(shipment.shippedAt, language))}
          </p>
        </div>
      ))}
    </div>
  );
}

function PackingSlipButton({ order }: { order: AdminOrder }) {
  const { t } = useI18n();
  const { api } = useManage();
  const [error, setError] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);

  async function open() {
    // Opened now, while the click still counts as the user's, then pointed at the slip.
    const tab = window.open('', '_blank');
    setIsPending(true);
    setError(null);
    try {
      const blob = await api.packingSlip(order.id);
      const html = new Blob([blob], { type: 'text/html' });
      if (tab) tab.location.href = URL.createObjectURL(html);
      else saveBlob(html, `packing-slip-${order.number}.html`);
    } catch (caught) {
      tab?.close();
      setError(caught);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => void open()} isPending={isPending}>
        {t.manage.orders.packingSlip}
        <span className="sr-only"> {t.store.opensInNewTab}</span>
      </Button>
      {error ? <FormAlert message={describeApiError(error, t)} /> : null}
    </>
  );
}

function DeliverButton({
  order,
  onDone,
}: {
  order: AdminOrder;
  onDone: (order: AdminOrder, message: string) => void;
}) {
  const { t } = useI18n();
  const { api } = useManage();
  const [error, setError] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  async function deliver() {
    setIsPending(true);
    setError(null);
    try {
      onDone(await api.markDelivered(order.id), t.manage.orders.delivered);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsPending(false);
    }
  }
  return (
    <>
      <Button onClick={() => void deliver()} isPending={isPending}>
        {t.manage.orders.markDelivered}
      </Button>
      {error ? <FormAlert message={describeApiError(error, t)} /> : null}
    </>
  );
}
