import { overrideQuery, previewSearch, readPreviewRequest, withPreview } from './preview';

const token = `${'eyJ0Ijoi'.repeat(4)}.${'s'.repeat(43)}`;

describe('readPreviewRequest', () => {
  it('takes a well-formed token with the template and colours being tried', () => {
    const params = new URLSearchParams({
      preview: token,
      template: 'bold',
      primary: '#0F766E',
      accent: '#f59e0b',
      cursor: 'abc',
    });
    expect(readPreviewRequest(params)).toEqual({
      token,
      overrides: { template: 'bold', primary: '#0f766e', accent: '#f59e0b' },
    });
  });

  it('drops malformed overrides instead of failing the page', () => {
    const params = new URLSearchParams({
      preview: token,
      template: 'default',
      primary: 'red',
      accent: '#abc',
    });
    expect(readPreviewRequest(params)).toEqual({ token, overrides: {} });
  });

  it.each([[''], ['not a token'], [`${token}<script>`], ['a.b']])(
    'ignores the token %j',
    (value) => {
      expect(readPreviewRequest(new URLSearchParams({ preview: value }))).toBeUndefined();
    },
  );

  it('is nothing without a preview parameter, whatever else the query says', () => {
    expect(readPreviewRequest(new URLSearchParams({ template: 'bold' }))).toBeUndefined();
  });
});

describe('previewSearch and overrideQuery', () => {
  it('write the preview back as a query, overrides only when present', () => {
    expect(previewSearch({ token, overrides: { template: 'minimal', accent: '#112233' } })).toBe(
      `preview=${token}&template=minimal&accent=%23112233`,
    );
    expect(overrideQuery({ template: 'minimal', accent: '#112233' })).toBe(
      '?template=minimal&accent=%23112233',
    );
    expect(overrideQuery({})).toBe('');
  });
});

describe('withPreview', () => {
  const inPreview = new URLSearchParams({ preview: token, template: 'bold', q: 'ignored' });

  it('carries the preview parameters on to the store’s own pages', () => {
    expect(withPreview('/products/mug', inPreview)).toBe(
      `/products/mug?preview=${token}&template=bold`,
    );
    expect(withPreview('/search?q=mug#results', inPreview)).toBe(
      `/search?q=mug&preview=${token}&template=bold#results`,
    );
  });

  it('leaves links alone outside a preview and links to other sites always', () => {
    expect(withPreview('/products/mug', new URLSearchParams({ q: 'x' }))).toBe('/products/mug');
    expect(withPreview('https://stripe.com/pay', inPreview)).toBe('https://stripe.com/pay');
    expect(withPreview('//evil.example/x', inPreview)).toBe('//evil.example/x');
  });
});
