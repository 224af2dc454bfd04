import type { ProductSummary } from '../../../lib/cell-api';
import type { Language, Messages } from '../../../lib/i18n';
import { formatMoney } from '../../../lib/money';
import { ApproximatePrice } from '../../approximate-price';
import { ProductImage } from '../../product-image';
import { StoreLink } from '../../store-link';

/**
 * Bold: a large, square-cornered card; tall image, heavy uppercase title and the price on an
 * accent-coloured tag.
 */
export function BoldProductCard({
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
      className="group flex w-full flex-col focus-visible:outline-4 focus-visible:outline-offset-4 focus-visible:outline-brand"
    >
      <div className="relative overflow-hidden bg-neutral-100">
        {product.image ? (
          <ProductImage
            image={product.image}
            alt=""
            priority={priority}
            sizes="(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw"
            className="aspect-[4/5] w-full object-cover transition duration-300 group-hover:scale-105"
          />
        ) : (
          <div
            aria-hidden="true"
            className="flex aspect-[4/5] items-center justify-center bg-brand text-8xl font-black text-brand-contrast"
          >
            {Array.from(product.title.trim())[0]?.toUpperCase() ?? ''}
          </div>
        )}
        {product.available ? null : (
          <span className="absolute top-3 left-3 bg-neutral-950 px-2 py-1 text-xs font-extrabold tracking-widest text-white uppercase">
            {messages.soldOut}
          </span>
        )}
      </div>
      <div className="mt-4 flex items-start justify-between gap-4">
        <h3 className="text-lg leading-tight font-extrabold tracking-tight uppercase group-hover:underline sm:text-xl">
          {product.title}
        </h3>
        <p className="shrink-0 text-right">
          {product.compareAtPrice ? (
            <s className="block text-sm font-semibold text-neutral-600">
              <span className="sr-only">{messages.regularPrice} </span>
              {formatMoney(product.compareAtPrice, language)}
            </s>
          ) : null}
          <span className="inline-block bg-brand-accent px-2 py-1 text-base font-black text-brand-accent-contrast">
            {product.compareAtPrice ? <span className="sr-only">{messages.salePrice} </span> : null}
            {formatMoney(product.price, language)}
          </span>
          <ApproximatePrice
            price={product.price}
            language={language}
            messages={messages}
            className="mt-1 block text-sm font-semibold text-neutral-700"
          />
        </p>
      </div>
    </StoreLink>
  );
}
