import type { ProductSummary } from '../../../lib/cell-api';
import type { Language, Messages } from '../../../lib/i18n';
import { Price } from '../../price';
import { ProductImage } from '../../product-image';
import { StoreLink } from '../../store-link';

/** Classic: a rounded white card, square image, title and price. */
export function ClassicProductCard({
  product,
  language,
  messages,
  priority = false,
}: {
  product: ProductSummary;
  language: Language;
  messages: Messages;
  priority?: boolean;
}) {
  return (
    <StoreLink
      href={`/products/${encodeURIComponent(product.handle)}`}
      className="group flex w-full flex-col overflow-hidden rounded-2xl border border-neutral-200 bg-white transition hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
    >
      {product.image ? (
        <ProductImage
          image={product.image}
          alt=""
          priority={priority}
          sizes="(min-width: 1024px) 25vw, (min-width: 768px) 33vw, 50vw"
          className="aspect-square w-full bg-neutral-100 object-cover"
        />
      ) : (
        // Without an image, a tinted tile with the initial keeps the grid even.
        <div
          aria-hidden="true"
          className="flex aspect-square items-center justify-center bg-brand-accent/10 text-5xl font-semibold text-brand-accent-ink"
        >
          {Array.from(product.title.trim())[0]?.toUpperCase() ?? ''}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 className="line-clamp-2 font-medium text-neutral-900 group-hover:underline">
          {product.title}
        </h3>
        <p className="mt-auto flex flex-wrap items-center gap-2 pt-2">
          <Price
            price={product.price}
            compareAtPrice={product.compareAtPrice}
            language={language}
            messages={messages}
            muted={!product.available}
          />
          {product.available ? null : (
            <span className="text-xs font-medium tracking-wide text-neutral-600 uppercase">
              {messages.soldOut}
            </span>
          )}
        </p>
      </div>
    </StoreLink>
  );
}
