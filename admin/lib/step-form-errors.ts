import { ApiError, isApiError } from './api-error';
import { apiErrorToForm, type FieldErrors } from './form-errors';
import type { Messages } from './i18n';

/**
 * `apiErrorToForm` for a wizard step saved on the control plane, whose answers name the fields
 * of the step's data as `data.<field>`: those messages go under the form's own fields.
 */
export function stepErrorToForm(
  error: unknown,
  t: Messages,
  formFields: readonly string[],
  codeField: Partial<Record<string, string>> = {},
): { fields: FieldErrors; form: string | null } {
  if (!isApiError(error)) return apiErrorToForm(error, t, formFields, codeField);
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, message]) => [path.replace(/^data\./, ''), message]),
  );
  const unwrapped = new ApiError(
    error.status,
    error.code,
    error.message,
    fields,
    error.correlationId,
  );
  return apiErrorToForm(unwrapped, t, formFields, codeField);
}

/** An absolute URL for an asset the store API names by path (its logo), else as given. */
export function storeAssetUrl(url: string, apiUrl: string): string {
  if (/^https?:\/\//.test(url)) return url;
  try {
    return new URL(url, apiUrl).toString();
  } catch {
    return url;
  }
}
