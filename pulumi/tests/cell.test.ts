import * as pulumi from '@pulumi/pulumi';
import type { Cell } from '../src/cell';
import {
  CellView,
  cellArgs,
  controlPlaneSecurityGroupId,
  internalApiToken,
  platformSecretArns,
  previousInternalApiToken,
  routerSecurityGroupId,
} from './support/cell-fixture';
import { createMockCloud, fakePassword, mockAccountId, valueOf } from './support/mock-cloud';

// Three cells in one mocked deployment, one per row of the policy table: shared outside
// production, shared in production, dedicated outside production.
const cloud = createMockCloud();
const ids = {
  sharedStaging: 'stg-shared-1',
  sharedProduction: 'prd-shared-1',
  dedicated: 'stg-acme',
} as const;
const cells = {} as Record<keyof typeof ids, Cell>;
const view = (key: keyof typeof ids) => new CellView(cloud.resources, ids[key]);
const everyCell = Object.keys(ids) as (keyof typeof ids)[];

beforeAll(async () => {
  // Mocks first: the components must register against the mock monitor, not a real engine.
  await pulumi.runtime.setMocks(cloud.mocks, 'marketplace-builder-cell', 'test');
  const { Cell } = await import('../src/cell');
  cells.sharedStaging = new Cell(
    ids.sharedStaging,
    cellArgs({ cellId: ids.sharedStaging, kind: 'shared', environment: 'staging' }),
  );
  cells.sharedProduction = new Cell(
    ids.sharedProduction,
    cellArgs({ cellId: ids.sharedProduction, kind: 'shared', environment: 'production' }),
  );
  cells.dedicated = new Cell(
    ids.dedicated,
    // Mid-rotation: it also accepts the previous internal token.
    cellArgs({
      cellId: ids.dedicated,
      kind: 'dedicated',
      environment: 'staging',
      internalApiTokenPrevious: previousInternalApiToken,
    }),
  );
  // Wait until every registration has reached the mock, so "every resource" means every one.
  await pulumi.runtime.disconnect();
});

describe.each(everyCell)('%s cell', (key) => {
  const cell = () => view(key);
  const rds = () => cell().one('aws:rds/instance:Instance');
  const redis = () => cell().one('aws:elasticache/replicationGroup:ReplicationGroup');
  const alb = () => cell().one('aws:lb/loadBalancer:LoadBalancer');
  const group = (suffix: string) =>
    cell().one('aws:ec2/securityGroup:SecurityGroup', `${ids[key]}-${suffix}-sg`).id;
  const service = (suffix: string) =>
    cell().one('aws:ecs/service:Service', `${ids[key]}-${suffix}-service`);

  describe('nothing is reachable from the internet', () => {
    it.each([
      ['database', 5432, () => (rds().inputs.vpcSecurityGroupIds as string[])[0]],
      ['Redis', 6379, () => (redis().inputs.securityGroupIds as string[])[0]],
    ] as const)(
      'keeps the %s private, its port open to the API tasks and the worker only',
      (_store, port, storeGroup) => {
        const rules = cell().ingressTo(storeGroup());
        expect(rules.map((rule) => rule.inputs.referencedSecurityGroupId).sort()).toEqual(
          [group('app'), group('worker')].sort(),
        );
        for (const rule of rules) {
          expect(rule.inputs).toMatchObject({ fromPort: port, toPort: port, ipProtocol: 'tcp' });
          expect(rule.inputs.cidrIpv4).toBeUndefined();
        }
      },
    );

    it('keeps the database itself off the internet', () => {
      expect(rds().inputs.publiclyAccessible).toBe(false);
    });

    it('runs tasks without public addresses; API and storefront reachable only from the load balancer', () => {
      const [lbGroup] = alb().inputs.securityGroups as string[];
      for (const suffix of ['api', 'web', 'worker']) {
        expect(service(suffix).inputs.networkConfiguration).toMatchObject({
          assignPublicIp: false,
          subnets: ['subnet-a', 'subnet-b', 'subnet-c'],
        });
      }
      for (const suffix of ['api', 'web']) {
        const [appGroup] = (
          service(suffix).inputs.networkConfiguration as { securityGroups: string[] }
        ).securityGroups;
        expect(appGroup).toBe(group('app'));
        const sources = cell()
          .ingressTo(appGroup)
          .map((rule) => rule.inputs.referencedSecurityGroupId);
        expect(new Set(sources)).toEqual(new Set([lbGroup]));
      }
    });

    it('gives the worker a security group of its own that admits nothing', () => {
      expect(service('worker').inputs.networkConfiguration).toMatchObject({
        securityGroups: [group('worker')],
      });
      expect(cell().ingressTo(group('worker'))).toEqual([]);
    });

    it('puts an internal load balancer in front, open to the router, the control plane and listed ranges', () => {
      expect(alb().inputs).toMatchObject({
        internal: true,
        loadBalancerType: 'application',
        subnets: ['subnet-a', 'subnet-b', 'subnet-c'],
      });
      const [lbGroup] = alb().inputs.securityGroups as string[];
      const onPort = (port: number) =>
        cell()
          .ingressTo(lbGroup)
          .filter((rule) => rule.inputs.fromPort === port)
          .map((rule) => rule.inputs.referencedSecurityGroupId ?? rule.inputs.cidrIpv4);
      expect(onPort(80).sort()).toEqual(
        ['10.20.0.0/16', controlPlaneSecurityGroupId, routerSecurityGroupId].sort(),
      );
      // The storefront listener, where /internal/* reaches the storefront: the worker only.
      expect(onPort(8080)).toEqual([group('worker')]);
      expect(cell().ingressTo(lbGroup)).toHaveLength(4);
    });

    it('has no ingress rule open to 0.0.0.0/0 anywhere, nor inline rules that bypass the check', () => {
      const rules = cell().ofType('aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule');
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule.inputs.cidrIpv4).not.toBe('0.0.0.0/0');
        expect(rule.inputs.cidrIpv6).toBeUndefined();
      }
      for (const group of cell().ofType('aws:ec2/securityGroup:SecurityGroup'))
        expect(group.inputs.ingress).toBeUndefined();
    });
  });

  describe('encryption', () => {
    it('encrypts the database at rest and forces TLS through its parameter group', () => {
      expect(rds().inputs).toMatchObject({ storageEncrypted: true, engine: 'postgres' });
      expect(['15', '16']).toContain(rds().inputs.engineVersion);
      const parameterGroup = cell()
        .ofType('aws:rds/parameterGroup:ParameterGroup')
        .find((group) => group.state.name === rds().inputs.parameterGroupName);
      expect(parameterGroup?.inputs.family).toBe(`postgres${String(rds().inputs.engineVersion)}`);
      expect(parameterGroup?.inputs.parameters).toContainEqual(
        expect.objectContaining({ name: 'rds.force_ssl', value: '1' }),
      );
    });

    it('encrypts Redis at rest and in transit, with an auth token', () => {
      expect(redis().inputs).toMatchObject({
        atRestEncryptionEnabled: true,
        transitEncryptionEnabled: true,
        transitEncryptionMode: 'required',
      });
      expect(redis().inputs.authToken).toBe(fakePassword(`${ids[key]}-redis-token`));
      expect(redis().secretInputs).toContain('authToken');
    });

    it('gives the application TLS URLs for both stores', async () => {
      const arns = cells[key].secretArns;
      expect(cell().secretValue(await valueOf(arns.redisUrl))).toMatch(/^rediss:\/\//);
      expect(cell().secretValue(await valueOf(arns.databaseAppUrl))).toMatch(
        /[?&]sslmode=verify-full(&|$)/,
      );
    });
  });

  describe('secrets', () => {
    it('takes the master password from a generated password and stores it in Secrets Manager', async () => {
      const generated = fakePassword(`${ids[key]}-db-admin-password`);
      expect(rds().inputs.password).toBe(generated);
      expect(rds().secretInputs).toContain('password');
      const master = JSON.parse(
        cell().secretValue(await valueOf(cells[key].secretArns.databaseMaster)),
      ) as Record<string, unknown>;
      expect(master).toMatchObject({ username: rds().inputs.username, password: generated });
    });

    it("hands credentials to cell-runtime through secrets, as ARNs of this cell's or the platform's", () => {
      const runtime = cell().container('cell-runtime');
      const names = runtime.secrets.map((secret) => secret.name).sort();
      const rotating = key === 'dedicated' ? ['INTERNAL_API_TOKEN_PREVIOUS'] : [];
      expect(names).toEqual([
        'DATABASE_URL',
        'INTERNAL_API_TOKEN',
        ...rotating,
        'REDIS_URL',
        'STOREFRONT_PREVIEW_SECRET',
        'STRIPE_SECRET_KEY',
      ]);
      for (const secret of runtime.secrets) {
        if (secret.name === 'STRIPE_SECRET_KEY') continue;
        expect(cell().secretArns).toContain(secret.valueFrom);
      }
    });

    it("takes the platform's Stripe key from its secret, never as a plain value", () => {
      const runtime = cell().container('cell-runtime');
      expect(runtime.secrets).toContainEqual({
        name: 'STRIPE_SECRET_KEY',
        valueFrom: platformSecretArns.stripeSecretKey,
      });
      for (const container of ['cell-runtime', 'cell-worker', 'storefront'])
        expect(
          cell()
            .container(container)
            .environment.map((v) => v.name),
        ).not.toContain('STRIPE_SECRET_KEY');
    });

    it('connects cell-runtime as the restricted application role, not the owner or master', () => {
      const databaseUrl = cell()
        .container('cell-runtime')
        .secrets.find((s) => s.name === 'DATABASE_URL')!;
      expect(cell().secretValue(databaseUrl.valueFrom)).toMatch(/^postgres:\/\/mpb_cell_app:/);
      const token = cell()
        .container('cell-runtime')
        .secrets.find((s) => s.name === 'INTERNAL_API_TOKEN')!;
      expect(cell().secretValue(token.valueFrom)).toBe(internalApiToken);
      const previous = cell()
        .container('cell-runtime')
        .secrets.find((s) => s.name === 'INTERNAL_API_TOKEN_PREVIOUS');
      if (key === 'dedicated')
        expect(cell().secretValue(previous!.valueFrom)).toBe(previousInternalApiToken);
      else expect(previous).toBeUndefined();
    });

    it('puts no credential in any container environment', () => {
      const credentials = [
        internalApiToken,
        previousInternalApiToken,
        ...cell()
          .ofType('random:index/randomPassword:RandomPassword')
          .map((password) => String(password.state.result)),
      ];
      for (const container of ['cell-runtime', 'cell-worker', 'storefront']) {
        for (const { name, value } of cell().container(container).environment) {
          expect(name).not.toMatch(/PASSWORD|TOKEN|SECRET|DATABASE_URL|REDIS_URL/i);
          for (const credential of credentials) expect(value).not.toContain(credential);
        }
      }
    });

    it('marks every stored secret value as a Pulumi secret, so state and logs never show it', () => {
      const versions = cell().ofType('aws:secretsmanager/secretVersion:SecretVersion');
      expect(versions).toHaveLength(key === 'dedicated' ? 8 : 7);
      for (const version of versions) expect(version.secretInputs).toContain('secretString');
    });

    it.each(['execution-role', 'api-task-role'])(
      'lets only ECS tasks of this account assume the %s',
      (role) => {
        const trust = cell().one('aws:iam/role:Role', `${ids[key]}-${role}`).inputs;
        expect(JSON.parse(String(trust.assumeRolePolicy))).toEqual({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'ecs-tasks.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'aws:SourceAccount': mockAccountId } },
            },
          ],
        });
      },
    );

    it('lets ECS read exactly the secrets the containers name, and nothing else', () => {
      const policy = JSON.parse(
        String(
          cell().one('aws:iam/rolePolicy:RolePolicy', `${ids[key]}-execution-secrets`).inputs
            .policy,
        ),
      ) as {
        Statement: { Action: string; Resource: string[] }[];
      };
      expect(policy.Statement).toHaveLength(1);
      expect(policy.Statement[0]!.Action).toBe('secretsmanager:GetSecretValue');
      const granted = policy.Statement[0]!.Resource;
      expect(granted).not.toContain('*');
      const used = ['cell-runtime', 'cell-worker', 'storefront'].flatMap((container) =>
        cell()
          .container(container)
          .secrets.map((secret) => secret.valueFrom),
      );
      expect(granted).toEqual([...new Set(used)].sort());
    });
  });

  describe('tags', () => {
    it("tags everything through the cell's own provider, with the four tags", () => {
      const provider = cell().one('pulumi:providers:aws');
      const defaultTags = provider.inputs.defaultTags;
      const parsed = (typeof defaultTags === 'string' ? JSON.parse(defaultTags) : defaultTags) as {
        tags: unknown;
      };
      const kind = key === 'dedicated' ? 'dedicated' : 'shared';
      const environment = key === 'sharedProduction' ? 'production' : 'staging';
      expect(parsed.tags).toEqual({
        'mpb:cell-id': ids[key],
        'mpb:cell-kind': kind,
        'mpb:environment': environment,
        ManagedBy: 'pulumi',
      });
    });

    it('creates every AWS resource with that provider, so none misses the default tags', () => {
      const awsResources = cell().resources.filter((r) => r.custom && r.type.startsWith('aws:'));
      expect(awsResources.length).toBeGreaterThan(30);
      const provider = cell().one('pulumi:providers:aws');
      const providerRef = `pulumi:providers:aws::${provider.name}::${provider.id}`;
      const untagged = awsResources
        .filter((r) => !r.provider?.endsWith(providerRef))
        .map((r) => `${r.type} ${r.name}`);
      expect(untagged).toEqual([]);
    });

    it('carries the tags on to running tasks and snapshots', () => {
      for (const service of cell().ofType('aws:ecs/service:Service'))
        expect(service.inputs.propagateTags).toBe('SERVICE');
      expect(rds().inputs.copyTagsToSnapshot).toBe(true);
    });
  });

  describe('load balancing and services', () => {
    it('health-checks the API on /readyz at the ops port, and the storefront on /', () => {
      const api = cell().one('aws:lb/targetGroup:TargetGroup', `${ids[key]}-api`);
      expect(api.inputs).toMatchObject({
        port: 4100,
        targetType: 'ip',
        healthCheck: { path: '/readyz', port: '9500' },
      });
      const web = cell().one('aws:lb/targetGroup:TargetGroup', `${ids[key]}-web`);
      expect(web.inputs).toMatchObject({
        port: 3000,
        healthCheck: { path: '/healthz', matcher: '200' },
      });
      // A 5xx storefront must be replaced, whatever else the matcher accepts.
      expect(String((web.inputs.healthCheck as { matcher: string }).matcher)).not.toMatch(/5\d\d/);
    });

    it('sends /api/* and /internal/* to the API and everything else to the storefront', () => {
      const api = cell().one('aws:lb/targetGroup:TargetGroup', `${ids[key]}-api`);
      const web = cell().one('aws:lb/targetGroup:TargetGroup', `${ids[key]}-web`);
      const listener = cell().one('aws:lb/listener:Listener', `${ids[key]}-http`);
      expect(listener.inputs.defaultActions).toEqual([
        expect.objectContaining({ type: 'forward', targetGroupArn: web.state.arn }),
      ]);
      const rule = cell().one('aws:lb/listenerRule:ListenerRule');
      expect(rule.inputs.conditions).toEqual([
        { pathPattern: { values: ['/api/*', '/internal/*'] } },
      ]);
      expect(rule.inputs.actions).toEqual([
        expect.objectContaining({ type: 'forward', targetGroupArn: api.state.arn }),
      ]);
    });

    it("points the storefront at its own cell's API through the load balancer", () => {
      const environment = cell().container('storefront').environment;
      expect(environment).toContainEqual({
        name: 'CELL_API_URL',
        value: `http://${String(alb().state.dnsName)}`,
      });
      expect(cell().container('cell-runtime').environment).toContainEqual({
        name: 'CELL_ID',
        value: ids[key],
      });
    });

    it('runs the three services on Fargate, the API and storefront with CPU autoscaling within the planned bounds', () => {
      const services = cell().ofType('aws:ecs/service:Service');
      expect(services).toHaveLength(3);
      for (const service of services)
        expect(service.inputs).toMatchObject({ launchType: 'FARGATE' });
      const targets = cell().ofType('aws:appautoscaling/target:Target');
      expect(targets).toHaveLength(2);
      for (const target of targets) {
        expect(target.inputs.minCapacity as number).toBeLessThanOrEqual(
          target.inputs.maxCapacity as number,
        );
      }
      for (const policy of cell().ofType('aws:appautoscaling/policy:Policy')) {
        expect(policy.inputs.targetTrackingScalingPolicyConfiguration).toMatchObject({
          predefinedMetricSpecification: {
            predefinedMetricType: 'ECSServiceAverageCPUUtilization',
          },
        });
      }
    });

    it('keeps logs for a bounded time', () => {
      const groups = cell().ofType('aws:cloudwatch/logGroup:LogGroup');
      const prefix = `/mpb/${key === 'sharedProduction' ? 'production' : 'staging'}/${ids[key]}`;
      expect(groups.map((group) => group.inputs.name).sort()).toEqual([
        `${prefix}/cell-runtime`,
        `${prefix}/cell-worker`,
        `${prefix}/storefront`,
      ]);
      for (const group of groups) expect(group.inputs.retentionInDays).toEqual(expect.any(Number));
    });
  });

  it('exports the URLs, endpoints and secret ARNs the control plane registers', async () => {
    const dns = String(alb().state.dnsName);
    await expect(valueOf(cells[key].apiUrl)).resolves.toBe(`http://${dns}`);
    await expect(valueOf(cells[key].storefrontUrl)).resolves.toBe(`http://${dns}`);
    await expect(valueOf(cells[key].databaseEndpoint)).resolves.toBe(rds().state.endpoint);
    await expect(valueOf(cells[key].redisEndpoint)).resolves.toBe(
      `${String(redis().state.primaryEndpointAddress)}:6379`,
    );
    const arns = await Promise.all(Object.values(cells[key].secretArns).map(valueOf));
    expect(new Set(arns)).toEqual(new Set(cell().secretArns));
  });
});

describe('shared and dedicated cells differ as designed', () => {
  const rds = (key: keyof typeof ids) => view(key).one('aws:rds/instance:Instance').inputs;
  const redis = (key: keyof typeof ids) =>
    view(key).one('aws:elasticache/replicationGroup:ReplicationGroup').inputs;
  const alb = (key: keyof typeof ids) => view(key).one('aws:lb/loadBalancer:LoadBalancer').inputs;

  it.each(['dedicated', 'sharedProduction'] as const)(
    '%s: multi-AZ database and cache, deletion protection',
    (key) => {
      expect(rds(key)).toMatchObject({ multiAz: true, deletionProtection: true });
      expect(redis(key)).toMatchObject({
        multiAzEnabled: true,
        automaticFailoverEnabled: true,
        numCacheClusters: 2,
      });
      expect(alb(key).enableDeletionProtection).toBe(true);
    },
  );

  it('shared outside production: single zone, no deletion protection, one cache node', () => {
    expect(rds('sharedStaging')).toMatchObject({ multiAz: false, deletionProtection: false });
    expect(redis('sharedStaging')).toMatchObject({
      multiAzEnabled: false,
      automaticFailoverEnabled: false,
      numCacheClusters: 1,
    });
  });

  it('keeps at least a week of backups with performance insights and a final snapshot everywhere', () => {
    for (const key of everyCell) {
      expect(rds(key).backupRetentionPeriod as number).toBeGreaterThanOrEqual(7);
      expect(rds(key)).toMatchObject({
        performanceInsightsEnabled: true,
        skipFinalSnapshot: false,
      });
    }
    expect(rds('dedicated').backupRetentionPeriod as number).toBeGreaterThan(
      rds('sharedStaging').backupRetentionPeriod as number,
    );
  });

  it('sizes a dedicated cell bigger than a shared one', () => {
    const apiTask = (key: keyof typeof ids) =>
      view(key).one('aws:ecs/taskDefinition:TaskDefinition', `${ids[key]}-api-task`).inputs;
    expect(Number(apiTask('dedicated').cpu)).toBeGreaterThan(Number(apiTask('sharedStaging').cpu));
    expect(rds('dedicated').instanceClass).not.toBe(rds('sharedStaging').instanceClass);
    expect(cells.sharedStaging.capacity).toBe(2000);
    expect(cells.dedicated.capacity).toBe(1);
  });
});
