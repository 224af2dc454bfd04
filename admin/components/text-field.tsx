'use client';

import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { inputClass } from './styles';

interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-describedby' | 'aria-invalid'
> {
  label: string;
  /** Help shown under the input and read out with it. */
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra elements, e.g. a live availability message, also read out with the input. */
  describedBy?: string;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({
  label,
  hint,
  error,
  describedBy,
  className,
  ...input
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, describedBy ?? null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
