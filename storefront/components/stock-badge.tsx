import type { Messages } from '../lib/i18n';

export function StockBadge({ available, messages }: { available: boolean; messages: Messages }) {
  return available ? (
    <span className="inline-flex rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-700 ring-1 ring-emerald-600/20 ring-inset">
      {messages.inStock}
    </span>
  ) : (
    <span className="inline-flex rounded-full bg-neutral-100 px-2.5 py-0.5 text-xs font-medium text-neutral-600 ring-1 ring-neutral-500/20 ring-inset">
      {messages.soldOut}
    </span>
  );
}
