import type { Language } from '@mpb/contracts';
import { formatMoney } from '../format';
import { translatorFor } from '../i18n';
import { renderEmail, type EmailBlock, type RenderedEmail } from './layout';
import { greeting, helpBlocks, orderUrl } from './order-summary';
import type { OrderView, StoreView } from './views';

/** Sent for each refund: a full refund says so; a partial one also says how much so far. */
export function renderOrderRefunded(input: {
  store: StoreView;
  order: OrderView;
  language: Language;
  amount: number;
  full: boolean;
  reason: string | null;
}): RenderedEmail {
  const { store, order, language } = input;
  const t = translatorFor(language);
  const money = (amount: number) => formatMoney(amount, order.currency, language);
  const details: EmailBlock[] = input.full
    ? [
        {
          type: 'paragraph',
          text: t('refund.introFull', { number: order.number, amount: money(input.amount) }),
        },
      ]
    : [
        {
          type: 'paragraph',
          text: t('refund.introPartial', { number: order.number, amount: money(input.amount) }),
        },
        {
          type: 'paragraph',
          // The order row already counts this refund: it is updated with the event.
          text: t('refund.refundedSoFar', {
            amount: money(Math.max(order.refundedAmount, input.amount)),
            total: money(order.total),
          }),
        },
      ];
  if (input.reason?.trim()) {
    details.push({ type: 'paragraph', text: t('refund.reason', { reason: input.reason.trim() }) });
  }
  return renderEmail({
    language,
    storeName: store.name,
    subject: t('refund.subject', { store: store.name, number: order.number }),
    blocks: [
      { type: 'heading', text: t(input.full ? 'refund.headingFull' : 'refund.headingPartial') },
      { type: 'paragraph', text: greeting(order, t) },
      ...details,
      { type: 'paragraph', text: t('refund.timing'), muted: true },
      { type: 'button', label: t('common.viewOrder'), url: orderUrl(store.url, order.id) },
      ...helpBlocks(store.supportEmail, t),
    ],
    footer: t('common.orderFooter', { store: store.name }),
  });
}
