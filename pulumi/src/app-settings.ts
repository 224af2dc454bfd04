/**
 * What the cell's processes are told besides their own infrastructure: the platform's external
 * services (Stripe, SMTP, WhatsApp, a media CDN) and optional tuning. Pure functions, so the
 * rules are unit-tested without Pulumi and fail at preview rather than in a crash-looping task.
 * The variable names and ranges are those of cell-runtime/src/config.ts and
 * cell-runtime/src/worker/config.ts; a setting left out keeps the application's default.
 */
import type { Environment } from './cell-plan';

/** Optional tuning; each key sets one variable of one process. */
export interface CellSettings {
  checkoutTtlMinutes?: number;
  checkoutSweepIntervalMs?: number;
  publicCacheTtlSeconds?: number;
  cartTtlSeconds?: number;
  rateLimitPerIpPerMinute?: number;
  rateLimitPerStorePerMinute?: number;
  cartCreationsPerIpPerMinute?: number;
  checkoutsPerIpPerMinute?: number;
  importMaxBytes?: number;
  importMaxRows?: number;
  mediaMaxBytes?: number;
  mediaMaxPixels?: number;
  stripeTimeoutMs?: number;
}

interface SettingRule {
  variable: string;
  process: 'api' | 'worker';
  min: number;
  max?: number;
}

const settingRules: Record<keyof CellSettings, SettingRule> = {
  // Stripe keeps a Checkout session open for 30 minutes to 24 hours.
  checkoutTtlMinutes: { variable: 'CHECKOUT_TTL_MINUTES', process: 'api', min: 30, max: 1440 },
  // More often than every second only adds load; the sweep has a 5-minute grace anyway.
  checkoutSweepIntervalMs: { variable: 'CHECKOUT_SWEEP_INTERVAL_MS', process: 'worker', min: 1000 },
  publicCacheTtlSeconds: { variable: 'PUBLIC_CACHE_TTL_SECONDS', process: 'api', min: 0, max: 300 },
  cartTtlSeconds: { variable: 'CART_TTL_SECONDS', process: 'api', min: 60 },
  rateLimitPerIpPerMinute: { variable: 'RATE_LIMIT_PER_IP_PER_MINUTE', process: 'api', min: 1 },
  rateLimitPerStorePerMinute: {
    variable: 'RATE_LIMIT_PER_STORE_PER_MINUTE',
    process: 'api',
    min: 1,
  },
  cartCreationsPerIpPerMinute: {
    variable: 'CART_CREATIONS_PER_IP_PER_MINUTE',
    process: 'api',
    min: 1,
  },
  checkoutsPerIpPerMinute: { variable: 'CHECKOUTS_PER_IP_PER_MINUTE', process: 'api', min: 1 },
  importMaxBytes: { variable: 'IMPORT_MAX_BYTES', process: 'api', min: 1 },
  importMaxRows: { variable: 'IMPORT_MAX_ROWS', process: 'api', min: 1 },
  mediaMaxBytes: { variable: 'MEDIA_MAX_BYTES', process: 'api', min: 1 },
  mediaMaxPixels: { variable: 'MEDIA_MAX_PIXELS', process: 'api', min: 1 },
  stripeTimeoutMs: { variable: 'STRIPE_TIMEOUT_MS', process: 'api', min: 1 },
};

/**
 * The platform's external services. Their credentials are Secrets Manager secrets created
 * before `pulumi up` (pulumi/README.md) and referenced by full ARN, so one rotation reaches every
 * cell at its tasks' next start and no credential passes through this program or its state.
 */
export interface CellIntegrations {
  /** PUBLIC_BASE_URL of the worker: links in emails use its scheme and port with a store's host. */
  publicBaseUrl: string;
  stripe: {
    /** The platform's Stripe secret key (`sk_live_…`), the same in every cell. */
    secretKeyArn: string;
    /** STRIPE_API_BASE: another API host (a Stripe mock); refused in production. */
    apiBase?: string;
  };
  mail: {
    /** SMTP_URL, credentials included (`smtps://user:password@host:465`). */
    smtpUrlSecretArn: string;
    /** MAIL_FROM_ADDRESS: a domain the SMTP service may send for (SPF, DKIM). */
    fromAddress: string;
  };
  /** Order messages by WhatsApp; off when absent. */
  whatsapp?: { apiUrl: string; apiTokenSecretArn: string };
  /**
   * A CloudFront distribution serving the media bucket (MEDIA_PUBLIC_BASE_URL). Absent, images
   * are served by the cell API at `/api/v1/media/<key>`. The distribution, with an origin access
   * control on the bucket, is created outside this program; the bucket policy lets it read.
   */
  mediaCdn?: { publicBaseUrl: string; distributionArn: string };
}

export interface ProcessVariables {
  /** Plain settings. */
  environment: Record<string, string>;
  /** Variable name -> ARN of a secret created outside this program. */
  secrets: Record<string, string>;
}

export interface AppVariables {
  api: ProcessVariables;
  worker: ProcessVariables;
}

/** Full ARN, with the 6-character suffix Secrets Manager adds, so IAM grants match it exactly. */
const secretArnPattern =
  /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+-[A-Za-z0-9]{6}$/;
const cloudFrontArnPattern = /^arn:aws[a-z-]*:cloudfront::\d{12}:distribution\/[A-Z0-9]+$/;
const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Validates the integrations and settings and returns each process's variables. */
export function planAppVariables(input: {
  environment: Environment;
  integrations: CellIntegrations;
  settings?: CellSettings;
}): AppVariables {
  const { integrations: it, environment } = input;
  const isProduction = environment === 'production';
  const api: ProcessVariables = {
    environment: {},
    secrets: { STRIPE_SECRET_KEY: secretArn(it.stripe.secretKeyArn, 'stripe.secretKeyArn') },
  };
  const worker: ProcessVariables = {
    environment: {
      PUBLIC_BASE_URL: url(it.publicBaseUrl, 'publicBaseUrl', isProduction),
      MAIL_FROM_ADDRESS: email(it.mail.fromAddress, 'mail.fromAddress'),
    },
    secrets: { SMTP_URL: secretArn(it.mail.smtpUrlSecretArn, 'mail.smtpUrlSecretArn') },
  };

  if (it.stripe.apiBase !== undefined) {
    if (isProduction) throw new Error('stripe.apiBase is for test environments, not production');
    api.environment.STRIPE_API_BASE = url(it.stripe.apiBase, 'stripe.apiBase', false);
  }
  if (it.whatsapp) {
    worker.environment.WHATSAPP_API_URL = url(it.whatsapp.apiUrl, 'whatsapp.apiUrl', true);
    worker.secrets.WHATSAPP_API_TOKEN = secretArn(
      it.whatsapp.apiTokenSecretArn,
      'whatsapp.apiTokenSecretArn',
    );
  }
  if (it.mediaCdn) {
    api.environment.MEDIA_PUBLIC_BASE_URL = url(
      it.mediaCdn.publicBaseUrl,
      'mediaCdn.publicBaseUrl',
      true,
    );
    if (!cloudFrontArnPattern.test(it.mediaCdn.distributionArn)) {
      throw new Error('mediaCdn.distributionArn must be a CloudFront distribution ARN');
    }
  }

  for (const [key, value] of Object.entries(input.settings ?? {})) {
    const rule = settingRules[key as keyof CellSettings] as SettingRule | undefined;
    if (!rule) throw new Error(`settings.${key} is not a known setting`);
    if (value === undefined) continue;
    const inRange =
      Number.isInteger(value) && value >= rule.min && (rule.max === undefined || value <= rule.max);
    if (!inRange) {
      const range = rule.max === undefined ? `at least ${rule.min}` : `${rule.min} to ${rule.max}`;
      throw new Error(`settings.${key} must be a whole number, ${range}`);
    }
    (rule.process === 'api' ? api : worker).environment[rule.variable] = String(value);
  }
  return { api, worker };
}

function secretArn(value: string, key: string): string {
  if (!secretArnPattern.test(value)) {
    throw new Error(
      `${key} must be the full ARN of a Secrets Manager secret, ending in its 6-character suffix`,
    );
  }
  return value;
}

function url(value: string, key: string, requireHttps: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${key} must be a URL`);
  }
  const allowed = requireHttps ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(parsed.protocol)) {
    throw new Error(`${key} must be an ${requireHttps ? 'https' : 'http(s)'} URL`);
  }
  return value;
}

function email(value: string, key: string): string {
  if (!emailPattern.test(value)) throw new Error(`${key} must be an email address`);
  return value;
}
