'use client';

import { buttonClassName, MessagePage } from '../components/message-page';
import { defaultLanguage, getMessages } from '../lib/i18n';
import './globals.css';

/**
 * Last resort when the root layout itself fails. The layout is written not to throw, so this
 * should never show; it has no store and no language to go by, hence the default language.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const messages = getMessages(defaultLanguage);
  return (
    <html lang={defaultLanguage}>
      <body>
        <title>{messages.errorTitle}</title>
        <MessagePage title={messages.errorTitle} body={messages.errorBody}>
          <button type="button" onClick={retry} className={buttonClassName}>
            {messages.retry}
          </button>
        </MessagePage>
      </body>
    </html>
  );
}
