'use client';

import { useI18n } from './i18n-provider';
import type { SlugState } from './use-slug-availability';

const tone: Record<SlugState, string> = {
  idle: 'text-slate-600',
  checking: 'text-slate-600',
  available: 'text-green-800',
  taken: 'text-red-700',
  reserved: 'text-red-700',
  invalid: 'text-red-700',
  error: 'text-amber-800',
};

/**
 * The live availability of the address being typed. Polite, so it waits for the user to
 * pause instead of interrupting every keystroke.
 */
export function SlugStatus({ id, state }: { id: string; state: SlugState }) {
  const { t } = useI18n();
  const text: Record<SlugState, string> = {
    idle: '',
    checking: t.newStore.slugChecking,
    available: t.newStore.slugAvailable,
    taken: t.newStore.slugTaken,
    reserved: t.newStore.slugReserved,
    invalid: t.newStore.slugInvalid,
    error: t.newStore.slugCheckFailed,
  };
  return (
    <p
      id={id}
      aria-live="polite"
      className={`mt-1 min-h-5 text-sm font-medium ${tone[state]}`}
      data-state={state}
    >
      {text[state]}
    </p>
  );
}
