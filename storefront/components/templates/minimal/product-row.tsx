import type { ProductSummary } from '../../../lib/cell-api';
import type { Language, Messages } from '../../../lib/i18n';
import { Price } from '../../price';
import { ProductImage } from '../../product-image';
import { StoreLink } from '../../store-link';

/** Minimal: text first. A small thumbnail, the title in a serif, the price to the right. */
export function MinimalProductRow({
  product,
  language,
  messages,
}: {
  product: ProductSummary;
  language: Language;
  messages: Messages;
}) {
  return (
    <StoreLink
      href={`/products/${encodeURIComponent(product.handle)}`}
      className="group flex items-center gap-4 py-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
    >
      {product.image ? (
        <ProductImage
          image={product.image}
          alt=""
          sizes="80px"
          className="size-16 shrink-0 bg-neutral-100 object-cover sm:size-20"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-16 shrink-0 items-center justify-center border border-neutral-200 font-serif text-2xl text-neutral-500 sm:size-20"
        >
          {Array.from(product.title.trim())[0]?.toUpperCase() ?? ''}
        </span>
      )}
      <div className="min-w-0 flex-1">
        <h3 className="font-serif text-lg leading-snug text-neutral-900 group-hover:text-brand-accent-ink group-hover:underline group-hover:underline-offset-4">
          {product.title}
        </h3>
        {product.available ? null : (
          <span className="text-xs tracking-[0.15em] text-neutral-600 uppercase">
            {messages.soldOut}
          </span>
        )}
      </div>
      <Price
        price={product.price}
        compareAtPrice={product.compareAtPrice}
        language={language}
        messages={messages}
        muted={!product.available}
        className="shrink-0 text-right text-sm tabular-nums"
      />
    </StoreLink>
  );
}
