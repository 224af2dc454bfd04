import { assertPinnedImage, defaultSizes, planCell, type CellPlanInput } from '../src/cell-plan';

const shared: CellPlanInput = { cellId: 'stg-shared-1', kind: 'shared', environment: 'staging' };

describe('planCell', () => {
  it('turns high availability on for dedicated and production cells, and only on request otherwise', () => {
    expect(planCell(shared).highAvailability).toBe(false);
    expect(planCell({ ...shared, highAvailability: true }).highAvailability).toBe(true);
    expect(planCell({ ...shared, environment: 'production' }).highAvailability).toBe(true);
    expect(planCell({ ...shared, kind: 'dedicated' }).highAvailability).toBe(true);
  });

  it('never lets configuration turn high availability off where it is required', () => {
    expect(
      planCell({ ...shared, kind: 'dedicated', highAvailability: false }).highAvailability,
    ).toBe(true);
    expect(
      planCell({ ...shared, environment: 'production', highAvailability: false }).highAvailability,
    ).toBe(true);
  });

  it('merges size overrides into the defaults of the kind', () => {
    const plan = planCell({
      ...shared,
      sizes: { api: { maxCount: 30 }, database: { instanceClass: 'db.r7g.2xlarge' } },
    });
    expect(plan.sizes.api).toEqual({ ...defaultSizes('shared').api, maxCount: 30 });
    expect(plan.sizes.database.instanceClass).toBe('db.r7g.2xlarge');
    expect(plan.sizes.database.backupRetentionDays).toBe(
      defaultSizes('shared').database.backupRetentionDays,
    );
  });

  it('runs one worker by default, and as many as configured', () => {
    expect(planCell(shared).sizes.worker.desiredCount).toBe(1);
    expect(planCell({ ...shared, kind: 'dedicated' }).sizes.worker.desiredCount).toBe(1);
    expect(planCell({ ...shared, sizes: { worker: { desiredCount: 2 } } }).sizes.worker).toEqual({
      ...defaultSizes('shared').worker,
      desiredCount: 2,
    });
  });

  it('defaults capacity, log retention and secret recovery by kind and environment', () => {
    expect(planCell(shared)).toMatchObject({
      capacity: 2000,
      logRetentionDays: 30,
      secretRecoveryDays: 7,
    });
    expect(planCell({ ...shared, kind: 'dedicated', environment: 'production' })).toMatchObject({
      capacity: 1,
      logRetentionDays: 90,
      secretRecoveryDays: 30,
    });
  });

  it.each([
    ['an upper-case cell id', { cellId: 'Shared-1' }, /cellId/],
    ['a cell id too long for AWS names', { cellId: 'a'.repeat(21) }, /cellId/],
    ['a double hyphen', { cellId: 'a--b' }, /cellId/],
    ['an unknown kind', { kind: 'huge' as never }, /cellKind/],
    [
      'less than a week of backups',
      { sizes: { database: { backupRetentionDays: 3 } } },
      /backupRetentionDays/,
    ],
    [
      'more backups than RDS keeps',
      { sizes: { database: { backupRetentionDays: 36 } } },
      /backupRetentionDays/,
    ],
    [
      'an unsupported Postgres major',
      { sizes: { database: { engineVersion: '13' } } },
      /engineVersion/,
    ],
    [
      'a desired count outside the scaling range',
      { sizes: { api: { desiredCount: 20 } } },
      /minCount <= desiredCount <= maxCount/,
    ],
    ['a fractional CPU', { sizes: { storefront: { cpu: 0.5 } } }, /positive integer/],
    [
      'no worker at all (nothing would relay events or send email)',
      { sizes: { worker: { desiredCount: 0 } } },
      /sizes\.worker\.desiredCount must be a positive integer/,
    ],
    ['a fractional worker', { sizes: { worker: { desiredCount: 1.5 } } }, /sizes\.worker/],
    ['a log retention CloudWatch does not offer', { logRetentionDays: 10 }, /logRetentionDays/],
    ['a zero capacity', { capacity: 0 }, /capacity/],
    ['more capacity than the registry accepts', { capacity: 100_001 }, /capacity/],
  ])('rejects %s', (_label, change, message) => {
    expect(() => planCell({ ...shared, ...change })).toThrow(message);
  });
});

describe('assertPinnedImage', () => {
  it.each([
    'registry.example.com:5000/cell-runtime:1.4.2',
    `123456789012.dkr.ecr.eu-west-1.amazonaws.com/cell-runtime@sha256:${'a'.repeat(64)}`,
  ])('accepts %s', (image) => {
    expect(() => assertPinnedImage(image)).not.toThrow();
  });

  it.each(['registry.example.com:5000/cell-runtime', 'cell-runtime:latest', 'cell-runtime'])(
    'rejects %s',
    (image) => {
      expect(() => assertPinnedImage(image)).toThrow(/pinned/);
    },
  );
});
