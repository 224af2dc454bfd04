/**
 * The decisions that make a cell "shared" or "dedicated": default sizes, high availability and
 * retention. Pure functions, so the policy is unit-testable without Pulumi, and so the program
 * and the control plane's Automation API (later) derive the same answers from the same inputs.
 */

export const cellKinds = ['shared', 'dedicated'] as const;
export type CellKind = (typeof cellKinds)[number];

export const environments = ['development', 'staging', 'production'] as const;
export type Environment = (typeof environments)[number];

/** One ECS service. CPU units and MiB, as Fargate counts them. */
export interface ServiceSize {
  cpu: number;
  memory: number;
  desiredCount: number;
  minCount: number;
  maxCount: number;
}

/**
 * The cell worker: a fixed number of tasks, no autoscaling. Its load follows the cell's write
 * rate (events, emails), not page views, and CPU says little about a group waiting on SMTP; raise
 * `desiredCount` when a consumer group lags (runbooks/cell-worker.md).
 */
export interface WorkerSize {
  cpu: number;
  memory: number;
  desiredCount: number;
}

export interface DatabaseSize {
  instanceClass: string;
  /** Major version only ("16"): RDS applies minor upgrades in the maintenance window. */
  engineVersion: string;
  allocatedStorageGb: number;
  /** Storage autoscaling ceiling, so a busy cell never fills its disk at 3 a.m. */
  maxAllocatedStorageGb: number;
  backupRetentionDays: number;
}

export interface CacheSize {
  nodeType: string;
  engineVersion: string;
}

export interface CellSizes {
  api: ServiceSize;
  storefront: ServiceSize;
  worker: WorkerSize;
  database: DatabaseSize;
  cache: CacheSize;
}

/** What a stack may override; anything left out keeps the default for the cell's kind. */
export interface SizeOverrides {
  api?: Partial<ServiceSize>;
  storefront?: Partial<ServiceSize>;
  worker?: Partial<WorkerSize>;
  database?: Partial<DatabaseSize>;
  cache?: Partial<CacheSize>;
}

export interface CellPlanInput {
  cellId: string;
  kind: CellKind;
  environment: Environment;
  sizes?: SizeOverrides;
  /** May turn high availability on for a shared non-production cell; can never turn it off. */
  highAvailability?: boolean;
  logRetentionDays?: number;
  /** Tenants the control plane may place here. */
  capacity?: number;
}

export interface CellPlan {
  sizes: CellSizes;
  /** Multi-AZ database and cache, deletion protection on the database and the load balancer. */
  highAvailability: boolean;
  logRetentionDays: number;
  /** Days a deleted secret can be restored; short outside production so a cell id can be reused. */
  secretRecoveryDays: number;
  capacity: number;
}

// A shared cell carries ~2,000 small tenants; a dedicated cell one enterprise tenant whose traffic
// alone can exceed that, and who pays for headroom and isolation.
const defaults: Record<CellKind, CellSizes> = {
  shared: {
    api: { cpu: 1024, memory: 2048, desiredCount: 3, minCount: 3, maxCount: 12 },
    storefront: { cpu: 1024, memory: 2048, desiredCount: 2, minCount: 2, maxCount: 8 },
    worker: { cpu: 512, memory: 1024, desiredCount: 1 },
    database: {
      instanceClass: 'db.r6g.large',
      engineVersion: '16',
      allocatedStorageGb: 100,
      maxAllocatedStorageGb: 1000,
      backupRetentionDays: 7,
    },
    cache: { nodeType: 'cache.r7g.large', engineVersion: '7.1' },
  },
  dedicated: {
    api: { cpu: 2048, memory: 4096, desiredCount: 3, minCount: 3, maxCount: 20 },
    storefront: { cpu: 1024, memory: 2048, desiredCount: 3, minCount: 3, maxCount: 12 },
    worker: { cpu: 512, memory: 1024, desiredCount: 1 },
    database: {
      instanceClass: 'db.r6g.xlarge',
      engineVersion: '16',
      allocatedStorageGb: 200,
      maxAllocatedStorageGb: 2000,
      backupRetentionDays: 14,
    },
    cache: { nodeType: 'cache.r7g.large', engineVersion: '7.1' },
  },
};

const defaultCapacity: Record<CellKind, number> = { shared: 2000, dedicated: 1 };

/** Postgres majors this program has a parameter group family and a tested app for. */
export const supportedPostgresMajors = ['15', '16'] as const;
/** Below this, a bad migration discovered after a long weekend cannot be undone. */
export const minimumBackupRetentionDays = 7;
/** The values CloudWatch Logs accepts (a subset; longer retention belongs in an archive). */
const logRetentionChoices = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731];

// RDS identifiers and ALB/target group names (32 characters, with Pulumi's 8-character suffix)
// are the tightest limits; CELL_ID in cell-runtime is also lowercase letters, digits and hyphens.
const cellIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const maxCellIdLength = 20;

export function defaultSizes(kind: CellKind): CellSizes {
  return structuredClone(defaults[kind]);
}

export function planCell(input: CellPlanInput): CellPlan {
  assertCellId(input.cellId);
  if (!cellKinds.includes(input.kind)) {
    throw new Error(`cellKind must be one of ${cellKinds.join(', ')}`);
  }
  if (!environments.includes(input.environment)) {
    throw new Error(`environment must be one of ${environments.join(', ')}`);
  }
  const sizes = mergeSizes(defaultSizes(input.kind), input.sizes ?? {});
  assertSizes(sizes);
  const isProduction = input.environment === 'production';
  const logRetentionDays = input.logRetentionDays ?? (isProduction ? 90 : 30);
  if (!logRetentionChoices.includes(logRetentionDays)) {
    throw new Error(`logRetentionDays must be one of ${logRetentionChoices.join(', ')}`);
  }
  const capacity = input.capacity ?? defaultCapacity[input.kind];
  // The control plane's cell registry accepts 1 to 100,000.
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 100_000) {
    throw new Error('capacity must be a whole number from 1 to 100000');
  }
  return {
    sizes,
    capacity,
    highAvailability: input.kind === 'dedicated' || isProduction || input.highAvailability === true,
    logRetentionDays,
    secretRecoveryDays: isProduction ? 30 : 7,
  };
}

function assertCellId(cellId: string): void {
  if (!cellIdPattern.test(cellId) || cellId.length > maxCellIdLength) {
    throw new Error(
      `cellId "${cellId}" must be lowercase letters, digits and single hyphens, start with a letter ` +
        `and be at most ${maxCellIdLength} characters`,
    );
  }
}

/**
 * An image must name an exact build (a tag other than `latest`, or a digest), so that a task
 * restarted next month runs the same code as the one deployed today.
 */
export function assertPinnedImage(image: string): void {
  const digest = /@sha256:[a-f0-9]{64}$/.test(image);
  const tag = /:([\w][\w.-]{0,127})$/.exec(image.split('/').pop() ?? '')?.[1];
  if (!digest && (!tag || tag === 'latest')) {
    throw new Error(`image "${image}" must be pinned to a tag other than latest, or to a digest`);
  }
}

function mergeSizes(base: CellSizes, overrides: SizeOverrides): CellSizes {
  return {
    api: { ...base.api, ...overrides.api },
    storefront: { ...base.storefront, ...overrides.storefront },
    worker: { ...base.worker, ...overrides.worker },
    database: { ...base.database, ...overrides.database },
    cache: { ...base.cache, ...overrides.cache },
  };
}

function assertSizes(sizes: CellSizes): void {
  for (const [service, size] of [
    ['api', sizes.api],
    ['storefront', sizes.storefront],
  ] as const) {
    for (const [field, value] of Object.entries(size)) {
      if (!Number.isInteger(value) || value < 1) {
        throw new Error(`sizes.${service}.${field} must be a positive integer`);
      }
    }
    if (!(size.minCount <= size.desiredCount && size.desiredCount <= size.maxCount)) {
      throw new Error(`sizes.${service} must satisfy minCount <= desiredCount <= maxCount`);
    }
  }
  // At least one worker: without it no event is relayed, so no email is sent and search and
  // storefront pages go stale. More than one is safe (services.ts says why).
  for (const [field, value] of Object.entries(sizes.worker)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`sizes.worker.${field} must be a positive integer`);
    }
  }
  const database = sizes.database;
  if (!(supportedPostgresMajors as readonly string[]).includes(database.engineVersion)) {
    throw new Error(
      `sizes.database.engineVersion must be one of ${supportedPostgresMajors.join(', ')}`,
    );
  }
  const retention = database.backupRetentionDays;
  // 35 days is the most RDS keeps automated backups for.
  if (!Number.isInteger(retention) || retention < minimumBackupRetentionDays || retention > 35) {
    throw new Error(
      `sizes.database.backupRetentionDays must be between ${minimumBackupRetentionDays} and 35`,
    );
  }
  if (database.maxAllocatedStorageGb < database.allocatedStorageGb) {
    throw new Error('sizes.database.maxAllocatedStorageGb must not be below allocatedStorageGb');
  }
}
