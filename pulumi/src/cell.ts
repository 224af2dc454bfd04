import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';
import { planAppVariables, type CellIntegrations, type CellSettings } from './app-settings';
import { CellCache } from './cache';
import {
  assertPinnedImage,
  planCell,
  type CellKind,
  type Environment,
  type SizeOverrides,
} from './cell-plan';
import { CellDatabase, rdsCaBundlePath } from './database';
import { CellMediaBucket } from './media-bucket';
import { CellNetwork } from './network';
import { cellPorts } from './ports';
import { storeSecret } from './secret';
import { CellServices } from './services';
import { cellTags } from './tags';

export interface CellArgs {
  /** Also the cell's name in the control plane and its CELL_ID. */
  cellId: string;
  kind: CellKind;
  environment: Environment;
  region: string;
  /** Tenants the control plane may place here; defaults by kind (2,000 shared, 1 dedicated). */
  capacity?: number;
  network: {
    vpcId: string;
    /** At least two zones: RDS and a multi-AZ cache need them. */
    privateSubnetIds: string[];
    routerSecurityGroupId: string;
    controlPlaneSecurityGroupId?: string;
    allowedCidrs?: string[];
  };
  /** Images of the Dockerfile targets `cell-runtime`, `cell-worker` and `storefront`. */
  images: { cellRuntime: string; cellWorker: string; storefront: string };
  sizes?: SizeOverrides;
  /** Turns high availability on for a shared non-production cell; it is always on otherwise. */
  highAvailability?: boolean;
  logRetentionDays?: number;
  auth: {
    /** The control plane's public signing keys. */
    jwksUrl: string;
    /** Browser origins of the admin app, allowed to call the admin API. */
    adminOrigins: string[];
  };
  /** Shared with the control plane, which uses it to call this cell's `/internal` API. */
  internalApiToken: pulumi.Input<string>;
  /**
   * The previous internal token(s), comma-separated, still accepted while a rotation rolls out
   * (INTERNAL_API_TOKEN_PREVIOUS); leave unset outside a rotation.
   */
  internalApiTokenPrevious?: pulumi.Input<string>;
  /** Stripe, SMTP, WhatsApp, the public URL and a media CDN: the same for every cell. */
  integrations: CellIntegrations;
  /** Optional tuning of the API and the worker; unset keys keep the applications' defaults. */
  settings?: CellSettings;
}

export interface CellSecretArns {
  databaseMaster: pulumi.Output<string>;
  databaseOwnerUrl: pulumi.Output<string>;
  databaseAppUrl: pulumi.Output<string>;
  redisUrl: pulumi.Output<string>;
  internalApiToken: pulumi.Output<string>;
  /** STOREFRONT_REVALIDATE_TOKEN: generated per cell, given to the worker and the storefront. */
  storefrontRevalidateToken: pulumi.Output<string>;
  /** STOREFRONT_PREVIEW_SECRET: generated per cell, given to the cell API only. */
  storefrontPreviewSecret: pulumi.Output<string>;
  /** Only while a rotation is configured. */
  internalApiTokenPrevious?: pulumi.Output<string>;
}

/**
 * One complete, independent copy of the data plane. Everything it creates goes through its own
 * AWS provider, whose default tags put the cell's four tags on every taggable resource, so no
 * resource can be added without them.
 */
export class Cell extends pulumi.ComponentResource {
  readonly apiUrl: pulumi.Output<string>;
  readonly storefrontUrl: pulumi.Output<string>;
  readonly databaseEndpoint: pulumi.Output<string>;
  readonly redisEndpoint: pulumi.Output<string>;
  /** The cell's media bucket (MEDIA_S3_BUCKET). */
  readonly mediaBucketName: pulumi.Output<string>;
  readonly secretArns: CellSecretArns;
  readonly capacity: number;
  readonly highAvailability: boolean;

  constructor(name: string, args: CellArgs, opts?: pulumi.ComponentResourceOptions) {
    super('mpb:cell:Cell', name, {}, opts);
    // Resource names derive from `name`, tags and secret paths from `cellId`: one cell, one id.
    if (name !== args.cellId)
      throw new Error(`Cell name "${name}" must equal its cellId "${args.cellId}"`);
    const plan = planCell(args);
    assertPinnedImage(args.images.cellRuntime);
    assertPinnedImage(args.images.cellWorker);
    assertPinnedImage(args.images.storefront);
    const app = planAppVariables({
      environment: args.environment,
      integrations: args.integrations,
      settings: args.settings,
    });

    const provider = new aws.Provider(
      `${name}-aws`,
      { region: args.region, defaultTags: { tags: cellTags(args) } },
      { parent: this },
    );
    const children = { parent: this, providers: { aws: provider } };
    const secretPrefix = `mpb/${args.environment}/${args.cellId}`;
    const subnetIds = args.network.privateSubnetIds;
    if (subnetIds.length < 2) {
      throw new Error('privateSubnetIds needs subnets in at least two availability zones');
    }

    const network = new CellNetwork(
      name,
      {
        vpcId: args.network.vpcId,
        routerSecurityGroupId: args.network.routerSecurityGroupId,
        controlPlaneSecurityGroupId: args.network.controlPlaneSecurityGroupId,
        allowedCidrs: args.network.allowedCidrs,
      },
      children,
    );
    const database = new CellDatabase(
      name,
      {
        secretPrefix,
        subnetIds,
        securityGroupId: network.databaseSecurityGroupId,
        size: plan.sizes.database,
        highAvailability: plan.highAvailability,
        secretRecoveryDays: plan.secretRecoveryDays,
      },
      children,
    );
    const cache = new CellCache(
      name,
      {
        secretPrefix,
        subnetIds,
        securityGroupId: network.cacheSecurityGroupId,
        size: plan.sizes.cache,
        highAvailability: plan.highAvailability,
        secretRecoveryDays: plan.secretRecoveryDays,
      },
      children,
    );
    const internalApiToken = storeSecret(
      `${name}-internal-token`,
      {
        secretName: `${secretPrefix}/internal-api-token`,
        description: 'INTERNAL_API_TOKEN shared with the control plane',
        value: args.internalApiToken,
        recoveryWindowInDays: plan.secretRecoveryDays,
      },
      { parent: this, provider },
    );

    const previousInternalApiToken = args.internalApiTokenPrevious
      ? storeSecret(
          `${name}-internal-token-previous`,
          {
            secretName: `${secretPrefix}/internal-api-token-previous`,
            description: 'INTERNAL_API_TOKEN_PREVIOUS: tokens still accepted during a rotation',
            value: args.internalApiTokenPrevious,
            recoveryWindowInDays: plan.secretRecoveryDays,
          },
          { parent: this, provider },
        )
      : undefined;

    // The worker proves itself to the storefront's /internal/revalidate with it; the storefront
    // compares. Both read the same secret, so they cannot drift apart; letters and digits only,
    // as the storefront refuses whitespace.
    const revalidateToken = storeSecret(
      `${name}-revalidate-token`,
      {
        secretName: `${secretPrefix}/storefront/revalidate-token`,
        description: 'STOREFRONT_REVALIDATE_TOKEN shared by the cell worker and the storefront',
        value: new random.RandomPassword(
          `${name}-revalidate-token`,
          { length: 48, special: false },
          { parent: this },
        ).result,
        recoveryWindowInDays: plan.secretRecoveryDays,
      },
      { parent: this, provider },
    );
    // Signs the storefront preview tokens the cell API gives staff and checks when the
    // storefront presents them; only the API holds it.
    const previewSecret = storeSecret(
      `${name}-preview-secret`,
      {
        secretName: `${secretPrefix}/storefront/preview-secret`,
        description: 'STOREFRONT_PREVIEW_SECRET, held by the cell API only',
        value: new random.RandomPassword(
          `${name}-preview-secret`,
          { length: 48, special: false },
          { parent: this },
        ).result,
        recoveryWindowInDays: plan.secretRecoveryDays,
      },
      { parent: this, provider },
    );
    const media = new CellMediaBucket(
      name,
      { cdnDistributionArn: args.integrations.mediaCdn?.distributionArn },
      children,
    );
    // The API and the worker: the same cell, the same stores, reached the same way (the worker
    // also LISTENs on the database, so it needs the RDS CA too).
    const common = {
      NODE_ENV: 'production',
      CELL_ID: args.cellId,
      LOG_LEVEL: 'info',
      NODE_EXTRA_CA_CERTS: rdsCaBundlePath,
    };
    const stores = { DATABASE_URL: database.secretArns.appUrl, REDIS_URL: cache.urlSecretArn };

    const services = new CellServices(
      name,
      {
        region: args.region,
        vpcId: args.network.vpcId,
        subnetIds,
        appSecurityGroupId: network.appSecurityGroupId,
        workerSecurityGroupId: network.workerSecurityGroupId,
        loadBalancerSecurityGroupId: network.loadBalancerSecurityGroupId,
        logGroupPrefix: `/mpb/${args.environment}/${args.cellId}`,
        logRetentionDays: plan.logRetentionDays,
        highAvailability: plan.highAvailability,
        mediaBucketArn: media.bucketArn,
        api: {
          image: args.images.cellRuntime,
          size: plan.sizes.api,
          environment: {
            ...common,
            PORT: String(cellPorts.api),
            OPS_PORT: String(cellPorts.apiOps),
            AUTH_JWKS_URL: args.auth.jwksUrl,
            ADMIN_ORIGINS: args.auth.adminOrigins.join(','),
            // The router and the ALB both sit on private addresses; trust their X-Forwarded-For.
            TRUST_PROXY: 'loopback, uniquelocal',
            MEDIA_STORAGE: 's3',
            MEDIA_S3_BUCKET: media.bucketName,
            MEDIA_S3_REGION: args.region,
            ...app.api.environment,
          },
          secrets: {
            ...stores,
            INTERNAL_API_TOKEN: internalApiToken,
            STOREFRONT_PREVIEW_SECRET: previewSecret,
            ...(previousInternalApiToken
              ? { INTERNAL_API_TOKEN_PREVIOUS: previousInternalApiToken }
              : {}),
            ...app.api.secrets,
          },
        },
        worker: {
          image: args.images.cellWorker,
          size: plan.sizes.worker,
          environment: {
            ...common,
            OPS_PORT: String(cellPorts.workerOps),
            ...app.worker.environment,
          },
          secrets: {
            ...stores,
            STOREFRONT_REVALIDATE_TOKEN: revalidateToken,
            ...app.worker.secrets,
          },
        },
        storefront: {
          image: args.images.storefront,
          size: plan.sizes.storefront,
          environment: {
            NODE_ENV: 'production',
            CELL_ID: args.cellId,
            PORT: String(cellPorts.storefront),
            // Next.js standalone binds to HOSTNAME; the default would be the container's name.
            HOSTNAME: '0.0.0.0',
            NEXT_TELEMETRY_DISABLED: '1',
          },
          secrets: { STOREFRONT_REVALIDATE_TOKEN: revalidateToken },
        },
      },
      children,
    );

    this.apiUrl = services.apiUrl;
    this.storefrontUrl = services.storefrontUrl;
    this.databaseEndpoint = database.endpoint;
    this.redisEndpoint = cache.endpoint;
    this.mediaBucketName = media.bucketName;
    this.secretArns = {
      databaseMaster: database.secretArns.master,
      databaseOwnerUrl: database.secretArns.ownerUrl,
      databaseAppUrl: database.secretArns.appUrl,
      redisUrl: cache.urlSecretArn,
      internalApiToken,
      storefrontRevalidateToken: revalidateToken,
      storefrontPreviewSecret: previewSecret,
      ...(previousInternalApiToken ? { internalApiTokenPrevious: previousInternalApiToken } : {}),
    };
    this.capacity = plan.capacity;
    this.highAvailability = plan.highAvailability;
    this.registerOutputs({
      apiUrl: this.apiUrl,
      storefrontUrl: this.storefrontUrl,
      databaseEndpoint: this.databaseEndpoint,
      redisEndpoint: this.redisEndpoint,
      mediaBucketName: this.mediaBucketName,
      secretArns: this.secretArns,
    });
  }
}
