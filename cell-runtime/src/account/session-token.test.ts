import { createHash } from 'node:crypto';
import { hashLoginToken } from '../notifications';
import { createSessionToken, hashToken, isWellFormedToken } from './session-token';

describe('customer session tokens', () => {
  it('are 32 random bytes in base64url, stored as their sha256', () => {
    const { token, tokenHash } = createSessionToken();
    expect(isWellFormedToken(token)).toBe(true);
    expect(tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(createSessionToken().token).not.toBe(token);
  });

  it('hash sign-in tokens exactly as the notifier stores them', () => {
    expect(hashToken('abc')).toBe(hashLoginToken('abc'));
  });

  it('refuses anything that is not a token', () => {
    expect(isWellFormedToken('short')).toBe(false);
    expect(isWellFormedToken(`${'a'.repeat(42)}=`)).toBe(false);
  });
});
