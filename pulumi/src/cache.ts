import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';
import type { CacheSize } from './cell-plan';
import { cellPorts } from './ports';
import { storeSecret } from './secret';

export interface CellCacheArgs {
  /** `mpb/<environment>/<cell>`: where this cache's secrets live in Secrets Manager. */
  secretPrefix: string;
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  securityGroupId: pulumi.Input<string>;
  size: CacheSize;
  highAvailability: boolean;
  secretRecoveryDays: number;
}

/**
 * The cell's Redis (tenant cache, rate limits). Encrypted at rest and in transit with an auth
 * token, so a leaked security group rule alone does not expose it. With high availability it
 * runs a replica in another zone and fails over by itself.
 */
export class CellCache extends pulumi.ComponentResource {
  readonly primaryAddress: pulumi.Output<string>;
  readonly endpoint: pulumi.Output<string>;
  /** REDIS_URL (`rediss://`, token included) for cell-runtime. */
  readonly urlSecretArn: pulumi.Output<string>;

  constructor(name: string, args: CellCacheArgs, opts?: pulumi.ComponentResourceOptions) {
    super('mpb:cell:Cache', name, {}, opts);
    const parent = { parent: this };

    const subnets = new aws.elasticache.SubnetGroup(
      `${name}-redis-subnets`,
      { subnetIds: args.subnetIds },
      parent,
    );
    // ElastiCache tokens allow 16-128 printable characters but not every symbol; alphanumerics
    // also keep the token usable inside a URL.
    const authToken = new random.RandomPassword(
      `${name}-redis-token`,
      { length: 64, special: false },
      parent,
    ).result;

    const group = new aws.elasticache.ReplicationGroup(
      `${name}-redis`,
      {
        description: `Marketplace Builder cell ${name}`,
        engine: 'redis',
        engineVersion: args.size.engineVersion,
        nodeType: args.size.nodeType,
        port: cellPorts.redis,
        numCacheClusters: args.highAvailability ? 2 : 1,
        automaticFailoverEnabled: args.highAvailability,
        multiAzEnabled: args.highAvailability,
        subnetGroupName: subnets.name,
        securityGroupIds: [args.securityGroupId],
        atRestEncryptionEnabled: true,
        transitEncryptionEnabled: true,
        transitEncryptionMode: 'required',
        authToken,
        autoMinorVersionUpgrade: true,
        snapshotRetentionLimit: args.highAvailability ? 3 : 1,
      },
      parent,
    );

    this.primaryAddress = group.primaryEndpointAddress;
    this.endpoint = pulumi.interpolate`${group.primaryEndpointAddress}:${cellPorts.redis}`;
    this.urlSecretArn = storeSecret(
      `${name}-redis-url`,
      {
        secretName: `${args.secretPrefix}/redis/url`,
        description: 'cell-runtime REDIS_URL (TLS, auth token included)',
        value: pulumi.interpolate`rediss://:${authToken}@${group.primaryEndpointAddress}:${cellPorts.redis}`,
        recoveryWindowInDays: args.secretRecoveryDays,
      },
      parent,
    );
    this.registerOutputs({ endpoint: this.endpoint, urlSecretArn: this.urlSecretArn });
  }
}
