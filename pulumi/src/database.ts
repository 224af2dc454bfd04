import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';
import type { DatabaseSize } from './cell-plan';
import { cellPorts } from './ports';
import { storeSecret } from './secret';

/**
 * Role and database names, the same as scripts/dev uses locally. The owner runs migrations; the
 * application role is neither owner nor BYPASSRLS, which cell-runtime checks at start-up.
 */
export const databaseRoles = {
  admin: 'mpb_admin',
  owner: 'mpb_owner',
  app: 'mpb_cell_app',
} as const;
export const databaseName = 'mpb_cell';

/**
 * The RDS CA bundle inside the cell-runtime image. `verify-full` needs it: Node does not trust the
 * RDS CA out of the box, and anything weaker lets a spoofed endpoint read the traffic.
 */
export const rdsCaBundlePath = '/etc/ssl/certs/rds-global-bundle.pem';

export interface CellDatabaseArgs {
  /** `mpb/<environment>/<cell>`: where this database's secrets live in Secrets Manager. */
  secretPrefix: string;
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  securityGroupId: pulumi.Input<string>;
  size: DatabaseSize;
  highAvailability: boolean;
  secretRecoveryDays: number;
}

export interface DatabaseSecretArns {
  /** RDS master credentials in the RDS secret JSON shape (for the bootstrap job and rotation). */
  master: pulumi.Output<string>;
  /** Owner connection URL: migrations only. */
  ownerUrl: pulumi.Output<string>;
  /** Application connection URL: cell-runtime's DATABASE_URL. */
  appUrl: pulumi.Output<string>;
}

/**
 * The cell's Postgres: private, encrypted, TLS-only, backed up. The roles inside it are created by
 * the cell bootstrap job (`bootstrapDatabase` from @mpb/db) with the passwords stored here, since
 * this program cannot reach a database that only the cell's tasks can reach.
 */
export class CellDatabase extends pulumi.ComponentResource {
  readonly address: pulumi.Output<string>;
  readonly endpoint: pulumi.Output<string>;
  readonly secretArns: DatabaseSecretArns;

  constructor(name: string, args: CellDatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
    super('mpb:cell:Database', name, {}, opts);
    const parent = { parent: this };
    const size = args.size;

    const subnets = new aws.rds.SubnetGroup(
      `${name}-db-subnets`,
      { subnetIds: args.subnetIds },
      parent,
    );
    const parameters = new aws.rds.ParameterGroup(
      `${name}-db-params`,
      {
        family: `postgres${size.engineVersion}`,
        parameters: [
          // Refuse unencrypted connections at the server, whatever a client's URL says.
          { name: 'rds.force_ssl', value: '1' },
          // Slow queries in a shared cell are usually one tenant's; log them to find which.
          { name: 'log_min_duration_statement', value: '1000' },
        ],
      },
      parent,
    );

    const password = (role: string) =>
      // Letters and digits only: valid for RDS and safe inside a URL without escaping surprises.
      new random.RandomPassword(
        `${name}-db-${role}-password`,
        { length: 40, special: false },
        parent,
      ).result;
    const adminPassword = password('admin');

    const instance = new aws.rds.Instance(
      `${name}-db`,
      {
        engine: 'postgres',
        engineVersion: size.engineVersion,
        instanceClass: size.instanceClass,
        allocatedStorage: size.allocatedStorageGb,
        maxAllocatedStorage: size.maxAllocatedStorageGb,
        storageType: 'gp3',
        storageEncrypted: true,
        publiclyAccessible: false,
        dbSubnetGroupName: subnets.name,
        vpcSecurityGroupIds: [args.securityGroupId],
        parameterGroupName: parameters.name,
        port: cellPorts.postgres,
        username: databaseRoles.admin,
        password: adminPassword,
        multiAz: args.highAvailability,
        deletionProtection: args.highAvailability,
        backupRetentionPeriod: size.backupRetentionDays,
        copyTagsToSnapshot: true,
        // Always keep a final snapshot: even a staging cell holds thousands of tenants' test data.
        skipFinalSnapshot: false,
        finalSnapshotIdentifier: `${name}-final`,
        performanceInsightsEnabled: true,
        performanceInsightsRetentionPeriod: 7,
        enabledCloudwatchLogsExports: ['postgresql'],
        autoMinorVersionUpgrade: true,
        allowMajorVersionUpgrade: false,
        caCertIdentifier: 'rds-ca-rsa2048-g1',
      },
      parent,
    );

    const secret = (suffix: string, description: string, value: pulumi.Input<string>) =>
      storeSecret(
        `${name}-db-${suffix}`,
        {
          secretName: `${args.secretPrefix}/database/${suffix}`,
          description,
          value,
          recoveryWindowInDays: args.secretRecoveryDays,
        },
        parent,
      );
    const url = (role: string, rolePassword: pulumi.Input<string>) =>
      pulumi.interpolate`postgres://${role}:${pulumi.output(rolePassword).apply(encodeURIComponent)}@${instance.address}:${instance.port}/${databaseName}?sslmode=verify-full`;

    this.secretArns = {
      master: secret(
        'master',
        'RDS master credentials; used only by the cell bootstrap job',
        pulumi.jsonStringify({
          engine: 'postgres',
          host: instance.address,
          port: instance.port,
          username: databaseRoles.admin,
          password: adminPassword,
          dbname: 'postgres',
        }),
      ),
      ownerUrl: secret(
        'owner-url',
        'Schema owner connection URL; migrations only',
        url(databaseRoles.owner, password('owner')),
      ),
      appUrl: secret(
        'app-url',
        'cell-runtime DATABASE_URL (restricted role)',
        url(databaseRoles.app, password('app')),
      ),
    };
    this.address = instance.address;
    this.endpoint = instance.endpoint;
    this.registerOutputs({
      address: this.address,
      endpoint: this.endpoint,
      secretArns: this.secretArns,
    });
  }
}
