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

/** One column heading of a `TableHead`; `false` or `null` leaves the column out. */
export interface TableColumn {
  label: ReactNode;
  /** Numbers line up on the right. */
  align?: 'right';
  /** For a column of buttons: named for screen readers only. */
  isLabelHidden?: boolean;
}

/** The header row of a `Table`: one `<th scope="col">` per column. */
export function TableHead({ columns }: { columns: ReadonlyArray<TableColumn | false | null> }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) =>
          column ? (
            <th
              key={index}
              scope="col"
              className={column.align === 'right' ? `${thClass} text-right` : thClass}
            >
              {column.isLabelHidden ? (
                <span className="sr-only">{column.label}</span>
              ) : (
                column.label
              )}
            </th>
          ) : null,
        )}
      </tr>
    </thead>
  );
}
