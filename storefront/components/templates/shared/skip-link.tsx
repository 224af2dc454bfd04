import type { Messages } from '../../../lib/i18n';

/** The first focusable element of every page: straight to the main content. */
export function SkipLink({ messages }: { messages: Messages }) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-neutral-900"
    >
      {messages.skipToContent}
    </a>
  );
}
