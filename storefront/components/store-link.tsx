import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching. Every storefront page renders per request from the cell API, so
 * prefetching each link in view (24 product cards) would multiply API reads, shared by ~2,000
 * stores of a cell, for pages most visitors never open.
 */
export function StoreLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
