import type { z } from 'zod';

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Flattens zod issues to `{ "variants.0.sku": "is repeated in this product" }`, first issue per
 * field. `input` is what was validated, to tell a missing field from a wrong one (zod does not
 * keep the input in its issues).
 */
export function fieldsFromZodError(error: z.ZodError, input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  const add = (path: PropertyKey[], message: string) => {
    const key = path.map(String).join('.') || '(body)';
    if (fields[key] === undefined) fields[key] = message;
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], 'is not an accepted field');
    } else if (
      issue.code !== 'custom' &&
      issue.path.length > 0 &&
      valueAt(input, issue.path) === undefined
    ) {
      add(issue.path, 'is required');
    } else {
      add(issue.path, issue.message);
    }
  }
  return fields;
}
