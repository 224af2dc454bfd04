/** Shared look of the cart's fields and secondary buttons. */
export const inputClassName =
  'mt-1 block w-full rounded-lg border border-neutral-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand';

export const secondaryButtonClassName =
  'inline-flex items-center rounded-full border border-neutral-300 bg-white px-4 py-2 text-sm font-medium hover:border-neutral-500 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand';

export const sectionClassName = 'rounded-2xl border border-neutral-200 bg-white p-4 sm:p-6';
