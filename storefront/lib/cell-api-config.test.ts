import { readCellApiConfig, readRevalidateToken } from './cell-api-config';

describe('readCellApiConfig', () => {
  it('reads the URL and the default timeout', () => {
    const config = readCellApiConfig({ CELL_API_URL: 'http://127.0.0.1:4101' });
    expect(config.baseUrl.href).toBe('http://127.0.0.1:4101/');
    expect(config.timeoutMs).toBe(5000);
  });

  it('reads an explicit timeout', () => {
    expect(
      readCellApiConfig({ CELL_API_URL: 'https://cell.internal', CELL_API_TIMEOUT_MS: '250' })
        .timeoutMs,
    ).toBe(250);
  });

  it.each([
    [{}, /CELL_API_URL is required/],
    [{ CELL_API_URL: '  ' }, /CELL_API_URL is required/],
    [{ CELL_API_URL: 'not a url' }, /not a valid URL/],
    [{ CELL_API_URL: 'ftp://cell' }, /must use http or https/],
    [{ CELL_API_URL: 'http://cell', CELL_API_TIMEOUT_MS: 'soon' }, /CELL_API_TIMEOUT_MS/],
    [{ CELL_API_URL: 'http://cell', CELL_API_TIMEOUT_MS: '0' }, /CELL_API_TIMEOUT_MS/],
  ])('rejects %p', (env, message) => {
    expect(() => readCellApiConfig(env)).toThrow(message);
  });
});

describe('readRevalidateToken', () => {
  it('is optional', () => {
    expect(readRevalidateToken({})).toBeUndefined();
    expect(readRevalidateToken({ STOREFRONT_REVALIDATE_TOKEN: '  ' })).toBeUndefined();
  });

  it('reads a token long enough to be a secret', () => {
    expect(readRevalidateToken({ STOREFRONT_REVALIDATE_TOKEN: 'x'.repeat(32) })).toBe(
      'x'.repeat(32),
    );
  });

  it.each(['short', 'has a space in the middle'])('refuses %p', (token) => {
    expect(() => readRevalidateToken({ STOREFRONT_REVALIDATE_TOKEN: token })).toThrow(
      /STOREFRONT_REVALIDATE_TOKEN/,
    );
  });
});
