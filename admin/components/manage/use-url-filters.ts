'use client';

import { useCallback, useMemo } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { z } from 'zod';
import { filtersFromSearch, searchFromFilters, type Filters } from '../../lib/list-filters';

/**
 * A list page's filters, kept in its URL so a filtered list can be bookmarked and shared.
 * Each change is a history entry: Back returns to the previous filters. Values the API would
 * refuse are dropped on the way in.
 */
export function useUrlFilters<K extends string>(fields: Readonly<Record<K, z.ZodType>>) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const search = searchParams.toString();
  const filters = useMemo(() => filtersFromSearch(search, fields), [search, fields]);

  const setFilters = useCallback(
    (next: Filters<K>) => {
      router.push(`${pathname}${searchFromFilters(next)}`, { scroll: false });
    },
    [router, pathname],
  );
  return { filters, setFilters, key: searchFromFilters(filters) };
}
