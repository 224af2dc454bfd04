import { ApiError } from './api-error';
import { dictionaries } from './i18n';
import { stepErrorToForm, storeAssetUrl } from './step-form-errors';

const t = dictionaries.en;

describe('stepErrorToForm', () => {
  it('puts the server’s `data.<field>` messages under the form’s own fields', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Invalid input', {
      'data.name': 'is required',
      'data.primaryColor': 'must be a colour like #1a2b3c',
    });
    expect(stepErrorToForm(error, t, ['name', 'primaryColor'])).toEqual({
      fields: { name: 'is required', primaryColor: 'must be a colour like #1a2b3c' },
      form: null,
    });
  });

  it('translates a code about one field and keeps other problems for the whole form', () => {
    const error = new ApiError(409, 'SLUG_TAKEN', 'slug is taken', {
      'data.slug': 'is taken',
      status: 'this step cannot be skipped',
    });
    const result = stepErrorToForm(error, t, ['slug'], { SLUG_TAKEN: 'slug' });
    expect(result.fields.slug).toBe(t.errors.slugTaken);
    expect(result.form).toContain('status: this step cannot be skipped');
  });
});

describe('storeAssetUrl', () => {
  it('resolves a path against the store API’s origin and keeps absolute URLs', () => {
    expect(storeAssetUrl('/api/v1/media/t/x/logo.webp', 'http://shop.localhost:8080/api/v1')).toBe(
      'http://shop.localhost:8080/api/v1/media/t/x/logo.webp',
    );
    expect(
      storeAssetUrl('https://cdn.example.com/a.webp', 'http://shop.localhost:8080/api/v1'),
    ).toBe('https://cdn.example.com/a.webp');
  });
});
