import type { z } from 'zod';
import { isApiError } from './api-error';
import { describeApiError, describeIssue, type FieldErrors } from './form-errors';
import type { Messages } from './i18n';

/**
 * Like `fieldErrorsFromZod`, but keyed by the whole path (`rates.1.amount`), for forms with
 * rows: each row's input shows its own error. `valueAt` gives the typed value at a path so an
 * empty field reads "required" rather than "wrong format".
 */
export function pathErrorsFromZod(
  error: z.ZodError,
  t: Messages,
  valueAt: (path: readonly PropertyKey[]) => unknown,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= describeIssue(issue, t, valueAt(issue.path));
  }
  return errors;
}

/**
 * An API error for a form with rows: the server's messages stay under their full paths, and
 * the form-level message says what failed when no path is one the form shows.
 */
export function apiErrorToPaths(
  error: unknown,
  t: Messages,
  isShown: (path: string) => boolean,
): { fields: FieldErrors; form: string | null } {
  if (!isApiError(error)) return { fields: {}, form: t.errors.generic };
  const fields: FieldErrors = {};
  const stray: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    if (isShown(path)) fields[path] = message;
    else stray.push(`${path}: ${message}`);
  }
  const isFieldOnly = Object.keys(fields).length > 0 && stray.length === 0;
  return { fields, form: isFieldOnly ? null : [describeApiError(error, t), ...stray].join(' ') };
}

/** The value at a path of plain objects and arrays, or undefined. */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Errors of a nested part of a body (`seo.description`) under the form's own names. */
export function withoutPrefix(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.startsWith(prefix) ? path.slice(prefix.length) : path,
      message,
    ]),
  );
}
