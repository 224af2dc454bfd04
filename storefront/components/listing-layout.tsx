import type { ReactNode } from 'react';
import type { Messages } from '../lib/i18n';
import { FiltersDisclosure } from './filters-disclosure';

/**
 * Filters beside the results on wide screens; on phones they fold behind a "Filters" button above
 * the results (open while filters are active, so the shopper sees what narrows the list). One
 * form either way, so every field has one label and one id.
 */
export function ListingLayout({
  filters,
  filtersOpen,
  messages,
  children,
}: {
  filters: ReactNode;
  filtersOpen: boolean;
  messages: Messages;
  children: ReactNode;
}) {
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]">
      <FiltersDisclosure label={messages.filters} initiallyOpen={filtersOpen}>
        {filters}
      </FiltersDisclosure>
      <div>{children}</div>
    </div>
  );
}
