import type { Store } from '../lib/cell-api';

/** The merchant's logo, or the first letter of the store name when there is none. */
export function StoreLogo({ store, size }: { store: Store; size: 'small' | 'large' }) {
  const box = size === 'large' ? 'size-16 text-2xl' : 'size-9 text-base';
  if (store.theme.logoUrl) {
    return (
      // A plain img: logos live on arbitrary merchant hosts that next/image would have to allow-list.
      <img src={store.theme.logoUrl} alt="" className={`${box} rounded-lg object-contain`} />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${box} inline-flex items-center justify-center rounded-lg bg-brand-accent font-semibold text-brand-accent-contrast`}
    >
      {Array.from(store.name.trim())[0]?.toUpperCase() ?? '?'}
    </span>
  );
}
