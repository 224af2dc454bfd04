import { ComingSoon } from '../components/coming-soon';
import { buttonClassName, MessagePage } from '../components/message-page';
import { StoreLink } from '../components/store-link';
import { isShown } from '../lib/cell-api';
import { getVisitorLanguage, settleStore } from '../lib/current-store';
import { getMessages } from '../lib/i18n';

/**
 * Renders for an unknown host, an unknown product and any unmatched path. It looks the store up
 * again (the read is cached per request) so that an unknown host says the store does not exist
 * and shows nothing of any store, while a known store gets its own "page not found".
 */
export default async function NotFound() {
  const outcome = await settleStore();
  if (outcome.kind === 'store') {
    const { store } = outcome;
    if (!isShown(store)) return <ComingSoon store={store} />;
    const messages = getMessages(store.language);
    return (
      <MessagePage title={messages.pageNotFoundTitle} body={messages.pageNotFoundBody}>
        <StoreLink href="/" className={buttonClassName}>
          {messages.backToStore}
        </StoreLink>
      </MessagePage>
    );
  }
  const messages = getMessages(await getVisitorLanguage());
  return outcome.kind === 'missing' ? (
    <MessagePage title={messages.storeNotFoundTitle} body={messages.storeNotFoundBody} />
  ) : (
    <MessagePage title={messages.pageNotFoundTitle} body={messages.pageNotFoundBody} />
  );
}
