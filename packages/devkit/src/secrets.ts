import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSigningKeyPem } from '@mpb/auth';

export interface LocalSecrets {
  authSigningKey: string;
  internalApiToken: string;
  superAdminEmail: string;
  superAdminPassword: string;
  databaseRolePassword: string;
}

/**
 * Secrets for local runs: taken from the environment when set, otherwise generated once at
 * random and kept in `<stateDir>/secrets.json` (mode 600, git-ignored). Nothing is a default.
 */
export async function localSecrets(stateDir: string): Promise<LocalSecrets> {
  const file = path.join(stateDir, 'secrets.json');
  mkdirSync(stateDir, { recursive: true });
  let stored: Partial<LocalSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
  const secrets: LocalSecrets = {
    authSigningKey:
      process.env.AUTH_SIGNING_KEY ?? stored.authSigningKey ?? (await generateSigningKeyPem()),
    internalApiToken:
      process.env.INTERNAL_API_TOKEN ??
      stored.internalApiToken ??
      randomBytes(32).toString('base64url'),
    superAdminEmail:
      process.env.MPB_SUPERADMIN_EMAIL ?? stored.superAdminEmail ?? 'ops@mpb.localhost',
    superAdminPassword:
      process.env.MPB_SUPERADMIN_PASSWORD ??
      stored.superAdminPassword ??
      randomBytes(12).toString('base64url'),
    databaseRolePassword: stored.databaseRolePassword ?? randomBytes(18).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
