'use client';

import { useEffect } from 'react';
import { useLanguage } from '../components/language-provider';
import { buttonClassName, MessagePage } from '../components/message-page';
import { getMessages } from '../lib/i18n';

/**
 * Shown when the cell API is unreachable, slow, answers 5xx or breaks its contract. Server errors
 * arrive here with only a digest; the details are in the server log under the same digest.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const messages = getMessages(useLanguage());
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <MessagePage title={messages.errorTitle} body={messages.errorBody}>
      <button type="button" onClick={retry} className={buttonClassName}>
        {messages.retry}
      </button>
    </MessagePage>
  );
}
