import { createHash } from 'node:crypto';
import { createLoginToken, isSafeReturnPath, loginLink } from './login-token';

describe('sign-in tokens', () => {
  it('are 32 random bytes in base64url, stored as the sha256 hex of that string', () => {
    const { token, tokenHash } = createLoginToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(createLoginToken().token).not.toBe(token);
  });

  it('make a link to the store, keeping only same-site return paths', () => {
    const store = 'http://shop.localhost:8080';
    expect(loginLink(store, 'abc', null)).toBe(
      'http://shop.localhost:8080/account/login?token=abc',
    );
    expect(loginLink(store, 'abc', '/account/orders?page=2')).toBe(
      'http://shop.localhost:8080/account/login?token=abc&next=%2Faccount%2Forders%3Fpage%3D2',
    );
    for (const path of ['//evil.example', '/\\evil.example', 'https://evil.example', '/\t/evil']) {
      expect(isSafeReturnPath(path)).toBe(false);
      expect(loginLink(store, 'abc', path)).not.toContain('next=');
    }
  });
});
