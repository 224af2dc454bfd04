import { getMessages } from '../../../lib/i18n';
import { StoreLogo } from '../../store-logo';
import { copyrightLine, FooterNav } from '../shared/store-nav';
import type { FooterProps } from '../types';

/** Classic: a quiet white band with the logo and name, the store's links and the copyright. */
export function ClassicFooter({ store }: FooterProps) {
  const messages = getMessages(store.language);
  return (
    <footer className="mt-16 border-t border-neutral-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p className="flex items-center gap-3 font-semibold">
          <StoreLogo store={store} size="small" />
          {store.name}
        </p>
        <FooterNav
          messages={messages}
          className="flex flex-wrap gap-x-6 gap-y-2 text-sm"
          linkClassName="text-neutral-700 underline-offset-4 hover:text-brand-ink hover:underline"
        />
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs text-neutral-600 sm:px-6">
        {copyrightLine(messages, store.name)}
      </p>
    </footer>
  );
}
