'use client';

import type { ReactNode } from 'react';

/**
 * A data table that scrolls sideways inside its own box on a narrow screen, so the page
 * itself never does. `caption` names it for screen readers (and on screen when not hidden).
 */
export function Table({
  caption,
  isCaptionHidden = true,
  children,
}: {
  caption: string;
  isCaptionHidden?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className={isCaptionHidden ? 'sr-only' : 'p-3 text-left font-semibold'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export const thClass =
  'border-b border-slate-200 bg-slate-50 px-3 py-2 font-medium whitespace-nowrap';
export const tdClass = 'border-b border-slate-100 px-3 py-2 align-top';
