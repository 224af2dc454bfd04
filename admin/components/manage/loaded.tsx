'use client';

import type { ReactNode } from 'react';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';

/**
 * What a `useLoad` state shows: its error as an alert, "Loading…" until it has data, then
 * `children(data)`; for sections that can only render once their data is there (forms
 * initialised from it).
 */
export function Loaded<T>({
  state,
  children,
}: {
  state: { data: T | undefined; error: unknown };
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (state.error) return <FormAlert message={describeApiError(state.error, t)} />;
  if (state.data === undefined) return <p role="status">{t.app.loading}</p>;
  return children(state.data);
}
