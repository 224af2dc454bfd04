import type { Store } from '../lib/cell-api';

type LogoSize = 'small' | 'large' | 'hero';

// A logo keeps its shape (most are wider than tall): a fixed height, a bounded width.
const imageBox: Record<LogoSize, string> = {
  small: 'h-9 max-w-40',
  large: 'h-16 max-w-64',
  hero: 'h-20 max-w-72 sm:h-28 sm:max-w-md',
};
const initialBox: Record<LogoSize, string> = {
  small: 'size-9 text-base',
  large: 'size-16 text-2xl',
  hero: 'size-20 text-4xl sm:size-28 sm:text-5xl',
};

/**
 * The merchant's logo, or the first letter of the store name when there is none. The logo is
 * decorative (`alt=""`): the store's name is always written next to it.
 */
export function StoreLogo({
  store,
  size,
  initialClassName = 'rounded-lg bg-brand-accent text-brand-accent-contrast',
}: {
  store: Store;
  size: LogoSize;
  /** Colours and shape of the initial shown without a logo. */
  initialClassName?: string;
}) {
  if (store.theme.logoUrl) {
    return (
      // A plain img: an uploaded logo is already a resized WebP, and a logo given by URL may live
      // on a merchant host that next/image would have to allow-list.
      <img
        src={store.theme.logoUrl}
        alt=""
        className={`${imageBox[size]} w-auto shrink-0 object-contain`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${initialBox[size]} inline-flex shrink-0 items-center justify-center font-semibold ${initialClassName}`}
    >
      {Array.from(store.name.trim())[0]?.toUpperCase() ?? '?'}
    </span>
  );
}
