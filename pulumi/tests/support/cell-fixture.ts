import type { CellArgs } from '../../src/cell';
import type { ContainerDefinition } from '../../src/container-definitions';
import type { RecordedResource } from './mock-cloud';

export const routerSecurityGroupId = 'sg-router';
export const controlPlaneSecurityGroupId = 'sg-control-plane';
export const internalApiToken = 'config-internal-token-value';
export const previousInternalApiToken = 'config-previous-internal-token-value';
/** The platform's own secrets, created outside the program and named by ARN. */
export const platformSecretArns = {
  stripeSecretKey:
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:mpb/staging/stripe-secret-key-Ab12Cd',
  smtpUrl: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:mpb/staging/smtp-url-Ef34Gh',
  whatsappApiToken:
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:mpb/staging/whatsapp-api-token-Ij56Kl',
};
export const cellWorkerImage = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/cell-worker:1.4.2';

/** A valid cell; each test changes what it is about. */
export function cellArgs(
  overrides: Partial<CellArgs> & Pick<CellArgs, 'cellId' | 'kind' | 'environment'>,
): CellArgs {
  return {
    region: 'eu-west-1',
    network: {
      vpcId: 'vpc-platform',
      privateSubnetIds: ['subnet-a', 'subnet-b', 'subnet-c'],
      routerSecurityGroupId,
      controlPlaneSecurityGroupId,
      allowedCidrs: ['10.20.0.0/16'],
    },
    images: {
      cellRuntime: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/cell-runtime:1.4.2',
      cellWorker: cellWorkerImage,
      storefront: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront:1.4.2',
    },
    auth: {
      jwksUrl: 'https://api.example.com/.well-known/jwks.json',
      adminOrigins: ['https://admin.example.com'],
    },
    internalApiToken,
    integrations: {
      publicBaseUrl: 'https://example.com',
      stripe: { secretKeyArn: platformSecretArns.stripeSecretKey },
      mail: { smtpUrlSecretArn: platformSecretArns.smtpUrl, fromAddress: 'no-reply@example.com' },
    },
    ...overrides,
  };
}

/** The resources one cell created, found by the `<cellId>` / `<cellId>-...` naming convention. */
export class CellView {
  readonly resources: RecordedResource[];

  constructor(
    all: RecordedResource[],
    readonly cellId: string,
  ) {
    this.resources = all.filter((r) => r.name === cellId || r.name.startsWith(`${cellId}-`));
  }

  ofType(type: string): RecordedResource[] {
    return this.resources.filter((r) => r.type === type);
  }

  one(type: string, name?: string): RecordedResource {
    const found = this.ofType(type).filter((r) => name === undefined || r.name === name);
    if (found.length !== 1)
      throw new Error(
        `expected one ${type} ${name ?? ''} in ${this.cellId}, found ${found.length}`,
      );
    return found[0]!;
  }

  /** Ingress rules attached to a security group, by the group's id. */
  ingressTo(securityGroupId: unknown): RecordedResource[] {
    return this.ofType('aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule').filter(
      (rule) => rule.inputs.securityGroupId === securityGroupId,
    );
  }

  container(service: string): ContainerDefinition {
    for (const task of this.ofType('aws:ecs/taskDefinition:TaskDefinition')) {
      const definitions = JSON.parse(
        String(task.inputs.containerDefinitions),
      ) as ContainerDefinition[];
      const found = definitions.find((definition) => definition.name === service);
      if (found) return found;
    }
    throw new Error(`no container ${service} in ${this.cellId}`);
  }

  secretValue(secretArn: string): string {
    const version = this.ofType('aws:secretsmanager/secretVersion:SecretVersion').find(
      (v) => v.state.arn === secretArn,
    );
    if (!version) throw new Error(`no secret version for ${secretArn}`);
    return String(version.inputs.secretString);
  }

  get secretArns(): string[] {
    return this.ofType('aws:secretsmanager/secret:Secret').map((secret) => secret.id);
  }
}
