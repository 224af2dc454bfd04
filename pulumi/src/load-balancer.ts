import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { cellPorts } from './ports';

export interface CellLoadBalancerArgs {
  vpcId: pulumi.Input<string>;
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  securityGroupId: pulumi.Input<string>;
  deletionProtection: boolean;
}

/**
 * Paths the API answers: the router sends `/api/*` here, and the control plane calls
 * `/internal/*` (the router itself never forwards `/internal`). Everything else is storefront.
 */
export const apiPathPatterns = ['/api/*', '/internal/*'];

/**
 * The cell's single entry: an internal ALB in private subnets. The router maps a tenant to this
 * cell's URLs and proxies here; there is no public address to find.
 */
export class CellLoadBalancer extends pulumi.ComponentResource {
  readonly url: pulumi.Output<string>;
  /** The storefront on its own listener, every path included: the cell worker's STOREFRONT_URL. */
  readonly storefrontInternalUrl: pulumi.Output<string>;
  readonly apiTargetGroupArn: pulumi.Output<string>;
  readonly storefrontTargetGroupArn: pulumi.Output<string>;
  /** Services wait for these: ECS rejects a target group that no listener uses yet. */
  readonly routing: pulumi.Resource[];

  constructor(name: string, args: CellLoadBalancerArgs, opts?: pulumi.ComponentResourceOptions) {
    super('mpb:cell:LoadBalancer', name, {}, opts);
    const parent = { parent: this };

    const alb = new aws.lb.LoadBalancer(
      `${name}-alb`,
      {
        internal: true,
        loadBalancerType: 'application',
        subnets: args.subnetIds,
        securityGroups: [args.securityGroupId],
        dropInvalidHeaderFields: true,
        enableDeletionProtection: args.deletionProtection,
        // Below cell-runtime's 65 s keep-alive, so the ALB never reuses a socket the app closed.
        idleTimeout: 60,
      },
      parent,
    );

    const targetGroup = (
      suffix: string,
      port: number,
      healthCheck: aws.types.input.lb.TargetGroupHealthCheck,
    ) =>
      new aws.lb.TargetGroup(
        `${name}-${suffix}`,
        {
          vpcId: args.vpcId,
          targetType: 'ip',
          protocol: 'HTTP',
          port,
          // Long enough for in-flight requests; shorter than ECS's stop timeout.
          deregistrationDelay: 30,
          healthCheck: {
            interval: 15,
            healthyThreshold: 2,
            unhealthyThreshold: 3,
            timeout: 5,
            ...healthCheck,
          },
        },
        parent,
      );
    // Readiness on the ops port checks the database, Redis and signing keys, not just the process.
    const api = targetGroup('api', cellPorts.api, {
      path: '/readyz',
      port: String(cellPorts.apiOps),
      matcher: '200',
    });
    // `/healthz` names no store: the checker's Host is an IP, which is never a store's host.
    const storefront = targetGroup('web', cellPorts.storefront, {
      path: '/healthz',
      port: 'traffic-port',
      matcher: '200',
    });

    const listener = new aws.lb.Listener(
      `${name}-http`,
      {
        loadBalancerArn: alb.arn,
        port: cellPorts.listener,
        protocol: 'HTTP',
        defaultActions: [{ type: 'forward', targetGroupArn: storefront.arn }],
      },
      parent,
    );
    const apiRule = new aws.lb.ListenerRule(
      `${name}-api-rule`,
      {
        listenerArn: listener.arn,
        priority: 10,
        conditions: [{ pathPattern: { values: apiPathPatterns } }],
        actions: [{ type: 'forward', targetGroupArn: api.arn }],
      },
      parent,
    );

    // The worker's way to the storefront's POST /internal/revalidate, which the main listener
    // sends to the API. Only the worker's security group may use this port (network.ts); the
    // router cannot, so /internal stays unreachable from the internet.
    const storefrontListener = new aws.lb.Listener(
      `${name}-web-internal`,
      {
        loadBalancerArn: alb.arn,
        port: cellPorts.storefrontListener,
        protocol: 'HTTP',
        defaultActions: [{ type: 'forward', targetGroupArn: storefront.arn }],
      },
      parent,
    );

    this.url = pulumi.interpolate`http://${alb.dnsName}`;
    this.storefrontInternalUrl = pulumi.interpolate`http://${alb.dnsName}:${cellPorts.storefrontListener}`;
    this.apiTargetGroupArn = api.arn;
    this.storefrontTargetGroupArn = storefront.arn;
    this.routing = [listener, apiRule, storefrontListener];
    this.registerOutputs({ url: this.url, storefrontInternalUrl: this.storefrontInternalUrl });
  }
}
