import type { Store } from '../lib/cell-api';
import { getMessages } from '../lib/i18n';
import { MessagePage } from './message-page';
import { StoreLogo } from './store-logo';

/** What every page of an unpublished store shows: its name and nothing from its catalogue. */
export function ComingSoon({ store }: { store: Store }) {
  const messages = getMessages(store.language);
  return (
    <MessagePage
      eyebrow={
        <div className="mb-8 flex flex-col items-center gap-3">
          <StoreLogo store={store} size="large" />
          <p className="text-lg font-medium text-neutral-700">{store.name}</p>
        </div>
      }
      title={messages.comingSoonTitle}
      body={messages.comingSoonBody}
    />
  );
}
