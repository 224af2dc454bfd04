import type { Store } from '../lib/cell-api';
import { getMessages } from '../lib/i18n';

/**
 * The band across the top of a preview: says it is one, and whether shoppers can see the store
 * yet. Its own landmark, so every piece of the page stays inside one.
 */
export function PreviewRibbon({ store }: { store: Store }) {
  const messages = getMessages(store.language);
  return (
    <aside
      aria-label={messages.previewRibbon}
      data-testid="preview-ribbon"
      className="bg-neutral-950 text-white"
    >
      <p className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <strong className="rounded bg-amber-300 px-2 py-0.5 text-xs font-bold tracking-wider text-neutral-950 uppercase">
          {messages.previewRibbon}
        </strong>
        <span>{store.live ? messages.previewLive : messages.previewNotLive}</span>
      </p>
    </aside>
  );
}
