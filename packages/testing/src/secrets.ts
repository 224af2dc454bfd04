import { randomBytes } from 'node:crypto';
import { generateSigningKeyPem, TokenSigner } from '@mpb/auth';

export const testInternalToken = (): string => randomBytes(32).toString('base64url');

/** A signer with a fresh key, as the control plane would have. */
export async function createTestSigner(
  ttlSeconds = 900,
): Promise<{ signer: TokenSigner; pem: string }> {
  const pem = await generateSigningKeyPem();
  const signer = await TokenSigner.fromPem({
    privateKeyPem: pem,
    issuer: 'mpb-control-plane',
    audience: 'mpb',
    ttlSeconds,
  });
  return { signer, pem };
}
