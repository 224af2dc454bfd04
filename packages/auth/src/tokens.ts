import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import {
  SignJWT,
  calculateJwkThumbprint,
  exportJWK,
  jwtVerify,
  createLocalJWKSet,
  errors,
  type JWK,
  type JSONWebKeySet,
} from 'jose';

export const TOKEN_ALGORITHM = 'EdDSA';

export interface AccessTokenClaims {
  /** The user id. */
  sub: string;
  email: string;
}

export interface VerifiedToken extends AccessTokenClaims {
  expiresAt: Date;
}

/** The control plane's signing key, loaded from a PKCS#8 PEM (never defaulted in code). */
export class TokenSigner {
  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicJwk: JWK,
    private readonly issuer: string,
    private readonly audience: string,
    private readonly ttlSeconds: number,
  ) {}

  static async fromPem(options: {
    privateKeyPem: string;
    issuer: string;
    audience: string;
    ttlSeconds: number;
  }): Promise<TokenSigner> {
    const privateKey = createPrivateKey(options.privateKeyPem);
    if (privateKey.asymmetricKeyType !== 'ed25519')
      throw new Error('AUTH_SIGNING_KEY must be an Ed25519 private key');
    const publicJwk = await exportJWK(createPublicKey(privateKey));
    const kid = await calculateJwkThumbprint(publicJwk);
    return new TokenSigner(
      privateKey,
      { ...publicJwk, kid, alg: TOKEN_ALGORITHM, use: 'sig' },
      options.issuer,
      options.audience,
      options.ttlSeconds,
    );
  }

  get expiresIn(): number {
    return this.ttlSeconds;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return new SignJWT({ email: claims.email })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: this.publicJwk.kid, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.privateKey);
  }
}

/** A fresh Ed25519 key as PKCS#8 PEM; used by set-up scripts and tests, never at run time. */
export async function generateSigningKeyPem(): Promise<string> {
  const { generateKeyPairSync } = await import('node:crypto');
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export type TokenVerifyFailure = 'missing' | 'expired' | 'invalid' | 'unknown-key';

export class TokenVerificationError extends Error {
  constructor(readonly reason: TokenVerifyFailure) {
    super(`token ${reason}`);
  }
}

/** Verifies access tokens against a key set held in memory: no network call per request. */
export async function verifyAccessToken(
  token: string,
  keySet: JSONWebKeySet,
  options: { issuer: string; audience: string },
): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(keySet), {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: [TOKEN_ALGORITHM],
    });
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.email !== 'string' ||
      typeof payload.exp !== 'number'
    ) {
      throw new TokenVerificationError('invalid');
    }
    return { sub: payload.sub, email: payload.email, expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    if (error instanceof TokenVerificationError) throw error;
    if (error instanceof errors.JWTExpired) throw new TokenVerificationError('expired');
    if (error instanceof errors.JWKSNoMatchingKey) throw new TokenVerificationError('unknown-key');
    throw new TokenVerificationError('invalid');
  }
}

/** Reads the bearer token of an Authorization header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/** Opaque refresh tokens: the client holds the token, the database only its SHA-256. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
