import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import type { ServiceSize } from './cell-plan';
import { containerDefinition } from './container-definitions';
import { CellLoadBalancer } from './load-balancer';
import { cellPorts } from './ports';

type Settings = Record<string, pulumi.Input<string>>;

export interface ContainerInputs {
  image: string;
  size: ServiceSize;
  environment: Settings;
  /** Variable name -> Secrets Manager ARN. */
  secrets: Settings;
}

export interface CellServicesArgs {
  region: string;
  vpcId: pulumi.Input<string>;
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  appSecurityGroupId: pulumi.Input<string>;
  loadBalancerSecurityGroupId: pulumi.Input<string>;
  /** `/mpb/<environment>/<cell>`: log group names, so operators can find a cell's logs. */
  logGroupPrefix: string;
  logRetentionDays: number;
  highAvailability: boolean;
  api: ContainerInputs;
  /** The storefront is also given `CELL_API_URL`, this cell's load balancer. */
  storefront: ContainerInputs;
}

/**
 * The cell's two Fargate services behind its internal load balancer. Tasks run in private
 * subnets without public addresses, get credentials only through `secrets`, and scale on CPU.
 */
export class CellServices extends pulumi.ComponentResource {
  readonly apiUrl: pulumi.Output<string>;
  readonly storefrontUrl: pulumi.Output<string>;
  readonly clusterName: pulumi.Output<string>;

  constructor(name: string, args: CellServicesArgs, opts?: pulumi.ComponentResourceOptions) {
    super('mpb:cell:Services', name, {}, opts);
    const parent = { parent: this };

    const lb = new CellLoadBalancer(
      name,
      {
        vpcId: args.vpcId,
        subnetIds: args.subnetIds,
        securityGroupId: args.loadBalancerSecurityGroupId,
        deletionProtection: args.highAvailability,
      },
      parent,
    );
    const cluster = new aws.ecs.Cluster(
      `${name}-cluster`,
      { settings: [{ name: 'containerInsights', value: 'enabled' }] },
      parent,
    );
    const secretArns = [
      ...Object.values(args.api.secrets),
      ...Object.values(args.storefront.secrets),
    ];
    const executionRole = this.createExecutionRole(name, secretArns);

    const common = { name, args, cluster, executionRole, routing: lb.routing };
    this.createService({
      ...common,
      service: 'cell-runtime',
      suffix: 'api',
      container: args.api,
      ports: [cellPorts.api, cellPorts.apiOps],
      targetGroupArn: lb.apiTargetGroupArn,
    });
    this.createService({
      ...common,
      service: 'storefront',
      suffix: 'web',
      container: {
        ...args.storefront,
        environment: { ...args.storefront.environment, CELL_API_URL: lb.url },
      },
      ports: [cellPorts.storefront],
      targetGroupArn: lb.storefrontTargetGroupArn,
    });

    // One load balancer, routed by path: the router sends /api/* to apiUrl, the rest to storefrontUrl.
    this.apiUrl = lb.url;
    this.storefrontUrl = lb.url;
    this.clusterName = cluster.name;
    this.registerOutputs({
      apiUrl: this.apiUrl,
      storefrontUrl: this.storefrontUrl,
      clusterName: this.clusterName,
    });
  }

  /** ECS's own role: pull the image, write logs, and read exactly this cell's secrets. */
  private createExecutionRole(name: string, secretArns: pulumi.Input<string>[]): aws.iam.Role {
    const parent = { parent: this };
    const account = aws.getCallerIdentityOutput({}, parent).accountId;
    const role = new aws.iam.Role(
      `${name}-execution-role`,
      {
        assumeRolePolicy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'ecs-tasks.amazonaws.com' },
              Action: 'sts:AssumeRole',
              // Only ECS acting for this account may assume it (confused-deputy protection).
              Condition: { StringEquals: { 'aws:SourceAccount': account } },
            },
          ],
        }),
      },
      parent,
    );
    new aws.iam.RolePolicyAttachment(
      `${name}-execution-managed`,
      { role: role.name, policyArn: aws.iam.ManagedPolicy.AmazonECSTaskExecutionRolePolicy },
      parent,
    );
    new aws.iam.RolePolicy(
      `${name}-execution-secrets`,
      {
        role: role.name,
        policy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: secretArns },
          ],
        }),
      },
      parent,
    );
    return role;
  }

  private createService(spec: {
    name: string;
    args: CellServicesArgs;
    cluster: aws.ecs.Cluster;
    executionRole: aws.iam.Role;
    routing: pulumi.Resource[];
    service: string;
    suffix: string;
    container: ContainerInputs;
    /** The first port is the one the load balancer sends traffic to. */
    ports: [number, ...number[]];
    targetGroupArn: pulumi.Output<string>;
  }): void {
    const { name, args, container } = spec;
    const parent = { parent: this };
    const resource = `${name}-${spec.suffix}`;

    const logs = new aws.cloudwatch.LogGroup(
      `${resource}-logs`,
      { name: `${args.logGroupPrefix}/${spec.service}`, retentionInDays: args.logRetentionDays },
      parent,
    );
    const definitions = pulumi
      .output({
        environment: container.environment,
        secrets: container.secrets,
        logGroupName: logs.name,
      })
      .apply((resolved) =>
        JSON.stringify([
          containerDefinition({
            name: spec.service,
            image: container.image,
            ports: spec.ports,
            region: args.region,
            ...resolved,
          }),
        ]),
      );
    // No task role: neither container calls AWS APIs, so a compromised task gets no credentials.
    const task = new aws.ecs.TaskDefinition(
      `${resource}-task`,
      {
        family: resource,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: String(container.size.cpu),
        memory: String(container.size.memory),
        runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
        executionRoleArn: spec.executionRole.arn,
        containerDefinitions: definitions,
      },
      parent,
    );
    const service = new aws.ecs.Service(
      `${resource}-service`,
      {
        cluster: spec.cluster.arn,
        taskDefinition: task.arn,
        launchType: 'FARGATE',
        desiredCount: container.size.desiredCount,
        networkConfiguration: {
          subnets: args.subnetIds,
          securityGroups: [args.appSecurityGroupId],
          assignPublicIp: false,
        },
        loadBalancers: [
          {
            targetGroupArn: spec.targetGroupArn,
            containerName: spec.service,
            containerPort: spec.ports[0],
          },
        ],
        // cell-runtime retries the control plane's signing keys in the background; give it time.
        healthCheckGracePeriodSeconds: 60,
        deploymentCircuitBreaker: { enable: true, rollback: true },
        propagateTags: 'SERVICE',
        enableEcsManagedTags: true,
      },
      // The autoscaler owns the running count after the first deploy.
      { ...parent, dependsOn: spec.routing, ignoreChanges: ['desiredCount'] },
    );

    const target = new aws.appautoscaling.Target(
      `${resource}-scaling`,
      {
        serviceNamespace: 'ecs',
        scalableDimension: 'ecs:service:DesiredCount',
        resourceId: pulumi.interpolate`service/${spec.cluster.name}/${service.name}`,
        minCapacity: container.size.minCount,
        maxCapacity: container.size.maxCount,
      },
      parent,
    );
    new aws.appautoscaling.Policy(
      `${resource}-cpu`,
      {
        policyType: 'TargetTrackingScaling',
        serviceNamespace: target.serviceNamespace,
        scalableDimension: target.scalableDimension,
        resourceId: target.resourceId,
        targetTrackingScalingPolicyConfiguration: {
          predefinedMetricSpecification: {
            predefinedMetricType: 'ECSServiceAverageCPUUtilization',
          },
          // Headroom for a burst while new tasks start (about a minute on Fargate).
          targetValue: 60,
          scaleOutCooldown: 60,
          scaleInCooldown: 300,
        },
      },
      parent,
    );
  }
}
