import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

/** Only ECS tasks acting for this account may assume the role (confused-deputy protection). */
function ecsTasksTrustPolicy(parent: pulumi.Resource): pulumi.Output<string> {
  const account = aws.getCallerIdentityOutput({}, { parent }).accountId;
  return pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'ecs-tasks.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': account } },
      },
    ],
  });
}

/**
 * ECS's own role: pull the image, write logs, and read exactly the secrets the cell's containers
 * name (its own, and the platform's Stripe, SMTP and WhatsApp secrets). The containers never get
 * these credentials; ECS uses them to start the tasks.
 */
export function createExecutionRole(
  name: string,
  secretArns: pulumi.Input<string>[],
  parent: pulumi.Resource,
): aws.iam.Role {
  const opts = { parent };
  const role = new aws.iam.Role(
    `${name}-execution-role`,
    { assumeRolePolicy: ecsTasksTrustPolicy(parent) },
    opts,
  );
  new aws.iam.RolePolicyAttachment(
    `${name}-execution-managed`,
    { role: role.name, policyArn: aws.iam.ManagedPolicy.AmazonECSTaskExecutionRolePolicy },
    opts,
  );
  // Several containers share a secret (DATABASE_URL): list each ARN once.
  const resources = pulumi.all(secretArns).apply((arns) => [...new Set(arns)].sort());
  new aws.iam.RolePolicy(
    `${name}-execution-secrets`,
    {
      role: role.name,
      policy: pulumi.jsonStringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: resources },
        ],
      }),
    },
    opts,
  );
  return role;
}

/**
 * The cell API's task role: the credentials its code gets (the AWS SDK's default chain), for
 * media in its own cell's bucket and nothing else. `s3:ListBucket` on the bucket only makes S3
 * answer 404 rather than 403 for a missing key, which the API serves as "not found".
 */
export function createApiTaskRole(
  name: string,
  mediaBucketArn: pulumi.Input<string>,
  parent: pulumi.Resource,
): aws.iam.Role {
  const opts = { parent };
  const role = new aws.iam.Role(
    `${name}-api-task-role`,
    { assumeRolePolicy: ecsTasksTrustPolicy(parent) },
    opts,
  );
  new aws.iam.RolePolicy(
    `${name}-api-media`,
    {
      role: role.name,
      policy: pulumi.jsonStringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'MediaObjects',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
            Resource: pulumi.interpolate`${mediaBucketArn}/*`,
          },
          {
            Sid: 'MediaMissingKeysAre404',
            Effect: 'Allow',
            Action: 's3:ListBucket',
            Resource: mediaBucketArn,
          },
        ],
      }),
    },
    opts,
  );
  return role;
}
