import type * as pulumi from '@pulumi/pulumi';

/**
 * An in-memory stand-in for AWS: Pulumi's mock monitor calls `newResource` for every resource the
 * program registers, so the tests see exactly the inputs `pulumi up` would send to the provider.
 * Computed outputs (ids, ARNs, endpoints) get deterministic fake values.
 */
export interface RecordedResource {
  type: string;
  name: string;
  id: string;
  custom: boolean;
  provider: string | undefined;
  /** Inputs with secrets revealed, so tests can compare values. */
  inputs: Record<string, unknown>;
  /** Top-level inputs that arrived marked secret (encrypted in state, masked in logs). */
  secretInputs: string[];
  state: Record<string, unknown>;
}

export const mockRegion = 'eu-west-1';
export const mockAccountId = '123456789012';

export function createMockCloud() {
  const resources: RecordedResource[] = [];
  const mocks: pulumi.runtime.Mocks = {
    newResource(args) {
      const raw = (args.inputs ?? {}) as Record<string, unknown>;
      const secretInputs = Object.keys(raw).filter((key) => containsSecret(raw[key]));
      const inputs = reveal(raw) as Record<string, unknown>;
      const { id, state } = fakeState(args.type, args.name, inputs);
      resources.push({
        type: args.type,
        name: args.name,
        id,
        custom: args.custom ?? true,
        provider: args.provider,
        inputs,
        secretInputs,
        state,
      });
      return { id, state };
    },
    call(args) {
      switch (args.token) {
        case 'aws:index/getCallerIdentity:getCallerIdentity':
          return {
            id: mockAccountId,
            accountId: mockAccountId,
            arn: `arn:aws:iam::${mockAccountId}:user/ci`,
            userId: 'ci',
          };
        default:
          // A new data source must be mocked deliberately, not silently answered with nothing.
          throw new Error(`unmocked invoke ${args.token}`);
      }
    },
  };
  return { resources, mocks };
}

// How the mock monitor hands over a secret input: wrapped in an object tagged with this signature.
const secretSignature = '1b47061264138c4ac30d75fd1eb44270';
const signatureKey = '4dabf18193072939515e22adb298388d';

function isSecretValue(value: unknown): value is { value: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)[signatureKey] === secretSignature
  );
}

function containsSecret(value: unknown): boolean {
  if (isSecretValue(value)) return true;
  if (Array.isArray(value)) return value.some(containsSecret);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsSecret);
  return false;
}

function reveal(value: unknown): unknown {
  if (isSecretValue(value)) return reveal(value.value);
  if (Array.isArray(value)) return value.map(reveal);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reveal(item)]));
  }
  return value;
}

function fakeState(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
): { id: string; state: Record<string, unknown> } {
  const arn = `arn:aws:mock:${mockRegion}:${mockAccountId}:${type.split(':')[1] ?? type}/${name}`;
  const base = { ...inputs, arn, name: inputs.name ?? name };
  switch (type) {
    case 'aws:secretsmanager/secret:Secret': {
      const secretArn = `arn:aws:secretsmanager:${mockRegion}:${mockAccountId}:secret:${String(inputs.name)}-AbCdEf`;
      return { id: secretArn, state: { ...base, arn: secretArn } };
    }
    case 'aws:secretsmanager/secretVersion:SecretVersion':
      return { id: `${name}-id`, state: { ...base, arn: inputs.secretId } };
    case 'random:index/randomPassword:RandomPassword':
      return { id: `${name}-id`, state: { ...inputs, result: fakePassword(name) } };
    case 'aws:rds/instance:Instance': {
      const address = `${name}.abc123.${mockRegion}.rds.amazonaws.com`;
      return {
        id: `${name}-id`,
        state: {
          ...base,
          address,
          port: inputs.port,
          endpoint: `${address}:${String(inputs.port)}`,
        },
      };
    }
    case 'aws:elasticache/replicationGroup:ReplicationGroup':
      return {
        id: `${name}-id`,
        state: {
          ...base,
          primaryEndpointAddress: `master.${name}.abc123.euw1.cache.amazonaws.com`,
        },
      };
    case 'aws:s3/bucket:Bucket': {
      // The provider auto-names a bucket (`<name>-<random>`); its ARN has no region or account.
      const bucket = typeof inputs.bucket === 'string' ? inputs.bucket : `${name}-a1b2c3d`;
      return { id: bucket, state: { ...base, bucket, arn: `arn:aws:s3:::${bucket}` } };
    }
    case 'aws:lb/loadBalancer:LoadBalancer':
      return {
        id: `${name}-id`,
        state: { ...base, dnsName: `internal-${name}-123456.${mockRegion}.elb.amazonaws.com` },
      };
    default:
      return { id: `${name}-id`, state: base };
  }
}

/** Recognisable, so a test can search everything else for a leaked credential. */
export function fakePassword(resourceName: string): string {
  return `GeneratedSecret${resourceName.replace(/[^a-zA-Z0-9]/g, '')}`;
}

/** Resolves an output's value (mocks run as an update, so values are known). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => {
    output.apply((value) => {
      resolve(value);
      return value;
    });
  });
}
