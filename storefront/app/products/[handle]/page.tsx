import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComingSoon } from '../../../components/coming-soon';
import { StockBadge } from '../../../components/stock-badge';
import { StoreHeader } from '../../../components/store-header';
import { StoreLink } from '../../../components/store-link';
import type { Product } from '../../../lib/cell-api';
import { loadProduct, requireStore, settleStore } from '../../../lib/current-store';
import { getMessages, type Language, type Messages } from '../../../lib/i18n';
import { formatMoney } from '../../../lib/money';

export const dynamic = 'force-dynamic';

interface ProductPageProps {
  params: Promise<{ handle: string }>;
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { handle } = await params;
  const outcome = await settleStore();
  if (outcome.kind !== 'store' || !outcome.store.live) return {};
  // Failures are left to the page, which reads the same cached result and shows error.tsx.
  const product = await loadProduct(handle).catch(() => undefined);
  if (!product?.found) return {};
  const summary = product.value.paragraphs[0];
  return {
    title: product.value.title,
    description: summary && summary.length > 160 ? `${summary.slice(0, 157)}…` : summary,
  };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { handle } = await params;
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;
  const result = await loadProduct(handle);
  if (!result.found) notFound();

  const product = result.value;
  const messages = getMessages(store.language);
  return (
    <>
      <StoreHeader store={store} isHome={false} />
      <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
        <StoreLink href="/" className="text-sm font-medium text-neutral-600 hover:text-neutral-900">
          ← {messages.backToStore}
        </StoreLink>
        <article className="mt-6">
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            {product.title}
          </h1>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <p className="text-2xl font-semibold">{formatMoney(product.price, store.language)}</p>
            <StockBadge available={product.available} messages={messages} />
          </div>
          {product.paragraphs.length > 0 ? (
            // Plain text from the merchant: React escapes it, and each line becomes a paragraph.
            <div className="mt-6 space-y-4 leading-relaxed text-neutral-700">
              {product.paragraphs.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}
          <Variants product={product} language={store.language} messages={messages} />
        </article>
      </main>
    </>
  );
}

function Variants({
  product,
  language,
  messages,
}: {
  product: Product;
  language: Language;
  messages: Messages;
}) {
  // A lone variant without options is the default one the API makes for simple products: listing
  // it would only repeat the price above.
  const first = product.variants[0];
  if (!first || (product.variants.length === 1 && first.options.length === 0)) return null;
  return (
    <section className="mt-10">
      <h2 className="text-lg font-semibold">{messages.options}</h2>
      <ul className="mt-4 divide-y divide-neutral-200 rounded-2xl border border-neutral-200 bg-white">
        {product.variants.map((variant) => (
          <li key={variant.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
            <span className="text-neutral-900">
              {variant.options.length > 0
                ? variant.options.map(({ name, value }) => `${name}: ${value}`).join(' · ')
                : product.title}
            </span>
            <span className="flex items-center gap-3">
              <span className={variant.available ? 'font-medium' : 'text-neutral-500 line-through'}>
                {formatMoney(variant.price, language)}
              </span>
              <StockBadge available={variant.available} messages={messages} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
