import * as pulumi from '@pulumi/pulumi';
import { CellView, cellArgs } from './support/cell-fixture';
import { createMockCloud, type RecordedResource } from './support/mock-cloud';

// Product images in S3: two shared cells side by side (so "its own bucket" means something), a
// dedicated (enterprise) cell, and one shared cell behind a CDN.
const cloud = createMockCloud();
const ids = {
  shared: 'stg-shared-4',
  neighbour: 'stg-shared-5',
  dedicated: 'prd-initech',
  withCdn: 'stg-shared-6',
} as const;
type Key = keyof typeof ids;
const view = (key: Key) => new CellView(cloud.resources, ids[key]);
const distributionArn = 'arn:aws:cloudfront::123456789012:distribution/E2EXAMPLE123';

beforeAll(async () => {
  await pulumi.runtime.setMocks(cloud.mocks, 'marketplace-builder-cell', 'test');
  const { Cell } = await import('../src/cell');
  for (const key of ['shared', 'neighbour'] as const)
    new Cell(ids[key], cellArgs({ cellId: ids[key], kind: 'shared', environment: 'staging' }));
  new Cell(
    ids.dedicated,
    cellArgs({ cellId: ids.dedicated, kind: 'dedicated', environment: 'production' }),
  );
  const withCdn = cellArgs({ cellId: ids.withCdn, kind: 'shared', environment: 'staging' });
  new Cell(ids.withCdn, {
    ...withCdn,
    integrations: {
      ...withCdn.integrations,
      mediaCdn: { publicBaseUrl: 'https://media.example.com', distributionArn },
    },
  });
  await pulumi.runtime.disconnect();
});

interface Statement {
  Sid?: string;
  Effect: string;
  Principal?: unknown;
  Action: string | string[];
  Resource: string | string[];
  Condition?: unknown;
}
const statements = (resource: RecordedResource, input = 'policy') =>
  (JSON.parse(String(resource.inputs[input])) as { Statement: Statement[] }).Statement;
const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

describe.each(Object.keys(ids) as Key[])('%s cell', (key) => {
  const cell = () => view(key);
  const bucket = () => cell().one('aws:s3/bucket:Bucket');
  const onBucket = (type: string) =>
    cell()
      .ofType(type)
      .filter((resource) => resource.inputs.bucket === bucket().id);

  it('has exactly one media bucket of its own, kept on destroy while it holds images', () => {
    expect(bucket().name).toBe(`${ids[key]}-media`);
    expect(bucket().inputs.forceDestroy).toBe(false);
  });

  it('blocks every kind of public access and disables ACLs', () => {
    const [block] = onBucket('aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock');
    expect(block?.inputs).toMatchObject({
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    const [ownership] = onBucket('aws:s3/bucketOwnershipControls:BucketOwnershipControls');
    expect(ownership?.inputs.rule).toEqual({ objectOwnership: 'BucketOwnerEnforced' });
  });

  it('encrypts at rest and leaves versioning off', () => {
    const [encryption] = onBucket(
      'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration',
    );
    expect(encryption?.inputs.rules).toEqual([
      { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
    ]);
    expect(cell().ofType('aws:s3/bucketVersioning:BucketVersioning')).toEqual([]);
    expect(cell().ofType('aws:s3/bucketVersioningV2:BucketVersioningV2')).toEqual([]);
    expect(bucket().inputs.versioning).toBeUndefined();
  });

  it('refuses plain HTTP, and lets no one but the CDN (when configured) in through its policy', () => {
    const [policy] = onBucket('aws:s3/bucketPolicy:BucketPolicy');
    const found = statements(policy!);
    const arn = String(bucket().state.arn);
    expect(found).toContainEqual({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [arn, `${arn}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    const allows = found.filter((statement) => statement.Effect === 'Allow');
    if (key === 'withCdn') {
      expect(allows).toEqual([
        expect.objectContaining({
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Action: 's3:GetObject',
          Resource: `${arn}/*`,
          Condition: { StringEquals: { 'AWS:SourceArn': distributionArn } },
        }),
      ]);
    } else {
      expect(allows).toEqual([]);
    }
  });

  it('tells the API to store images in this bucket, in its region', () => {
    const environment = cell().container('cell-runtime').environment;
    expect(environment).toEqual(
      expect.arrayContaining([
        { name: 'MEDIA_STORAGE', value: 's3' },
        { name: 'MEDIA_S3_BUCKET', value: bucket().state.bucket },
        { name: 'MEDIA_S3_REGION', value: 'eu-west-1' },
      ]),
    );
    const cdnUrl = environment.find((v) => v.name === 'MEDIA_PUBLIC_BASE_URL')?.value;
    expect(cdnUrl).toBe(key === 'withCdn' ? 'https://media.example.com' : undefined);
  });

  it("lets the API's task role read, write and delete objects of this cell's bucket only", () => {
    const role = cell().one('aws:iam/role:Role', `${ids[key]}-api-task-role`);
    const policies = cell()
      .ofType('aws:iam/rolePolicy:RolePolicy')
      .filter((policy) => policy.inputs.role === role.state.name);
    expect(policies).toHaveLength(1);
    expect(cell().ofType('aws:iam/rolePolicyAttachment:RolePolicyAttachment')).not.toContainEqual(
      expect.objectContaining({ inputs: expect.objectContaining({ role: role.state.name }) }),
    );
    const arn = String(bucket().state.arn);
    const granted = statements(policies[0]!);
    expect(granted.every((statement) => statement.Effect === 'Allow')).toBe(true);
    const objects = granted.find((statement) => list(statement.Resource).includes(`${arn}/*`));
    expect(list(objects!.Action).sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:PutObject',
    ]);
    // Listing only turns a missing key's 403 into a 404; it grants no object.
    const listing = granted.find((statement) => statement !== objects);
    expect(listing).toMatchObject({ Action: 's3:ListBucket', Resource: arn });
    expect(granted).toHaveLength(2);
    expect(granted.flatMap((statement) => list(statement.Resource)).sort()).toEqual(
      [arn, `${arn}/*`].sort(),
    );
  });
});

it("never grants one cell's API another cell's bucket", () => {
  const keys = Object.keys(ids) as Key[];
  const bucketArns = keys.map((key) => String(view(key).one('aws:s3/bucket:Bucket').state.arn));
  expect(new Set(bucketArns).size).toBe(keys.length);
  for (const key of keys) {
    const own = String(view(key).one('aws:s3/bucket:Bucket').state.arn);
    const policy = view(key).one('aws:iam/rolePolicy:RolePolicy', `${ids[key]}-api-media`);
    const resources = statements(policy).flatMap((statement) => list(statement.Resource));
    for (const resource of resources) expect([own, `${own}/*`]).toContain(resource);
    for (const other of bucketArns.filter((arn) => arn !== own))
      expect(JSON.stringify(policy.inputs)).not.toContain(other);
  }
});

it('gives a dedicated (enterprise) cell a bucket of its own, not a shared one', () => {
  const dedicated = view('dedicated').one('aws:s3/bucket:Bucket');
  const shared = view('shared').one('aws:s3/bucket:Bucket');
  expect(dedicated.state.bucket).not.toBe(shared.state.bucket);
  expect(dedicated.state.bucket).toMatch(/^prd-initech-media-/);
});
