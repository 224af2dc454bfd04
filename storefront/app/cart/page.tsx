import type { Metadata } from 'next';
import { CartView } from '../../components/cart/cart-view';
import { ComingSoon } from '../../components/coming-soon';
import { StoreShell } from '../../components/store-shell';
import { requireStore, settleStore } from '../../lib/current-store';
import { getMessages } from '../../lib/i18n';
import { privatePageMetadata } from '../../lib/seo';

// The cart is the shopper's own: rendered per request, read in the browser, never cached.
export const dynamic = 'force-dynamic';
export const fetchCache = 'force-no-store';

export async function generateMetadata(): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind !== 'store') return privatePageMetadata;
  return { ...privatePageMetadata, title: getMessages(outcome.store.language).cartTitle };
}

export default async function CartPage() {
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;
  const messages = getMessages(store.language);
  return (
    <StoreShell store={store}>
      <h1 className="text-3xl font-semibold tracking-tight">{messages.cartTitle}</h1>
      <CartView defaultCountry={store.country} />
    </StoreShell>
  );
}
