import { isPlausibleSessionToken, sessionCookieOptions } from './session-cookie';

describe('session cookie', () => {
  it('is httpOnly and Lax, Secure on https, and expires with the session', () => {
    expect(sessionCookieOptions({ secure: true, expiresAt: '2030-01-02T03:04:05.000Z' })).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
      expires: new Date('2030-01-02T03:04:05.000Z'),
    });
    expect(sessionCookieOptions({ secure: false, expiresAt: '2030-01-02T00:00:00Z' }).secure).toBe(
      false,
    );
  });

  it('lasts a day when the API’s expiry cannot be read', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(sessionCookieOptions({ secure: false, expiresAt: 'soon', now }).expires).toEqual(
      new Date('2030-01-02T00:00:00Z'),
    );
  });

  it('only sends tokens of a plausible shape', () => {
    expect(isPlausibleSessionToken('abcDEF123_-')).toBe(true);
    expect(isPlausibleSessionToken('a b')).toBe(false);
    expect(isPlausibleSessionToken('x'.repeat(600))).toBe(false);
    expect(isPlausibleSessionToken(undefined)).toBe(false);
  });
});
