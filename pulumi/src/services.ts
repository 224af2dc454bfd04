import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import type { ServiceSize, WorkerSize } from './cell-plan';
import {
  containerDefinition,
  httpHealthCheck,
  type ContainerHealthCheck,
} from './container-definitions';
import { CellLoadBalancer } from './load-balancer';
import { cellPorts } from './ports';
import { createApiTaskRole, createExecutionRole } from './task-roles';

type Settings = Record<string, pulumi.Input<string>>;

export interface ContainerInputs<Size = ServiceSize> {
  image: string;
  size: Size;
  environment: Settings;
  /** Variable name -> Secrets Manager ARN. */
  secrets: Settings;
}

/** How the cell worker is started, whatever the image's CMD (Dockerfile target `cell-worker`). */
export const cellWorkerCommand = ['node', '--import', 'tsx', 'cell-runtime/src/worker/main.ts'];

export interface CellServicesArgs {
  region: string;
  vpcId: pulumi.Input<string>;
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  appSecurityGroupId: pulumi.Input<string>;
  workerSecurityGroupId: pulumi.Input<string>;
  loadBalancerSecurityGroupId: pulumi.Input<string>;
  /** `/mpb/<environment>/<cell>`: log group names, so operators can find a cell's logs. */
  logGroupPrefix: string;
  logRetentionDays: number;
  highAvailability: boolean;
  /** The cell API's task role may use this bucket's objects, and no other AWS resource. */
  mediaBucketArn: pulumi.Input<string>;
  api: ContainerInputs;
  /** The storefront is also given `CELL_API_URL`, this cell's load balancer. */
  storefront: ContainerInputs;
  /** The worker is also given `STOREFRONT_URL`, the load balancer's storefront listener. */
  worker: ContainerInputs<WorkerSize>;
}

interface TaskSpec<Size extends { cpu: number; memory: number }> {
  name: string;
  args: CellServicesArgs;
  executionRole: aws.iam.Role;
  taskRole?: aws.iam.Role;
  service: string;
  suffix: string;
  container: ContainerInputs<Size>;
  ports: number[];
  command?: string[];
  healthCheck?: ContainerHealthCheck;
}

/**
 * The cell's Fargate services: the API and the storefront behind its internal load balancer,
 * scaling on CPU, and the cell worker beside them with no load balancer. Tasks run in private
 * subnets without public addresses and get credentials only through `secrets`.
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
    const executionRole = createExecutionRole(
      name,
      [args.api, args.storefront, args.worker].flatMap((container) =>
        Object.values(container.secrets),
      ),
      this,
    );

    const common = { name, args, cluster, executionRole, routing: lb.routing };
    this.createBalancedService({
      ...common,
      service: 'cell-runtime',
      suffix: 'api',
      container: args.api,
      // Only the API calls AWS (S3); the storefront and the worker get no credentials at all.
      taskRole: createApiTaskRole(name, args.mediaBucketArn, this),
      ports: [cellPorts.api, cellPorts.apiOps],
      targetGroupArn: lb.apiTargetGroupArn,
    });
    this.createBalancedService({
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
    this.createWorkerService({
      ...common,
      service: 'cell-worker',
      suffix: 'worker',
      container: {
        ...args.worker,
        environment: { ...args.worker.environment, STOREFRONT_URL: lb.storefrontInternalUrl },
      },
      ports: [cellPorts.workerOps],
      command: cellWorkerCommand,
      healthCheck: httpHealthCheck(cellPorts.workerOps, '/readyz'),
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

  private createTask(spec: TaskSpec<{ cpu: number; memory: number }>): aws.ecs.TaskDefinition {
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
            command: spec.command,
            healthCheck: spec.healthCheck,
            ...resolved,
          }),
        ]),
      );
    return new aws.ecs.TaskDefinition(
      `${resource}-task`,
      {
        family: resource,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: String(container.size.cpu),
        memory: String(container.size.memory),
        runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
        executionRoleArn: spec.executionRole.arn,
        // Without a task role a compromised container gets no AWS credentials at all.
        ...(spec.taskRole ? { taskRoleArn: spec.taskRole.arn } : {}),
        containerDefinitions: definitions,
      },
      parent,
    );
  }

  private createBalancedService(
    spec: TaskSpec<ServiceSize> & {
      cluster: aws.ecs.Cluster;
      routing: pulumi.Resource[];
      /** The first port is the one the load balancer sends traffic to. */
      ports: [number, ...number[]];
      targetGroupArn: pulumi.Output<string>;
    },
  ): void {
    const { name, args } = spec;
    const size = spec.container.size;
    const parent = { parent: this };
    const resource = `${name}-${spec.suffix}`;
    const task = this.createTask(spec);
    const service = new aws.ecs.Service(
      `${resource}-service`,
      {
        cluster: spec.cluster.arn,
        taskDefinition: task.arn,
        launchType: 'FARGATE',
        desiredCount: size.desiredCount,
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
        minCapacity: size.minCount,
        maxCapacity: size.maxCount,
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

  /**
   * The cell worker: no load balancer and no inbound traffic; ECS judges it by the container
   * health check on its ops port's `/readyz` (database and Redis answer).
   *
   * More than one task is safe, and a rolling deployment runs two for a while anyway (the new
   * task starts before the old one stops). The outbox relay takes its batch with `for update
   * skip locked` and marks it published in the same transaction, so two relays take disjoint
   * rows and neither publishes a row the other holds; the only republication is the one a single
   * relay also has, a crash between XADD and commit (cell-runtime/src/events/relay.ts,
   * migration 0005-outbox). Consumers of one group split the stream between them, and a message
   * one consumer holds too long is claimed by another: every handler is idempotent (search
   * rebuilds the document, revalidation repeats, notifications lock their ledger row) and none
   * relies on order (ADR 0009). Both periodic jobs are safe to run twice at once:
   * `releaseCheckout` locks the checkout and re-checks its status, indexing is idempotent.
   */
  private createWorkerService(spec: TaskSpec<WorkerSize> & { cluster: aws.ecs.Cluster }): void {
    const { name, args } = spec;
    const size = spec.container.size;
    const task = this.createTask(spec);
    new aws.ecs.Service(
      `${name}-${spec.suffix}-service`,
      {
        cluster: spec.cluster.arn,
        taskDefinition: task.arn,
        launchType: 'FARGATE',
        desiredCount: size.desiredCount,
        networkConfiguration: {
          subnets: args.subnetIds,
          securityGroups: [args.workerSecurityGroupId],
          assignPublicIp: false,
        },
        deploymentMinimumHealthyPercent: 100,
        deploymentMaximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
        propagateTags: 'SERVICE',
        enableEcsManagedTags: true,
      },
      { parent: this },
    );
  }
}
