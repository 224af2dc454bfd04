import { planAppVariables, type CellIntegrations } from '../src/app-settings';

const arn = (name: string) =>
  `arn:aws:secretsmanager:eu-west-1:123456789012:secret:mpb/production/${name}-Ab12Cd`;
const integrations: CellIntegrations = {
  publicBaseUrl: 'https://shops.example.com',
  stripe: { secretKeyArn: arn('stripe-secret-key') },
  mail: { smtpUrlSecretArn: arn('smtp-url'), fromAddress: 'no-reply@example.com' },
};
const plan = (
  overrides: Partial<CellIntegrations> = {},
  settings?: Record<string, unknown>,
  environment: 'staging' | 'production' = 'production',
) =>
  planAppVariables({
    environment,
    integrations: { ...integrations, ...overrides },
    settings,
  });

it('gives the API the Stripe key and the worker SMTP, both by ARN, and nothing optional by default', () => {
  expect(plan()).toEqual({
    api: { environment: {}, secrets: { STRIPE_SECRET_KEY: arn('stripe-secret-key') } },
    worker: {
      environment: {
        PUBLIC_BASE_URL: 'https://shops.example.com',
        MAIL_FROM_ADDRESS: 'no-reply@example.com',
      },
      secrets: { SMTP_URL: arn('smtp-url') },
    },
  });
});

it('turns WhatsApp on for the worker with its URL and token secret', () => {
  const { worker } = plan({
    whatsapp: { apiUrl: 'https://graph.example.com/v1', apiTokenSecretArn: arn('whatsapp') },
  });
  expect(worker.environment.WHATSAPP_API_URL).toBe('https://graph.example.com/v1');
  expect(worker.secrets.WHATSAPP_API_TOKEN).toBe(arn('whatsapp'));
});

it('maps each setting to its process and variable, leaving the rest to the applications', () => {
  const { api, worker } = plan(
    {},
    {
      checkoutTtlMinutes: 60,
      publicCacheTtlSeconds: 0,
      rateLimitPerIpPerMinute: 1200,
      importMaxRows: 50000,
      stripeTimeoutMs: 20000,
      checkoutSweepIntervalMs: 5000,
    },
  );
  expect(api.environment).toEqual({
    CHECKOUT_TTL_MINUTES: '60',
    PUBLIC_CACHE_TTL_SECONDS: '0',
    RATE_LIMIT_PER_IP_PER_MINUTE: '1200',
    IMPORT_MAX_ROWS: '50000',
    STRIPE_TIMEOUT_MS: '20000',
  });
  expect(worker.environment).toMatchObject({ CHECKOUT_SWEEP_INTERVAL_MS: '5000' });
  expect(api.environment.CHECKOUT_SWEEP_INTERVAL_MS).toBeUndefined();
});

it.each([
  [
    'a secret name instead of an ARN',
    { stripe: { secretKeyArn: 'mpb/stripe' } },
    /stripe\.secretKeyArn/,
  ],
  [
    'a partial ARN, which IAM grants would not match',
    { stripe: { secretKeyArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:mpb/stripe' } },
    /6-character suffix/,
  ],
  [
    'an SSM parameter as the SMTP secret',
    {
      mail: {
        smtpUrlSecretArn: 'arn:aws:ssm:eu-west-1:123456789012:parameter/smtp-AbCdEf',
        fromAddress: 'a@example.com',
      },
    },
    /mail\.smtpUrlSecretArn/,
  ],
  [
    'a From address that is not one',
    { mail: { smtpUrlSecretArn: arn('smtp-url'), fromAddress: 'Shop <no-reply>' } },
    /mail\.fromAddress/,
  ],
  [
    'plain HTTP links in production emails',
    { publicBaseUrl: 'http://shops.example.com' },
    /publicBaseUrl/,
  ],
  [
    'a Stripe mock in production',
    { stripe: { secretKeyArn: arn('stripe'), apiBase: 'http://stripe-mock:12111' } },
    /stripe\.apiBase/,
  ],
  [
    'a WhatsApp token sent over plain HTTP',
    { whatsapp: { apiUrl: 'http://graph.example.com', apiTokenSecretArn: arn('whatsapp') } },
    /whatsapp\.apiUrl/,
  ],
  [
    'a CDN that is not a CloudFront distribution',
    {
      mediaCdn: {
        publicBaseUrl: 'https://media.example.com',
        distributionArn: 'arn:aws:s3:::some-bucket',
      },
    },
    /mediaCdn\.distributionArn/,
  ],
] as const)('refuses %s', (_case, overrides, message) => {
  expect(() => plan(overrides as Partial<CellIntegrations>)).toThrow(message);
});

it('allows plain HTTP and a Stripe mock outside production', () => {
  const { api, worker } = plan(
    {
      publicBaseUrl: 'http://shops.staging.internal:8080',
      stripe: { secretKeyArn: arn('stripe'), apiBase: 'http://stripe-mock:12111' },
    },
    undefined,
    'staging',
  );
  expect(api.environment.STRIPE_API_BASE).toBe('http://stripe-mock:12111');
  expect(worker.environment.PUBLIC_BASE_URL).toBe('http://shops.staging.internal:8080');
});

it.each([
  [{ checkoutTtlMinutes: 10 }, /checkoutTtlMinutes must be a whole number, 30 to 1440/],
  [{ checkoutTtlMinutes: 2000 }, /checkoutTtlMinutes/],
  [{ publicCacheTtlSeconds: 301 }, /publicCacheTtlSeconds must be a whole number, 0 to 300/],
  [{ rateLimitPerIpPerMinute: 0 }, /at least 1/],
  [{ importMaxBytes: 1.5 }, /importMaxBytes/],
  [{ importMaxBytes: '1000' }, /importMaxBytes/],
  [{ checkoutSweepIntervalMs: 10 }, /checkoutSweepIntervalMs/],
  [{ checkoutTTLMinutes: 60 }, /settings\.checkoutTTLMinutes is not a known setting/],
])('refuses the settings %j', (settings, message) => {
  expect(() => plan({}, settings)).toThrow(message);
});
