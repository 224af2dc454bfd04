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
  /** The platform's Stripe key; locally a random test key that stripe-mock accepts. */
  stripeSecretKey: string;
  /** Signs Stripe webhook deliveries to the control plane. */
  stripeWebhookSecret: string;
  /** Lets each cell worker tell its storefront to drop cached pages. */
  storefrontRevalidateToken: string;
  /** Signs the storefront preview tokens each cell API gives its stores' staff. */
  storefrontPreviewSecret: string;
}

/** Random Stripe-shaped test secrets: stripe-mock accepts any `sk_test_` key. */
export const randomStripeSecrets = () => ({
  stripeSecretKey: `sk_test_${randomBytes(24).toString('hex')}`,
  stripeWebhookSecret: `whsec_${randomBytes(24).toString('base64url')}`,
});

/**
 * Secrets for local runs: taken from the environment when set, otherwise generated once at
 * random and kept in `<stateDir>/secrets.json` (mode 600, git-ignored). Nothing is a default.
 */
export async function localSecrets(stateDir: string): Promise<LocalSecrets> {
  const file = path.join(stateDir, 'secrets.json');
  mkdirSync(stateDir, { recursive: true });
  let stored: Partial<LocalSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
  const generated = randomStripeSecrets();
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
    stripeSecretKey:
      process.env.STRIPE_SECRET_KEY ?? stored.stripeSecretKey ?? generated.stripeSecretKey,
    stripeWebhookSecret:
      process.env.STRIPE_WEBHOOK_SECRET ??
      stored.stripeWebhookSecret ??
      generated.stripeWebhookSecret,
    storefrontRevalidateToken:
      process.env.STOREFRONT_REVALIDATE_TOKEN ??
      stored.storefrontRevalidateToken ??
      randomBytes(32).toString('base64url'),
    storefrontPreviewSecret:
      process.env.STOREFRONT_PREVIEW_SECRET ??
      stored.storefrontPreviewSecret ??
      randomBytes(32).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
