/** The subset of an ECS container definition this program writes. */
export interface ContainerDefinition {
  name: string;
  image: string;
  essential: boolean;
  portMappings: { containerPort: number; protocol: 'tcp' }[];
  command?: string[];
  healthCheck?: ContainerHealthCheck;
  environment: { name: string; value: string }[];
  secrets: { name: string; valueFrom: string }[];
  logConfiguration: { logDriver: 'awslogs'; options: Record<string, string> };
  stopTimeout: number;
  linuxParameters: { initProcessEnabled: boolean };
}

/** ECS runs it inside the container; seconds, as ECS counts them. */
export interface ContainerHealthCheck {
  command: string[];
  interval: number;
  timeout: number;
  retries: number;
  startPeriod: number;
}

export interface ContainerSpec {
  name: string;
  image: string;
  ports: number[];
  /** Replaces the image's CMD. */
  command?: string[];
  /** For a service no load balancer checks. */
  healthCheck?: ContainerHealthCheck;
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
    ...(spec.command ? { command: spec.command } : {}),
    ...(spec.healthCheck ? { healthCheck: spec.healthCheck } : {}),
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

/**
 * A container health check that asks the process's own ops server, with the Node.js the image
 * already has: the images carry no curl or wget. A 503 from `/readyz` (database or Redis not
 * answering) or no answer at all counts as a failure.
 */
export function httpHealthCheck(port: number, path: string): ContainerHealthCheck {
  const url = `http://127.0.0.1:${port}${path}`;
  const script = `fetch('${url}',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;
  return {
    command: ['CMD', 'node', '-e', script],
    interval: 30,
    timeout: 5,
    // Three misses, about a minute and a half, before ECS replaces the task: a short database
    // failover should not restart every worker of the cell.
    retries: 3,
    // Start-up connects to Postgres and Redis and checks the database role first.
    startPeriod: 60,
  };
}
