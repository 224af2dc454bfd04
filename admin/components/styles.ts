// Shared Tailwind class lists, so every screen's controls look and behave alike.

export const inputClass =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 ' +
  'aria-[invalid=true]:border-red-700 disabled:bg-slate-100';

export const primaryButtonClass =
  'inline-flex items-center justify-center rounded-md bg-indigo-700 px-4 py-2 font-medium text-white ' +
  'hover:bg-indigo-800 disabled:cursor-not-allowed disabled:opacity-60';

export const secondaryButtonClass =
  'inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 ' +
  'font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60';

export const linkClass =
  'font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900';

export const cardClass = 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6';

export const headingClass = 'text-2xl font-semibold tracking-tight';
