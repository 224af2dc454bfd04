'use client';

/**
 * A form-level error, announced as soon as it appears. Always rendered, because some screen
 * readers ignore live regions inserted together with their text; while empty it is visually
 * hidden so it takes no room in the layout.
 */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div
      role="alert"
      className={
        message ? 'rounded-md border border-red-300 bg-red-50 p-3 text-red-800' : 'sr-only'
      }
    >
      {message}
    </div>
  );
}
