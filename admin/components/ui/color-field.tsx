'use client';

import { useId } from 'react';

interface ColorFieldProps {
  label: string;
  name: string;
  /** `#rrggbb`. */
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The browser's colour picker with its label, the chosen value spelled out, hint and error. */
export function ColorField({ label, name, value, onChange, hint, error }: ColorFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, `${id}-value`, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <div className="flex items-center gap-3">
        <input
          id={id}
          name={name}
          type="color"
          value={value}
          onChange={(event) => onChange(event.target.value.toLowerCase())}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className="h-10 w-16 cursor-pointer rounded-md border border-slate-400 bg-white p-1"
        />
        <span id={`${id}-value`} className="font-mono text-sm text-slate-700">
          {value}
        </span>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
