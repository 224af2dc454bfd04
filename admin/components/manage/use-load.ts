'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

interface LoadState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
}

/**
 * Loads something for a page and reloads it when `key` changes (null: nothing to load yet).
 * A newer load cancels the one in flight; the data already shown stays while reloading, so
 * a filter change does not blank the page.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>) {
  const [state, setState] = useState<LoadState<T>>({
    data: undefined,
    error: null,
    isLoading: key !== null,
  });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((current) => ({ ...current, error: null, isLoading: true }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, isLoading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState((current) => ({ ...current, error, isLoading: false }));
        }
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) =>
      setState((current) => ({ ...current, data: update(current.data) })),
    [],
  );
  return { ...state, reload, setData };
}
