import * as aws from '@pulumi/aws';
import type * as pulumi from '@pulumi/pulumi';

export interface StoreSecretArgs {
  /** Path-like name (`mpb/<environment>/<cell>/<what>`) so IAM and operators can scope by prefix. */
  secretName: string;
  description: string;
  value: pulumi.Input<string>;
  recoveryWindowInDays: number;
}

/**
 * Stores a value in Secrets Manager and returns the secret's ARN, taken from the version so that
 * anything using the ARN (a task definition) waits until the secret actually has a value.
 */
export function storeSecret(
  name: string,
  args: StoreSecretArgs,
  opts: pulumi.CustomResourceOptions,
): pulumi.Output<string> {
  const secret = new aws.secretsmanager.Secret(
    name,
    {
      name: args.secretName,
      description: args.description,
      recoveryWindowInDays: args.recoveryWindowInDays,
    },
    opts,
  );
  const version = new aws.secretsmanager.SecretVersion(
    `${name}-value`,
    // The AWS SDK marks secretString secret itself: encrypted in state, masked in output.
    { secretId: secret.id, secretString: args.value },
    opts,
  );
  return version.arn;
}
