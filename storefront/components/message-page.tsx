import type { ReactNode } from 'react';

/** A centred notice (not found, coming soon, error) that works in server and client components. */
export function MessagePage({
  eyebrow,
  title,
  body,
  children,
}: {
  eyebrow?: ReactNode;
  title: string;
  body: string;
  children?: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-6 py-16">
      <div className="max-w-md text-center">
        {eyebrow}
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">{title}</h1>
        <p className="mt-4 text-base text-pretty text-neutral-600">{body}</p>
        {children ? <div className="mt-8 flex justify-center gap-3">{children}</div> : null}
      </div>
    </main>
  );
}

/** The primary call to action, in the store's brand colours. */
export const buttonClassName =
  'inline-flex items-center rounded-full bg-brand px-5 py-2.5 text-sm font-medium text-brand-contrast shadow-sm transition hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand';
