'use client';

import type { ButtonHTMLAttributes } from 'react';
import { primaryButtonClass, secondaryButtonClass } from '../styles';

const variants = {
  primary: primaryButtonClass,
  secondary: secondaryButtonClass,
  // Low emphasis: "Skip for now", "Remove".
  quiet:
    'inline-flex items-center justify-center rounded-md px-3 py-2 font-medium text-indigo-800 ' +
    'underline underline-offset-2 hover:bg-indigo-50 disabled:cursor-not-allowed disabled:opacity-60',
  danger:
    'inline-flex items-center justify-center rounded-md border border-red-700 bg-white px-4 py-2 ' +
    'font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60',
} as const;

export type ButtonVariant = keyof typeof variants;

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While true the button is disabled and says `pendingLabel` (kept in the accessible name). */
  isPending?: boolean;
  pendingLabel?: string;
}

/** A button in one of the admin's styles; `type="button"` unless told otherwise. */
export function Button({
  variant = 'primary',
  isPending = false,
  pendingLabel,
  className,
  disabled,
  children,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={`${variants[variant]} ${className ?? ''}`}
      disabled={disabled === true || isPending}
      aria-busy={isPending || undefined}
      {...props}
    >
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
