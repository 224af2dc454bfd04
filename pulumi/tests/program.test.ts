import { registerCellBodySchema } from '@mpb/contracts';
import * as pulumi from '@pulumi/pulumi';
import type * as Program from '../index';
import { CellView } from './support/cell-fixture';
import { createMockCloud, valueOf } from './support/mock-cloud';

// The program as `pulumi up` runs it: configuration in, one cell out, outputs exported.
const project = 'marketplace-builder-cell';
const token = 'stack-config-internal-token';
const cloud = createMockCloud();
let program: typeof Program;

const images = {
  cellRuntime: '123456789012.dkr.ecr.eu-central-1.amazonaws.com/cell-runtime:2025.06.1',
  cellWorker: '123456789012.dkr.ecr.eu-central-1.amazonaws.com/cell-worker:2025.06.1',
  storefront: '123456789012.dkr.ecr.eu-central-1.amazonaws.com/storefront:2025.06.1',
};
const secretArn = (name: string) =>
  `arn:aws:secretsmanager:eu-central-1:123456789012:secret:mpb/staging/${name}-Ab12Cd`;
const config: Record<string, unknown> = {
  'aws:region': 'eu-central-1',
  cellId: 'staging-shared-3',
  cellKind: 'shared',
  environment: 'staging',
  network: {
    vpcId: 'vpc-0abc',
    privateSubnetIds: ['subnet-0a', 'subnet-0b'],
    routerSecurityGroupId: 'sg-router',
  },
  images,
  sizes: {
    api: { desiredCount: 2, minCount: 2, maxCount: 4 },
    database: { instanceClass: 'db.t4g.large' },
  },
  authJwksUrl: 'https://api.staging.example.com/.well-known/jwks.json',
  adminOrigins: ['https://admin.staging.example.com'],
  internalApiToken: token,
  publicBaseUrl: 'https://staging.example.com',
  stripe: { secretKeyArn: secretArn('stripe-secret-key') },
  mail: { smtpUrlSecretArn: secretArn('smtp-url'), fromAddress: 'no-reply@staging.example.com' },
  whatsapp: {
    apiUrl: 'https://whatsapp.example.com/v1',
    apiTokenSecretArn: secretArn('whatsapp-api-token'),
  },
  settings: { checkoutTtlMinutes: 45, publicCacheTtlSeconds: 0, checkoutSweepIntervalMs: 30000 },
};

beforeAll(async () => {
  await pulumi.runtime.setMocks(cloud.mocks, project, 'staging-shared-3');
  const entries = Object.entries(config).map(([key, value]) => [
    key.includes(':') ? key : `${project}:${key}`,
    typeof value === 'string' ? value : JSON.stringify(value),
  ]);
  pulumi.runtime.setAllConfig(Object.fromEntries(entries), [`${project}:internalApiToken`]);
  program = await import('../index');
  await pulumi.runtime.disconnect();
});

const cell = () => new CellView(cloud.resources, 'staging-shared-3');

it('exports what the control plane needs to register the cell', async () => {
  expect(program.cellId).toBe('staging-shared-3');
  expect(program.cellKind).toBe('shared');
  await expect(valueOf(pulumi.output(program.capacity))).resolves.toBe(2000);
  await expect(valueOf(program.apiUrl)).resolves.toMatch(
    /^http:\/\/internal-.+\.elb\.amazonaws\.com$/,
  );
  await expect(valueOf(program.storefrontUrl)).resolves.toMatch(/^http:\/\/internal-/);
  await expect(valueOf(program.databaseEndpoint)).resolves.toMatch(/\.rds\.amazonaws\.com:5432$/);
  await expect(valueOf(program.redisEndpoint)).resolves.toMatch(/:6379$/);
  await expect(valueOf(program.mediaBucketName)).resolves.toMatch(/^staging-shared-3-media-/);
  const arns = await valueOf(pulumi.output(program.secretArns));
  expect(Object.keys(arns).sort()).toEqual([
    'databaseAppUrl',
    'databaseMaster',
    'databaseOwnerUrl',
    'internalApiToken',
    'redisUrl',
    'storefrontPreviewSecret',
    'storefrontRevalidateToken',
  ]);
  for (const arn of Object.values(arns)) expect(arn).toMatch(/^arn:aws:secretsmanager:/);
});

it("exports a body the control plane's registerCell route accepts", async () => {
  const body = {
    kind: program.cellKind,
    region: program.region,
    capacity: await valueOf(pulumi.output(program.capacity)),
    apiUrl: await valueOf(program.apiUrl),
    storefrontUrl: await valueOf(program.storefrontUrl),
    status: 'provisioning',
  };
  expect(registerCellBodySchema.safeParse(body)).toMatchObject({ success: true });
});

it('uses the configured region, network, images and size overrides', () => {
  const provider = cell().one('pulumi:providers:aws');
  expect(provider.inputs.region).toBe('eu-central-1');
  expect(cell().one('aws:rds/instance:Instance').inputs.instanceClass).toBe('db.t4g.large');
  expect(
    cell().one('aws:appautoscaling/target:Target', 'staging-shared-3-api-scaling').inputs,
  ).toMatchObject({ minCapacity: 2, maxCapacity: 4 });
  expect(cell().container('cell-runtime').image).toBe(images.cellRuntime);
  expect(cell().container('cell-worker').image).toBe(images.cellWorker);
  expect(cell().container('storefront').image).toBe(images.storefront);
  const albGroup = (
    cell().one('aws:lb/loadBalancer:LoadBalancer').inputs.securityGroups as string[]
  )[0];
  expect(
    cell()
      .ingressTo(albGroup)
      .filter((rule) => rule.inputs.fromPort === 80)
      .map((rule) => rule.inputs.referencedSecurityGroupId),
  ).toEqual(['sg-router']);
});

it('stores the configured internal token in Secrets Manager as a secret, and nowhere in plain text', () => {
  const versions = cell().ofType('aws:secretsmanager/secretVersion:SecretVersion');
  const holder = versions.filter((version) => version.inputs.secretString === token);
  expect(holder).toHaveLength(1);
  expect(holder[0]!.secretInputs).toContain('secretString');
  const others = cloud.resources.filter((resource) => !versions.includes(resource));
  expect(JSON.stringify(others.map((resource) => resource.inputs))).not.toContain(token);
});

it('passes the configured integrations and settings to the processes that read them', () => {
  const variables = (service: string) => {
    const container = cell().container(service);
    return {
      environment: Object.fromEntries(container.environment.map((v) => [v.name, v.value])),
      secrets: Object.fromEntries(container.secrets.map((v) => [v.name, v.valueFrom])),
    };
  };
  const api = variables('cell-runtime');
  expect(api.secrets.STRIPE_SECRET_KEY).toBe(secretArn('stripe-secret-key'));
  expect(api.environment).toMatchObject({
    CHECKOUT_TTL_MINUTES: '45',
    PUBLIC_CACHE_TTL_SECONDS: '0',
    MEDIA_STORAGE: 's3',
    MEDIA_S3_REGION: 'eu-central-1',
  });
  expect(api.environment.CHECKOUT_SWEEP_INTERVAL_MS).toBeUndefined();

  const worker = variables('cell-worker');
  expect(worker.environment).toMatchObject({
    PUBLIC_BASE_URL: 'https://staging.example.com',
    MAIL_FROM_ADDRESS: 'no-reply@staging.example.com',
    WHATSAPP_API_URL: 'https://whatsapp.example.com/v1',
    CHECKOUT_SWEEP_INTERVAL_MS: '30000',
  });
  expect(worker.secrets).toMatchObject({
    SMTP_URL: secretArn('smtp-url'),
    WHATSAPP_API_TOKEN: secretArn('whatsapp-api-token'),
  });
});
