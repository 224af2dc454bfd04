import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export interface CellMediaBucketArgs {
  /** A CloudFront distribution allowed to read objects (MEDIA_PUBLIC_BASE_URL); none by default. */
  cdnDistributionArn?: string;
}

/**
 * The cell's product images (MEDIA_STORAGE=s3): one private bucket per cell, so a cell's tasks
 * can be granted its own bucket and nothing else. Only the cell API's task role (services.ts)
 * and, when configured, the platform's CDN can read it; nothing is public. Versioning stays off:
 * renditions are immutable under content-derived keys and a deleted image is meant to go.
 */
export class CellMediaBucket extends pulumi.ComponentResource {
  readonly bucketName: pulumi.Output<string>;
  readonly bucketArn: pulumi.Output<string>;

  constructor(name: string, args: CellMediaBucketArgs, opts?: pulumi.ComponentResourceOptions) {
    super('mpb:cell:MediaBucket', name, {}, opts);
    const parent = { parent: this };

    // Auto-named (`<cell>-media-<random>`): bucket names are global, and a destroyed cell's
    // name may not be free again at once. Not force-destroyed: `pulumi destroy` stops at a
    // bucket that still holds merchants' images rather than deleting them (README).
    const bucket = new aws.s3.Bucket(`${name}-media`, { forceDestroy: false }, parent);
    // ACLs off: access is decided by IAM and the bucket policy alone.
    new aws.s3.BucketOwnershipControls(
      `${name}-media-ownership`,
      { bucket: bucket.id, rule: { objectOwnership: 'BucketOwnerEnforced' } },
      parent,
    );
    const publicAccess = new aws.s3.BucketPublicAccessBlock(
      `${name}-media-public-access`,
      {
        bucket: bucket.id,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      parent,
    );
    // SSE-S3 rather than KMS: encrypted at rest with no key policy for the task role to need.
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-media-encryption`,
      {
        bucket: bucket.id,
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
      },
      parent,
    );

    const statements: unknown[] = [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ];
    if (args.cdnDistributionArn) {
      statements.push({
        Sid: 'CloudFrontReadsObjects',
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: pulumi.interpolate`${bucket.arn}/*`,
        Condition: { StringEquals: { 'AWS:SourceArn': args.cdnDistributionArn } },
      });
    }
    new aws.s3.BucketPolicy(
      `${name}-media-policy`,
      {
        bucket: bucket.id,
        policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: statements }),
      },
      // With the public access block in place first, S3 refuses any policy that would be public.
      { ...parent, dependsOn: [publicAccess] },
    );

    this.bucketName = bucket.bucket;
    this.bucketArn = bucket.arn;
    this.registerOutputs({ bucketName: this.bucketName, bucketArn: this.bucketArn });
  }
}
