import { toDecimalString, type Money } from './money';

export interface JsonLdOffer {
  /** The public API keeps merchants' SKUs private, so the variant id stands in for one. */
  sku: string;
  price: Money;
  available: boolean;
}

export interface ProductJsonLdInput {
  name: string;
  description: string;
  /** The product's canonical URL on this store's own host. */
  url: string;
  /** Absolute image URLs. */
  images: string[];
  sku: string;
  brand: string;
  offers: JsonLdOffer[];
}

/**
 * schema.org Product for search engines: offers carry the price as a decimal string in major
 * units (never a float of minor units) and the availability as a schema.org URL.
 */
export function productJsonLd(input: ProductJsonLdInput): Record<string, unknown> {
  const offers = input.offers.map((offer) => ({
    '@type': 'Offer',
    sku: offer.sku,
    price: toDecimalString(offer.price),
    priceCurrency: offer.price.currency,
    availability: offer.available ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    url: input.url,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    ...(input.images.length > 0 ? { image: input.images } : {}),
    sku: input.sku,
    brand: { '@type': 'Brand', name: input.brand },
    url: input.url,
    offers: offers.length === 1 ? offers[0] : offers,
  };
}

/**
 * JSON for the inside of a `<script>` element. JSON.stringify alone would let a product named
 * `</script><script>…` close the element; escaping `<`, `>` and `&` as \u sequences keeps the
 * same JSON value while no HTML parser can see a tag, a comment or an entity in it. U+2028 and
 * U+2029 are escaped too, for parsers that treat them as line ends.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
