import type { Language } from '@mpb/contracts';
import { formatDate } from '../format';
import { translatorFor } from '../i18n';
import { renderEmail, type RenderedEmail } from './layout';
import { greeting, helpBlocks, orderUrl } from './order-summary';
import type { OrderView, StoreView } from './views';

/** Sent when the order leaves: who carries it and the number to track it with. */
export function renderOrderShipped(input: {
  store: StoreView;
  order: OrderView;
  language: Language;
  carrier: string;
  trackingNumber: string;
}): RenderedEmail {
  const { store, order, language } = input;
  const t = translatorFor(language);
  return renderEmail({
    language,
    storeName: store.name,
    subject: t('shipped.subject', { store: store.name, number: order.number }),
    blocks: [
      { type: 'heading', text: t('shipped.heading') },
      { type: 'paragraph', text: greeting(order, t) },
      {
        type: 'paragraph',
        text: t('shipped.intro', {
          number: order.number,
          carrier: input.carrier,
          date: formatDate(order.shippedAt ?? new Date(), language, store.timeZone),
        }),
      },
      {
        type: 'rows',
        rows: [
          { label: t('shipped.carrier'), value: input.carrier },
          { label: t('shipped.trackingNumber'), value: input.trackingNumber, strong: true },
        ],
      },
      { type: 'button', label: t('common.viewOrder'), url: orderUrl(store.url, order.id) },
      ...helpBlocks(store.supportEmail, t),
    ],
    footer: t('common.orderFooter', { store: store.name }),
  });
}
