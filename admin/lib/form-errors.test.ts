import { createTenantBodySchema, credentialsSchema } from '@mpb/contracts';
import { ApiError } from './api-error';
import { apiErrorToForm, describeApiError, fieldErrorsFromZod } from './form-errors';
import { dictionaries } from './i18n';

const t = dictionaries.en;

describe('fieldErrorsFromZod', () => {
  it('translates the contract’s issues per field, in the UI language', () => {
    const values = { email: 'nope', password: 'short' };
    const result = credentialsSchema.safeParse(values);
    if (result.success) throw new Error('expected invalid credentials');
    expect(fieldErrorsFromZod(result.error, t, values)).toEqual({
      email: 'Enter a valid email address.',
      password: 'Use at least 10 characters.',
    });
    expect(fieldErrorsFromZod(result.error, dictionaries['pt-BR'], values).password).toBe(
      'Use pelo menos 10 caracteres.',
    );
  });

  it('says "required" for an empty field and uses a field’s own format rule', () => {
    const values = {
      name: '  ',
      slug: 'Bad Slug!',
      niche: '',
      currency: 'BRL',
      language: 'pt-BR',
      country: 'BR',
    };
    const result = createTenantBodySchema.safeParse(values);
    if (result.success) throw new Error('expected an invalid store');
    expect(fieldErrorsFromZod(result.error, t, values, { slug: t.errors.invalidSlug })).toEqual({
      name: t.errors.required,
      slug: t.errors.invalidSlug,
      niche: t.errors.required,
    });
  });
});

describe('apiErrorToForm', () => {
  const fields = ['name', 'slug'] as const;

  it('puts a field-specific code on its field, translated, with no form message', () => {
    const error = new ApiError(409, 'SLUG_TAKEN', 'slug taken', { slug: 'is taken' });
    expect(apiErrorToForm(error, t, fields, { SLUG_TAKEN: 'slug' })).toEqual({
      fields: { slug: t.errors.slugTaken },
      form: null,
    });
  });

  it('keeps server messages for the form’s fields and reports the others on the form', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'invalid', {
      name: 'is required',
      'variants.0.sku': 'is repeated',
    });
    expect(apiErrorToForm(error, t, fields)).toEqual({
      fields: { name: 'is required' },
      form: `${t.errors.generic} variants.0.sku: is repeated`,
    });
  });

  it('turns anything else into one form message', () => {
    expect(apiErrorToForm(new ApiError(0, 'NETWORK', 'offline'), t, fields)).toEqual({
      fields: {},
      form: t.errors.network,
    });
    expect(apiErrorToForm(new Error('boom'), t, fields)).toEqual({
      fields: {},
      form: t.errors.generic,
    });
  });
});

describe('describeApiError', () => {
  it('names the problem for the codes a merchant can act on', () => {
    expect(describeApiError(new ApiError(401, 'INVALID_CREDENTIALS', 'x'), t)).toBe(
      t.errors.invalidCredentials,
    );
    expect(describeApiError(new ApiError(429, 'RATE_LIMITED', 'x'), t)).toBe(t.errors.rateLimited);
    expect(describeApiError(new ApiError(500, 'INTERNAL', 'x'), t)).toBe(t.errors.generic);
  });

  it('says an emailed link is spent and a new one is needed', () => {
    expect(describeApiError(new ApiError(401, 'LOGIN_LINK_INVALID', 'x'), t)).toBe(
      t.errors.loginLinkInvalid,
    );
    expect(describeApiError(new ApiError(400, 'VERIFICATION_LINK_INVALID', 'x'), t)).toBe(
      t.errors.verificationLinkInvalid,
    );
  });
});
