import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { cellPorts } from './ports';

export interface CellNetworkArgs {
  /** The platform VPC: the router's security group can only be referenced from inside it. */
  vpcId: pulumi.Input<string>;
  /** The global router: the one caller of the storefront and the public API. */
  routerSecurityGroupId: pulumi.Input<string>;
  /** The control plane and its worker call the cell's `/internal` API to provision tenants. */
  controlPlaneSecurityGroupId?: pulumi.Input<string>;
  /** Extra private ranges allowed to reach the load balancer (a peered VPC, a VPN). */
  allowedCidrs?: string[];
}

type Peer = { securityGroupId: pulumi.Input<string> } | { cidr: string };

const openToTheWorld = ['0.0.0.0/0', '::/0'];

/**
 * Security groups as a chain: callers -> load balancer -> tasks -> database and cache. Each hop
 * admits only the previous one, so nothing but the tasks can reach Postgres or Redis and nothing
 * but the router (and the control plane) can reach the tasks. The cell worker has a group of its
 * own that admits nothing at all: no one calls it, and its health check runs inside the task.
 * It reaches the database and cache like the tasks, and the storefront through the load
 * balancer's storefront listener. The VPC and subnets belong to the platform stack; a cell only
 * adds its groups to them.
 */
export class CellNetwork extends pulumi.ComponentResource {
  readonly loadBalancerSecurityGroupId: pulumi.Output<string>;
  readonly appSecurityGroupId: pulumi.Output<string>;
  readonly workerSecurityGroupId: pulumi.Output<string>;
  readonly databaseSecurityGroupId: pulumi.Output<string>;
  readonly cacheSecurityGroupId: pulumi.Output<string>;

  constructor(name: string, args: CellNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    super('mpb:cell:Network', name, {}, opts);
    const cidrs = args.allowedCidrs ?? [];
    const exposed = cidrs.filter((cidr) => openToTheWorld.includes(cidr));
    if (exposed.length > 0) {
      throw new Error(`allowedCidrs must not contain ${exposed.join(', ')}: cells are private`);
    }

    const group = (suffix: string, description: string) =>
      new aws.ec2.SecurityGroup(
        `${name}-${suffix}-sg`,
        { vpcId: args.vpcId, description },
        { parent: this },
      );
    const lb = group('lb', 'Cell internal load balancer: router and control plane only');
    const app = group('app', 'Cell ECS tasks: the cell load balancer only');
    const worker = group('worker', 'Cell worker tasks: no inbound traffic');
    const db = group('db', 'Cell Postgres: cell tasks only');
    const cache = group('cache', 'Cell Redis: cell tasks only');

    const callers = new Map<string, Peer>([
      ['router', { securityGroupId: args.routerSecurityGroupId }],
    ]);
    if (args.controlPlaneSecurityGroupId) {
      callers.set('control-plane', { securityGroupId: args.controlPlaneSecurityGroupId });
    }
    cidrs.forEach((cidr, index) => callers.set(`cidr-${index}`, { cidr }));
    for (const [caller, peer] of callers) {
      this.allowIn(`${name}-lb-from-${caller}`, lb, peer, cellPorts.listener);
    }

    // The target group health check reaches the ops port, so the load balancer needs it too.
    for (const [service, port] of [
      ['api', cellPorts.api],
      ['ops', cellPorts.apiOps],
      ['web', cellPorts.storefront],
    ] as const) {
      this.allowIn(`${name}-app-from-lb-${service}`, app, { securityGroupId: lb.id }, port);
      this.allowOut(`${name}-lb-to-app-${service}`, lb, { securityGroupId: app.id }, port);
    }
    this.allowIn(
      `${name}-lb-from-worker`,
      lb,
      { securityGroupId: worker.id },
      cellPorts.storefrontListener,
    );
    for (const [source, sourceGroup] of [
      ['app', app],
      ['worker', worker],
    ] as const) {
      const peer = { securityGroupId: sourceGroup.id };
      this.allowIn(`${name}-db-from-${source}`, db, peer, cellPorts.postgres);
      this.allowIn(`${name}-cache-from-${source}`, cache, peer, cellPorts.redis);
    }
    // Tasks pull images, read Secrets Manager and fetch the control plane's signing keys, through
    // the platform's NAT or VPC endpoints; the API also calls Stripe and S3, the worker SMTP and
    // WhatsApp. The database and cache get no egress at all.
    for (const [source, sourceGroup, description] of [
      ['app', app, 'AWS APIs, registry, control plane, Stripe'],
      ['worker', worker, 'AWS APIs, registry, SMTP, WhatsApp, cell load balancer'],
    ] as const) {
      new aws.vpc.SecurityGroupEgressRule(
        `${name}-${source}-egress`,
        { securityGroupId: sourceGroup.id, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0', description },
        { parent: this },
      );
    }

    this.loadBalancerSecurityGroupId = lb.id;
    this.appSecurityGroupId = app.id;
    this.workerSecurityGroupId = worker.id;
    this.databaseSecurityGroupId = db.id;
    this.cacheSecurityGroupId = cache.id;
    this.registerOutputs({
      loadBalancerSecurityGroupId: lb.id,
      appSecurityGroupId: app.id,
      workerSecurityGroupId: worker.id,
      databaseSecurityGroupId: db.id,
      cacheSecurityGroupId: cache.id,
    });
  }

  private allowIn(name: string, group: aws.ec2.SecurityGroup, peer: Peer, port: number): void {
    new aws.vpc.SecurityGroupIngressRule(
      name,
      { securityGroupId: group.id, ...peerArgs(peer), ...tcp(port) },
      { parent: this },
    );
  }

  private allowOut(name: string, group: aws.ec2.SecurityGroup, peer: Peer, port: number): void {
    new aws.vpc.SecurityGroupEgressRule(
      name,
      { securityGroupId: group.id, ...peerArgs(peer), ...tcp(port) },
      { parent: this },
    );
  }
}

function peerArgs(peer: Peer) {
  return 'cidr' in peer
    ? { cidrIpv4: peer.cidr }
    : { referencedSecurityGroupId: peer.securityGroupId };
}

function tcp(port: number) {
  return { ipProtocol: 'tcp', fromPort: port, toPort: port };
}
