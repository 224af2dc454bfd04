import type { Language } from '@mpb/contracts';
import { formatMoney } from '../format';
import type { Translator } from '../i18n';
import type { EmailBlock } from './layout';
import type { OrderView, ShippingAddressView } from './views';

/** The items, the totals and where it ships: the part shared by order emails. */
export function orderSummaryBlocks(
  order: OrderView,
  language: Language,
  t: Translator,
): EmailBlock[] {
  const money = (amount: number) => formatMoney(amount, order.currency, language);
  const totals: { label: string; value: string; strong?: boolean }[] = [
    { label: t('summary.subtotal'), value: money(order.subtotal) },
  ];
  if (order.discountAmount > 0) {
    totals.push({
      label: order.couponCode
        ? t('summary.discountWithCode', { code: order.couponCode })
        : t('summary.discount'),
      value: `−${money(order.discountAmount)}`,
    });
  }
  if (order.shippingAmount > 0 || order.shippingMethod) {
    totals.push({
      label: order.shippingMethod
        ? t('summary.shippingWithMethod', { method: order.shippingMethod })
        : t('summary.shipping'),
      value: money(order.shippingAmount),
    });
  }
  if (order.taxAmount > 0) totals.push({ label: t('summary.tax'), value: money(order.taxAmount) });
  totals.push({ label: t('summary.total'), value: money(order.total), strong: true });

  const blocks: EmailBlock[] = [
    {
      type: 'items',
      columns: [t('summary.item'), t('summary.quantity'), t('summary.amount')],
      rows: order.items.map((item) => ({
        title: item.title,
        ...(item.sku ? { detail: t('summary.sku', { sku: item.sku }) } : {}),
        quantity: item.quantity,
        amount: money(item.total),
      })),
    },
    { type: 'rows', rows: totals },
  ];
  const address = addressLines(order.shippingAddress);
  if (address.length > 0)
    blocks.push({ type: 'address', title: t('summary.shipTo'), lines: address });
  return blocks;
}

function addressLines(address: ShippingAddressView | null): string[] {
  if (!address) return [];
  const cityLine = [address.city, address.region].filter(Boolean).join(', ');
  return [
    address.name,
    address.line1,
    address.line2,
    [address.postalCode, cityLine].filter(Boolean).join(' '),
    address.country,
  ].filter((line): line is string => Boolean(line));
}

/** The greeting, with the buyer's name when the address carries one. */
export function greeting(order: OrderView, t: Translator): string {
  const name = order.shippingAddress?.name?.trim();
  return name ? t('common.greetingNamed', { name }) : t('common.greeting');
}

/** Closing lines of order emails: where to ask questions, when the store has said. */
export function helpBlocks(supportEmail: string | null, t: Translator): EmailBlock[] {
  return supportEmail
    ? [{ type: 'paragraph', text: t('common.help', { email: supportEmail }), muted: true }]
    : [];
}

export function orderUrl(storeUrl: string, orderId: string): string {
  return `${storeUrl}/account/orders/${encodeURIComponent(orderId)}`;
}
