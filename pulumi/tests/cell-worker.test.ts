import * as pulumi from '@pulumi/pulumi';
import type { ContainerDefinition } from '../src/container-definitions';
import { CellView, cellArgs, cellWorkerImage, platformSecretArns } from './support/cell-fixture';
import { createMockCloud } from './support/mock-cloud';

// The cell worker: a shared cell with the defaults, and a dedicated cell with three workers and
// WhatsApp turned on.
const cloud = createMockCloud();
const ids = { shared: 'stg-shared-2', dedicated: 'stg-globex' } as const;
type Key = keyof typeof ids;
const view = (key: Key) => new CellView(cloud.resources, ids[key]);

beforeAll(async () => {
  await pulumi.runtime.setMocks(cloud.mocks, 'marketplace-builder-cell', 'test');
  const { Cell } = await import('../src/cell');
  new Cell(ids.shared, cellArgs({ cellId: ids.shared, kind: 'shared', environment: 'staging' }));
  const dedicated = cellArgs({ cellId: ids.dedicated, kind: 'dedicated', environment: 'staging' });
  new Cell(ids.dedicated, {
    ...dedicated,
    sizes: { worker: { desiredCount: 3 } },
    integrations: {
      ...dedicated.integrations,
      whatsapp: {
        apiUrl: 'https://whatsapp.example.com/v1',
        apiTokenSecretArn: platformSecretArns.whatsappApiToken,
      },
    },
  });
  await pulumi.runtime.disconnect();
});

const variables = (definition: ContainerDefinition) => ({
  environment: Object.fromEntries(definition.environment.map((v) => [v.name, v.value])),
  secrets: Object.fromEntries(definition.secrets.map((v) => [v.name, v.valueFrom])),
});

describe.each(Object.keys(ids) as Key[])('%s cell', (key) => {
  const cell = () => view(key);
  const workerService = () => cell().one('aws:ecs/service:Service', `${ids[key]}-worker-service`);
  const worker = () => cell().container('cell-worker');

  it('runs the worker image with the worker command, on its ops port only', () => {
    expect(worker()).toMatchObject({
      image: cellWorkerImage,
      command: ['node', '--import', 'tsx', 'cell-runtime/src/worker/main.ts'],
      portMappings: [{ containerPort: 9550, protocol: 'tcp' }],
      essential: true,
    });
    const task = cell().one('aws:ecs/taskDefinition:TaskDefinition', `${ids[key]}-worker-task`);
    expect(task.inputs).toMatchObject({ requiresCompatibilities: ['FARGATE'], cpu: '512' });
    expect(workerService().inputs.taskDefinition).toBe(task.state.arn);
  });

  it('has no load balancer: ECS judges it by a container health check on /readyz of its ops port', () => {
    expect(workerService().inputs.loadBalancers).toBeUndefined();
    expect(workerService().inputs.healthCheckGracePeriodSeconds).toBeUndefined();
    const healthCheck = worker().healthCheck!;
    expect(healthCheck.command.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(healthCheck.command[3]).toContain("'http://127.0.0.1:9550/readyz'");
    expect(healthCheck.command[3]).toContain('process.exit(r.ok?0:1)');
    expect(healthCheck.retries).toBeGreaterThan(1);
    expect(healthCheck.startPeriod).toBeGreaterThan(0);
    const targetGroups = cell().ofType('aws:lb/targetGroup:TargetGroup');
    expect(targetGroups.map((group) => group.inputs.port).sort()).toEqual([3000, 4100]);
  });

  it('runs the configured number of workers (default 1), rolled with the circuit breaker, not autoscaled', () => {
    expect(workerService().inputs).toMatchObject({
      launchType: 'FARGATE',
      desiredCount: key === 'dedicated' ? 3 : 1,
      deploymentMinimumHealthyPercent: 100,
      deploymentMaximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      propagateTags: 'SERVICE',
    });
    const scaled = cell()
      .ofType('aws:appautoscaling/target:Target')
      .map((target) => target.name);
    expect(scaled.sort()).toEqual([`${ids[key]}-api-scaling`, `${ids[key]}-web-scaling`]);
  });

  it("reaches the cell's Postgres and Redis with the API's own secrets, as the application role", () => {
    const api = variables(cell().container('cell-runtime'));
    const { secrets, environment } = variables(worker());
    expect(secrets.DATABASE_URL).toBe(api.secrets.DATABASE_URL);
    expect(secrets.REDIS_URL).toBe(api.secrets.REDIS_URL);
    expect(cell().secretValue(secrets.DATABASE_URL!)).toMatch(/^postgres:\/\/mpb_cell_app:/);
    // verify-full needs the RDS CA, for the pool and for the relay's LISTEN connection.
    expect(environment.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/certs/rds-global-bundle.pem');
    // The same key prefix as the API (cell:<id>:), since neither sets it.
    expect(environment.REDIS_KEY_PREFIX).toBeUndefined();
    expect(api.environment.REDIS_KEY_PREFIX).toBeUndefined();
    expect(environment.CELL_ID).toBe(ids[key]);
  });

  it('gets its settings in the environment and its credentials as secrets', () => {
    const { environment, secrets } = variables(worker());
    expect(environment).toMatchObject({
      NODE_ENV: 'production',
      OPS_PORT: '9550',
      PUBLIC_BASE_URL: 'https://example.com',
      MAIL_FROM_ADDRESS: 'no-reply@example.com',
    });
    expect(secrets.SMTP_URL).toBe(platformSecretArns.smtpUrl);
    expect(Object.keys(environment)).not.toContain('SMTP_URL');
    if (key === 'dedicated') {
      expect(environment.WHATSAPP_API_URL).toBe('https://whatsapp.example.com/v1');
      expect(secrets.WHATSAPP_API_TOKEN).toBe(platformSecretArns.whatsappApiToken);
    } else {
      expect(environment.WHATSAPP_API_URL).toBeUndefined();
      expect(secrets.WHATSAPP_API_TOKEN).toBeUndefined();
    }
  });

  it("calls the storefront through the load balancer's storefront listener, which only the worker may reach", () => {
    const alb = cell().one('aws:lb/loadBalancer:LoadBalancer');
    const storefrontUrl = variables(worker()).environment.STOREFRONT_URL;
    expect(storefrontUrl).toBe(`http://${String(alb.state.dnsName)}:8080`);
    const listener = cell().one('aws:lb/listener:Listener', `${ids[key]}-web-internal`);
    const web = cell().one('aws:lb/targetGroup:TargetGroup', `${ids[key]}-web`);
    // Every path, /internal/revalidate included, goes to the storefront; no rule sends any to the API.
    expect(listener.inputs).toMatchObject({
      loadBalancerArn: alb.state.arn,
      port: 8080,
      protocol: 'HTTP',
      defaultActions: [{ type: 'forward', targetGroupArn: web.state.arn }],
    });
    expect(
      cell()
        .ofType('aws:lb/listenerRule:ListenerRule')
        .map((rule) => rule.inputs.listenerArn),
    ).not.toContain(listener.state.arn);
  });

  it('shares one generated revalidation token, a secret of this cell, between worker and storefront', () => {
    const workerToken = variables(worker()).secrets.STOREFRONT_REVALIDATE_TOKEN;
    const storefront = variables(cell().container('storefront'));
    expect(workerToken).toBeDefined();
    expect(storefront.secrets.STOREFRONT_REVALIDATE_TOKEN).toBe(workerToken);
    expect(storefront.environment.STOREFRONT_REVALIDATE_TOKEN).toBeUndefined();
    expect(cell().secretArns).toContain(workerToken);

    const password = cell().one(
      'random:index/randomPassword:RandomPassword',
      `${ids[key]}-revalidate-token`,
    );
    const value = cell().secretValue(workerToken!);
    expect(value).toBe(password.state.result);
    // The storefront refuses a token shorter than 32 characters or with whitespace.
    expect(password.inputs).toMatchObject({ special: false });
    expect(password.inputs.length as number).toBeGreaterThanOrEqual(32);
    const secret = cell()
      .ofType('aws:secretsmanager/secret:Secret')
      .find((candidate) => candidate.id === workerToken);
    expect(secret?.inputs.name).toBe(`mpb/staging/${ids[key]}/storefront/revalidate-token`);
  });

  it('gives the preview secret, generated for this cell, to the API only', () => {
    const api = variables(cell().container('cell-runtime'));
    const arn = api.secrets.STOREFRONT_PREVIEW_SECRET;
    expect(arn).toBeDefined();
    expect(cell().secretArns).toContain(arn);
    expect(api.environment.STOREFRONT_PREVIEW_SECRET).toBeUndefined();
    for (const container of ['cell-worker', 'storefront']) {
      const other = variables(cell().container(container));
      expect(other.secrets.STOREFRONT_PREVIEW_SECRET).toBeUndefined();
      expect(other.environment.STOREFRONT_PREVIEW_SECRET).toBeUndefined();
    }
    const password = cell().one(
      'random:index/randomPassword:RandomPassword',
      `${ids[key]}-preview-secret`,
    );
    expect(cell().secretValue(arn!)).toBe(password.state.result);
    // The cell API refuses a secret shorter than 32 characters.
    expect(password.inputs.length as number).toBeGreaterThanOrEqual(32);
  });

  it('gives the worker and the storefront no AWS credentials, the API only its task role', () => {
    const task = (suffix: string) =>
      cell().one('aws:ecs/taskDefinition:TaskDefinition', `${ids[key]}-${suffix}-task`).inputs;
    expect(task('worker').taskRoleArn).toBeUndefined();
    expect(task('web').taskRoleArn).toBeUndefined();
    const apiRole = cell().one('aws:iam/role:Role', `${ids[key]}-api-task-role`);
    expect(task('api').taskRoleArn).toBe(apiRole.state.arn);
  });
});

it('gives each cell its own revalidation token', () => {
  const token = (key: Key) => variables(view(key).container('cell-worker')).secrets;
  expect(token('shared').STOREFRONT_REVALIDATE_TOKEN).not.toBe(
    token('dedicated').STOREFRONT_REVALIDATE_TOKEN,
  );
});
