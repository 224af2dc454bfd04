/** The subset of an ECS container definition this program writes. */
export interface ContainerDefinition {
  name: string;
  image: string;
  essential: boolean;
  portMappings: { containerPort: number; protocol: 'tcp' }[];
  environment: { name: string; value: string }[];
  secrets: { name: string; valueFrom: string }[];
  logConfiguration: { logDriver: 'awslogs'; options: Record<string, string> };
  stopTimeout: number;
  linuxParameters: { initProcessEnabled: boolean };
}

export interface ContainerSpec {
  name: string;
  image: string;
  ports: number[];
  /** Plain settings: visible in the console and the task definition, so never a credential. */
  environment: Record<string, string>;
  /** Variable name -> Secrets Manager ARN; ECS resolves them when the task starts. */
  secrets: Record<string, string>;
  logGroupName: string;
  region: string;
}

// Names that hold credentials. A value under such a name in `environment` would be readable by
// anyone who can describe the task definition, so it is refused before anything is deployed.
const credentialName = /PASSWORD|TOKEN|SECRET|PRIVATE|_KEY$|^DATABASE_URL$|^REDIS_URL$/i;

export function containerDefinition(spec: ContainerSpec): ContainerDefinition {
  const leaked = Object.keys(spec.environment).filter((name) => credentialName.test(name));
  if (leaked.length > 0) {
    throw new Error(
      `${spec.name}: ${leaked.join(', ')} must be passed as secrets, not environment`,
    );
  }
  return {
    name: spec.name,
    image: spec.image,
    essential: true,
    portMappings: spec.ports.map((containerPort) => ({ containerPort, protocol: 'tcp' })),
    environment: Object.entries(spec.environment).map(([name, value]) => ({ name, value })),
    secrets: Object.entries(spec.secrets).map(([name, valueFrom]) => ({ name, valueFrom })),
    logConfiguration: {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': spec.logGroupName,
        'awslogs-region': spec.region,
        'awslogs-stream-prefix': spec.name,
      },
    },
    // Time for the app's shutdown hooks after SIGTERM (the ALB has already drained it).
    stopTimeout: 30,
    // An init process reaps zombies and forwards SIGTERM to Node, which is not PID 1-aware.
    linuxParameters: { initProcessEnabled: true },
  };
}
