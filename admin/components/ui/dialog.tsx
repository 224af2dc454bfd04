'use client';

import { Dialog as RadixDialog } from 'radix-ui';
import type { ReactNode } from 'react';

interface DialogProps {
  isOpen: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export const dialogOverlayClass = 'fixed inset-0 z-40 bg-slate-900/40';
export const dialogContentClass =
  'fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(36rem,calc(100vw-2rem))] ' +
  '-translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg border border-slate-200 ' +
  'bg-white p-4 shadow-xl focus:outline-none sm:p-6';

/**
 * A modal dialog (Radix): focus moves in and stays inside, the page behind neither scrolls nor
 * answers, Escape or a click outside closes it, and focus returns to what opened it.
 */
export function Dialog({ isOpen, title, onClose, children }: DialogProps) {
  return (
    <RadixDialog.Root open={isOpen} onOpenChange={(open) => (open ? undefined : onClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={dialogOverlayClass} />
        {/* The forms inside describe themselves; no separate description to point at. */}
        <RadixDialog.Content className={dialogContentClass} aria-describedby={undefined}>
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
