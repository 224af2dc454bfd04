import { shippingZoneBodySchema } from '@mpb/contracts';
import { ApiError } from './api-error';
import { dictionaries } from './i18n';
import { apiErrorToPaths, pathErrorsFromZod, valueAtPath, withoutPrefix } from './path-errors';

const t = dictionaries.en;

describe('pathErrorsFromZod', () => {
  it('keys each problem by its whole path, so a row shows its own error', () => {
    const body = {
      name: 'Brasil',
      countries: ['BR'],
      rates: [
        { name: 'PAC', kind: 'flat', amount: 100 },
        { name: '', kind: 'flat', amount: -1 },
      ],
    };
    const result = shippingZoneBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = pathErrorsFromZod(result.error, t, (path) => valueAtPath(body, path));
    expect(errors).toEqual({
      'rates.1.name': t.errors.required,
      'rates.1.amount': t.errors.notNegative,
    });
  });
});

describe('apiErrorToPaths', () => {
  it('keeps server messages under paths the form shows and reports the rest on the form', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Invalid', {
      'rates.0.amount': 'must not be negative',
      position: 'is too large',
    });
    expect(apiErrorToPaths(error, t, (path) => path.startsWith('rates.'))).toEqual({
      fields: { 'rates.0.amount': 'must not be negative' },
      form: `${t.errors.generic} position: is too large`,
    });
  });

  it('has no form message when every message is on a field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Invalid', { 'seo.description': 'long' });
    expect(apiErrorToPaths(error, t, () => true).form).toBeNull();
  });
});

describe('helpers', () => {
  it('reads a value at a path and strips a prefix', () => {
    expect(valueAtPath({ a: [{ b: 3 }] }, ['a', 0, 'b'])).toBe(3);
    expect(valueAtPath({ a: null }, ['a', 'b'])).toBeUndefined();
    expect(withoutPrefix({ 'seo.description': 'x', other: 'y' }, 'seo.')).toEqual({
      description: 'x',
      other: 'y',
    });
  });
});
