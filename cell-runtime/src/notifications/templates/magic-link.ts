import type { Language } from '@mpb/contracts';
import { translatorFor } from '../i18n';
import { renderEmail, type RenderedEmail } from './layout';
import type { StoreView } from './views';

/** The buyer's sign-in link. It is a credential: it appears in this email and nowhere else. */
export function renderMagicLink(input: {
  store: StoreView;
  language: Language;
  link: string;
  expiresInMinutes: number;
}): RenderedEmail {
  const { store, language } = input;
  const t = translatorFor(language);
  return renderEmail({
    language,
    storeName: store.name,
    subject: t('login.subject', { store: store.name }),
    blocks: [
      { type: 'heading', text: t('login.heading') },
      { type: 'paragraph', text: t('login.intro', { minutes: input.expiresInMinutes }) },
      { type: 'button', label: t('login.button'), url: input.link },
      { type: 'paragraph', text: t('login.fallback'), muted: true },
      { type: 'url', url: input.link },
      { type: 'paragraph', text: t('login.ignore'), muted: true },
    ],
    footer: t('login.footer', { store: store.name }),
  });
}
