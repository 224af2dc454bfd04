'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A keyset-paginated list: the first page loads whenever `key` changes (a new filter), and
 * `loadMore` appends the next one. Items already shown are not repeated if the list moved.
 */
export function usePagedList<T extends { id: string }>(
  key: string | null,
  loadPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(key !== null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(loadPage);
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => {
    loadRef.current = loadPage;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    setIsLoading(true);
    setError(null);
    loadRef.current(undefined, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setIsLoading(false);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught);
        setIsLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const loadMore = useCallback(() => {
    if (!nextCursor) return;
    const controller = new AbortController();
    controllerRef.current = controller;
    setIsLoading(true);
    loadRef.current(nextCursor, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setItems((current) => [
          ...current,
          ...page.items.filter((item) => !current.some((shown) => shown.id === item.id)),
        ]);
        setNextCursor(page.nextCursor);
        setIsLoading(false);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught);
        setIsLoading(false);
      },
    );
  }, [nextCursor]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { items, setItems, hasMore: nextCursor !== null, isLoading, error, loadMore, reload };
}
