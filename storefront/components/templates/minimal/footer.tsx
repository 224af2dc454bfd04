import { getMessages } from '../../../lib/i18n';
import { copyrightLine, FooterNav } from '../shared/store-nav';
import type { FooterProps } from '../types';

/** Minimal: a hairline, the name in a serif, small centred links. */
export function MinimalFooter({ store }: FooterProps) {
  const messages = getMessages(store.language);
  return (
    <footer className="mt-24 border-t border-neutral-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col items-center gap-5 px-4 py-12 text-center sm:px-6">
        <p className="font-serif text-xl">{store.name}</p>
        <FooterNav
          messages={messages}
          className="flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm"
          linkClassName="text-neutral-700 underline-offset-4 hover:text-brand-accent-ink hover:underline"
        />
        <p className="text-xs text-neutral-600">{copyrightLine(messages, store.name)}</p>
      </div>
    </footer>
  );
}
