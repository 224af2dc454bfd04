'use client';

import { useId, type ReactNode } from 'react';

export interface RadioCardOption<T extends string> {
  value: T;
  label: string;
  description?: string;
  /** Shown above the label, e.g. a thumbnail; decorative, so hidden from screen readers. */
  media?: ReactNode;
}

interface RadioCardsProps<T extends string> {
  legend: string;
  /** Hide the legend visually when a heading already names the choice. */
  isLegendHidden?: boolean;
  name: string;
  value: T | null;
  options: readonly RadioCardOption<T>[];
  onChange: (value: T) => void;
  columns?: 2 | 3;
  error?: string | undefined;
}

/**
 * A choice of one among a few, drawn as cards. Native radio inputs underneath, so arrow keys,
 * the group's name and the checked state work in every browser and screen reader.
 */
export function RadioCards<T extends string>({
  legend,
  isLegendHidden = false,
  name,
  value,
  options,
  onChange,
  columns = 3,
  error,
}: RadioCardsProps<T>) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={isLegendHidden ? 'sr-only' : 'mb-2 font-medium'}>{legend}</legend>
      <div className={`grid gap-3 ${columns === 3 ? 'sm:grid-cols-3' : 'sm:grid-cols-2'}`}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const isChecked = option.value === value;
          return (
            <label
              key={option.value}
              htmlFor={optionId}
              className={`flex cursor-pointer flex-col gap-2 rounded-lg border-2 bg-white p-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600 ${
                isChecked
                  ? 'border-indigo-700 ring-1 ring-indigo-700'
                  : 'border-slate-300 hover:border-slate-500'
              }`}
            >
              {option.media ? <span aria-hidden="true">{option.media}</span> : null}
              <span className="flex items-start gap-2">
                <input
                  id={optionId}
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={isChecked}
                  onChange={() => onChange(option.value)}
                  // The card's whole text would make a long name: the label names, the rest describes.
                  aria-labelledby={`${optionId}-label`}
                  aria-describedby={option.description ? `${optionId}-description` : undefined}
                  className="mt-1 size-4 shrink-0 accent-indigo-700 focus-visible:outline-none"
                />
                <span>
                  <span id={`${optionId}-label`} className="block font-medium">
                    {option.label}
                  </span>
                  {option.description ? (
                    <span id={`${optionId}-description`} className="block text-sm text-slate-600">
                      {option.description}
                    </span>
                  ) : null}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
