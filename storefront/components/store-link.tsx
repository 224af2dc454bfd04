'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { ComponentProps } from 'react';
import { withPreview } from '../lib/preview';

/**
 * next/link without prefetching. Every storefront page renders per request from the cell API, so
 * prefetching each link in view (24 product cards) would multiply API reads, shared by ~2,000
 * stores of a cell, for pages most visitors never open. Inside a preview, links to the store's
 * own pages keep the preview's parameters, so the merchant stays in the preview.
 */
export function StoreLink({ href, ...props }: ComponentProps<typeof Link>) {
  const current = useSearchParams();
  const target = typeof href === 'string' && current ? withPreview(href, current) : href;
  return <Link prefetch={false} href={target} {...props} />;
}
