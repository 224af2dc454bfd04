'use client';

import { useEffect, useState } from 'react';
import { cartChangedEvent, cartCountStorageKey, rememberedItemCount } from '../lib/cart-client';
import { getMessages, plural } from '../lib/i18n';
import { useLanguage } from './language-provider';
import { StoreLink } from './store-link';

/**
 * The header's link to the cart with its item count. The count is what the cart API said last
 * (kept in this store's localStorage) and follows changes made in this tab and in others,
 * without a cart API call on every page.
 */
export function CartLink({ className }: { className: string }) {
  const language = useLanguage();
  const messages = getMessages(language);
  // Unknown until mounted: the server cannot see the browser's storage.
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    setCount(rememberedItemCount());
    const onChange = (event: Event) => {
      const detail = (event as CustomEvent<{ itemCount?: unknown }>).detail;
      setCount(typeof detail?.itemCount === 'number' ? detail.itemCount : rememberedItemCount());
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === cartCountStorageKey) setCount(rememberedItemCount());
    };
    window.addEventListener(cartChangedEvent, onChange);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(cartChangedEvent, onChange);
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  const label =
    count === null
      ? messages.cart
      : plural(language, count, messages.cartItemsOne, messages.cartItemsOther);
  return (
    <StoreLink href="/cart" aria-label={label} className={className}>
      <span aria-hidden="true">{messages.cart}</span>
      {count !== null && count > 0 ? (
        <span
          aria-hidden="true"
          data-testid="cart-count"
          className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-accent px-1.5 text-xs font-semibold text-brand-accent-contrast"
        >
          {count}
        </span>
      ) : null}
    </StoreLink>
  );
}
