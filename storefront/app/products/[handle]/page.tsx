import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComingSoon } from '../../../components/coming-soon';
import { JsonLd } from '../../../components/json-ld';
import { ProductGallery } from '../../../components/product-gallery';
import { ProductPurchase } from '../../../components/product-purchase';
import { RichText } from '../../../components/rich-text';
import { StoreLink } from '../../../components/store-link';
import { StoreShell } from '../../../components/store-shell';
import { loadProduct } from '../../../lib/catalog';
import { isShown, type Product, type Store } from '../../../lib/cell-api';
import {
  liveStoreForMetadata,
  requireRequestContext,
  requireStore,
} from '../../../lib/current-store';
import { getMessages } from '../../../lib/i18n';
import { productJsonLd } from '../../../lib/json-ld';
import type { SearchParams } from '../../../lib/listing-filters';
import { excerpt, richTextToPlain } from '../../../lib/rich-text';
import { loadSiteDefaults } from '../../../lib/content';
import { languageUrl, pageMetadata } from '../../../lib/seo';
import { absoluteUrl, canonicalUrl } from '../../../lib/store-url';

export const dynamic = 'force-dynamic';

interface ProductPageProps {
  params: Promise<{ handle: string }>;
  searchParams: Promise<SearchParams>;
}

function productPath(product: Product): string {
  return `/products/${encodeURIComponent(product.handle)}`;
}

function imageUrls(product: Product, origin: string): string[] {
  return product.images.flatMap((image) => absoluteUrl(origin, image.url) ?? []);
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const live = await liveStoreForMetadata();
  if (!live) return {};
  const { handle } = await params;
  // Failures are left to the page, which reads the same cached result and shows error.tsx.
  const product = await loadProduct(handle).catch(() => undefined);
  if (!product?.found) return {};
  const { value } = product;
  return pageMetadata({
    store: live.store,
    origin: live.context.origin,
    path: productPath(value),
    title: value.seoTitle || value.title,
    description:
      value.seoDescription || excerpt(richTextToPlain(value.descriptionHtml)) || undefined,
    images: imageUrls(value, live.context.origin),
    defaults: await loadSiteDefaults(),
  });
}

/**
 * The product for search engines, in the texts this page shows (the translation into the
 * shopper's language, where there is one) and at the same URL as the page's canonical link.
 */
function structuredData(product: Product, store: Store, origin: string) {
  return productJsonLd({
    name: product.title,
    description: excerpt(richTextToPlain(product.descriptionHtml), 5000),
    url: languageUrl(canonicalUrl(origin, productPath(product)), store),
    images: imageUrls(product, origin),
    sku: product.variants.length === 1 ? (product.variants[0]?.id ?? product.id) : product.id,
    brand: store.name,
    offers: product.variants.map((variant) => ({
      sku: variant.id,
      price: variant.price,
      available: variant.available,
    })),
  });
}

export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  const { handle } = await params;
  const store = await requireStore();
  if (!isShown(store)) return <ComingSoon store={store} />;
  const result = await loadProduct(handle);
  if (!result.found) notFound();
  const context = await requireRequestContext();

  const product = result.value;
  const messages = getMessages(store.language);
  const requested = (await searchParams).variant;
  return (
    <StoreShell store={store}>
      <JsonLd data={structuredData(product, store, context.origin)} />
      <StoreLink href="/" className="text-sm font-medium text-neutral-600 hover:text-neutral-900">
        ← {messages.backToStore}
      </StoreLink>
      <article className="mt-6 grid gap-8 md:grid-cols-2 md:gap-12">
        <ProductGallery images={product.images} title={product.title} />
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            {product.title}
          </h1>
          <ProductPurchase
            axes={product.optionAxes}
            variants={product.variants}
            requestedVariantId={typeof requested === 'string' ? requested : undefined}
            canBuy={store.live}
          />
          <RichText
            html={product.descriptionHtml}
            className="mt-8 leading-relaxed text-neutral-700"
          />
        </div>
      </article>
    </StoreShell>
  );
}
