'use client';

import { AlertDialog } from 'radix-ui';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { primaryButtonClass, secondaryButtonClass } from '../styles';
import { dialogContentClass, dialogOverlayClass } from './dialog';

export interface ConfirmRequest {
  /** The question, naming what is at stake: "Delete WELCOME10? This cannot be undone." */
  title: string;
  description?: string;
  /** The verb on the button that goes ahead: "Delete", "Remove". */
  confirmLabel: string;
  cancelLabel: string;
  /** `danger` for what cannot be undone. */
  tone?: 'default' | 'danger';
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

const dangerButtonClass =
  'inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 font-medium text-white ' +
  'hover:bg-red-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 ' +
  'focus-visible:outline-red-700';

/**
 * Asks before destructive actions with an alert dialog (Radix) in the admin's language, instead
 * of the browser's `confirm()`, whose buttons are in the browser's language and which some
 * browsers let a page suppress. Focus starts on Cancel, so Enter never destroys by accident.
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const settle = useRef<((confirmed: boolean) => void) | null>(null);

  const confirm = useCallback<Confirm>(
    (next) =>
      new Promise<boolean>((resolve) => {
        // A second question while one is open answers the first "no".
        settle.current?.(false);
        settle.current = resolve;
        setRequest(next);
      }),
    [],
  );

  function answer(confirmed: boolean) {
    settle.current?.(confirmed);
    settle.current = null;
    setRequest(null);
  }

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <AlertDialog.Root open={request !== null} onOpenChange={(open) => open || answer(false)}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className={dialogOverlayClass} />
          <AlertDialog.Content
            className={dialogContentClass}
            // Without a description there is nothing to describe the dialog by.
            {...(request?.description ? {} : { 'aria-describedby': undefined })}
          >
            <AlertDialog.Title className="text-lg font-semibold">
              {request?.title}
            </AlertDialog.Title>
            {request?.description ? (
              <AlertDialog.Description>{request.description}</AlertDialog.Description>
            ) : null}
            <div className="flex flex-wrap justify-end gap-2">
              <AlertDialog.Cancel className={secondaryButtonClass}>
                {request?.cancelLabel}
              </AlertDialog.Cancel>
              <AlertDialog.Action
                className={request?.tone === 'danger' ? dangerButtonClass : primaryButtonClass}
                onClick={() => answer(true)}
              >
                {request?.confirmLabel}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </ConfirmContext.Provider>
  );
}

/** The admin's way to ask "are you sure?": resolves true when the person goes ahead. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider (components/app-shell.tsx)');
  return confirm;
}
