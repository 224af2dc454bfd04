import { randomUUID } from 'node:crypto';
import { signPreviewToken, verifyPreviewToken, PREVIEW_TOKEN_TTL_SECONDS } from './preview-token';

const secret = 's'.repeat(40);
const tenantId = randomUUID();
const issuedAt = new Date('2026-03-01T12:00:00Z');
const minutesLater = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);

describe('preview tokens', () => {
  const { token, expiresAt } = signPreviewToken(secret, tenantId, issuedAt);

  it('are good for their store for 30 minutes', () => {
    expect(PREVIEW_TOKEN_TTL_SECONDS).toBe(1800);
    expect(expiresAt.toISOString()).toBe('2026-03-01T12:30:00.000Z');
    expect(verifyPreviewToken(secret, token, tenantId, minutesLater(29))).toEqual(expiresAt);
  });

  it('are refused once expired', () => {
    expect(verifyPreviewToken(secret, token, tenantId, minutesLater(30))).toBeUndefined();
    expect(verifyPreviewToken(secret, token, tenantId, minutesLater(90))).toBeUndefined();
  });

  it('are refused for another store', () => {
    expect(verifyPreviewToken(secret, token, randomUUID(), issuedAt)).toBeUndefined();
  });

  it('are refused when signed with another secret', () => {
    const forged = signPreviewToken('t'.repeat(40), tenantId, issuedAt).token;
    expect(verifyPreviewToken(secret, forged, tenantId, issuedAt)).toBeUndefined();
  });

  it('are refused when the payload is changed, even to a later expiry', () => {
    const [, signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ t: tenantId, e: 4102444800 })).toString(
      'base64url',
    );
    expect(
      verifyPreviewToken(secret, `${payload}.${signature}`, tenantId, issuedAt),
    ).toBeUndefined();
  });

  it('are refused when the signature is changed', () => {
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(
      verifyPreviewToken(secret, token.slice(0, -1) + last, tenantId, issuedAt),
    ).toBeUndefined();
  });

  it.each(['', 'garbage', 'a.b', `${'x'.repeat(20)}.${'y'.repeat(43)}`, `${token}.extra`])(
    'refuses the malformed token %j',
    (malformed) => {
      expect(verifyPreviewToken(secret, malformed, tenantId, issuedAt)).toBeUndefined();
    },
  );

  it('carry nothing but the store and the expiry', () => {
    const [payload = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toEqual({
      t: tenantId,
      e: expiresAt.getTime() / 1000,
    });
  });
});
