import type { z } from 'zod';
import { isApiError } from './api-error';
import type { Messages } from './i18n';
import type { MoneyParseResult } from './money';

/** Field name to the message shown under that field. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The contract's schemas carry English messages for API clients; the admin shows its own,
 * translated, chosen from the kind of problem zod found.
 */
export function describeIssue(issue: z.core.$ZodIssue, t: Messages, value: unknown): string {
  if (typeof value === 'string' && value.trim() === '') return t.errors.required;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return t.errors.tooShort(Number(issue.minimum));
      return t.errors.notNegative;
    case 'too_big':
      if (issue.origin === 'string') return t.errors.tooLong(Number(issue.maximum));
      return t.errors.tooLarge;
    case 'invalid_format':
      if (issue.format === 'email') return t.errors.invalidEmail;
      return t.errors.invalidFormat;
    case 'invalid_value':
      return t.errors.invalidChoice;
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number'
        ? t.errors.wholeNumber
        : t.errors.invalidFormat;
    default:
      return t.errors.invalidFormat;
  }
}

/**
 * The first problem with each top-level field, keyed by field name. `formatRules` explains a
 * field's pattern in words (a slug's rules), since "wrong format" alone does not help.
 */
export function fieldErrorsFromZod(
  error: z.ZodError,
  t: Messages,
  values: Readonly<Record<string, unknown>>,
  formatRules: Partial<Record<string, string>> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    const rule = issue.code === 'invalid_format' ? formatRules[field] : undefined;
    errors[field] ??= rule ?? describeIssue(issue, t, values[field]);
  }
  return errors;
}

/** The message for a refused price, in the UI language. */
export function describeMoneyError(
  result: Extract<MoneyParseResult, { ok: false }>,
  t: Messages,
): string {
  switch (result.reason) {
    case 'empty':
      return t.errors.moneyEmpty;
    case 'negative':
      return t.errors.moneyNegative;
    case 'too-many-decimals':
      return t.errors.moneyDecimals(result.maxDecimals);
    case 'too-large':
      return t.errors.moneyTooLarge;
    case 'invalid':
      return t.errors.moneyInvalid;
  }
}

/** A sentence for an API failure that is not about one field. */
export function describeApiError(error: unknown, t: Messages): string {
  if (!isApiError(error)) return t.errors.generic;
  switch (error.code) {
    case 'NETWORK':
      return t.errors.network;
    case 'INVALID_CREDENTIALS':
      return t.errors.invalidCredentials;
    case 'RATE_LIMITED':
      return t.errors.rateLimited;
    case 'EMAIL_TAKEN':
      return t.errors.emailTaken;
    case 'SLUG_TAKEN':
      return t.errors.slugTaken;
    case 'SLUG_RESERVED':
      return t.errors.slugReserved;
    case 'HANDLE_TAKEN':
      return t.errors.handleTaken;
    case 'SKU_TAKEN':
      return t.errors.skuTaken;
    case 'NOT_FOUND':
      return t.errors.notFound;
    case 'INVALID_STATE':
      return t.errors.invalidState;
    case 'UNAVAILABLE':
      return t.errors.unavailable;
    case 'NO_CAPACITY':
      return t.errors.noCapacity;
    case 'LOGIN_LINK_INVALID':
      return t.errors.loginLinkInvalid;
    case 'VERIFICATION_LINK_INVALID':
      return t.errors.verificationLinkInvalid;
    default:
      return t.errors.generic;
  }
}

/**
 * Splits an API error into messages under fields the form shows and one for the whole form.
 * Codes that are about one field (EMAIL_TAKEN, SLUG_TAKEN...) get the translated sentence on
 * that field; other field messages come from the server as they are (English).
 */
export function apiErrorToForm(
  error: unknown,
  t: Messages,
  formFields: readonly string[],
  codeField: Partial<Record<string, string>> = {},
): { fields: FieldErrors; form: string | null } {
  if (!isApiError(error)) return { fields: {}, form: t.errors.generic };
  const fields: FieldErrors = {};
  const owner = codeField[error.code];
  if (owner) fields[owner] = describeApiError(error, t);
  const stray: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path.split('.')[0] ?? path;
    if (formFields.includes(field)) fields[field] ??= message;
    else stray.push(`${path}: ${message}`);
  }
  const isFieldOnly = Object.keys(fields).length > 0 && stray.length === 0;
  const form = isFieldOnly ? null : [describeApiError(error, t), ...stray].join(' ');
  return { fields, form };
}
