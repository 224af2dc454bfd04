import { getMessages } from '../../../lib/i18n';
import { copyrightLine, FooterNav } from '../shared/store-nav';
import type { FooterProps } from '../types';

/** Bold: a full-width block in the primary colour with the name set huge. */
export function BoldFooter({ store }: FooterProps) {
  const messages = getMessages(store.language);
  return (
    <footer className="mt-20 bg-brand text-brand-contrast">
      <div className="mx-auto max-w-7xl px-4 py-14 sm:px-8">
        <p className="text-4xl leading-none font-black tracking-tight break-words uppercase sm:text-6xl">
          {store.name}
        </p>
        <FooterNav
          messages={messages}
          className="mt-8 flex flex-wrap gap-x-8 gap-y-3 text-sm font-extrabold tracking-widest uppercase"
          linkClassName="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current"
        />
        <p className="mt-10 text-xs font-semibold">{copyrightLine(messages, store.name)}</p>
      </div>
    </footer>
  );
}
