import type { Language } from '@mpb/contracts';
import { formatDate } from '../format';
import { translatorFor } from '../i18n';
import { renderEmail, type RenderedEmail } from './layout';
import { greeting, helpBlocks, orderSummaryBlocks, orderUrl } from './order-summary';
import type { OrderView, StoreView } from './views';

/** Sent once the payment is confirmed: what was bought, what it cost, where it goes. */
export function renderOrderConfirmation(input: {
  store: StoreView;
  order: OrderView;
  language: Language;
}): RenderedEmail {
  const { store, order, language } = input;
  const t = translatorFor(language);
  return renderEmail({
    language,
    storeName: store.name,
    subject: t('confirmation.subject', { store: store.name, number: order.number }),
    blocks: [
      { type: 'heading', text: t('confirmation.heading') },
      { type: 'paragraph', text: greeting(order, t) },
      {
        type: 'paragraph',
        text: t('confirmation.intro', {
          number: order.number,
          date: formatDate(order.placedAt, language, store.timeZone),
        }),
      },
      ...orderSummaryBlocks(order, language, t),
      { type: 'button', label: t('common.viewOrder'), url: orderUrl(store.url, order.id) },
      ...helpBlocks(store.supportEmail, t),
    ],
    footer: t('common.orderFooter', { store: store.name }),
  });
}
