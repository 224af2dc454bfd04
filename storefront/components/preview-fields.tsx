'use client';

import { useSearchParams } from 'next/navigation';
import { previewParams } from '../lib/preview';

/** Hidden fields that keep a preview's parameters on a GET form (search, filters) inside it. */
export function PreviewFields() {
  const current = useSearchParams();
  if (!current?.has('preview')) return null;
  return (
    <>
      {previewParams.map((name) => {
        const value = current.get(name);
        return value === null ? null : <input key={name} type="hidden" name={name} value={value} />;
      })}
    </>
  );
}
