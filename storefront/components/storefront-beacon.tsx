'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { enableBeacons, trackEvent } from '../lib/beacon';

const productPath = /^\/products\/[^/]+$/;

/**
 * Counts each page a shopper opens (and, on a product's page, a product view) for the store's
 * dashboard. Rendered by the layout only on a live store's pages, never in a preview.
 */
export function StorefrontBeacon() {
  const pathname = usePathname();
  useEffect(() => {
    enableBeacons();
    trackEvent('page_view');
    if (productPath.test(pathname)) trackEvent('product_view');
  }, [pathname]);
  return null;
}
