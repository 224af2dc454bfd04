import { z } from 'zod';

/**
 * Thrown when the environment does not satisfy a service's config schema.
 * The message lists every variable at fault so an operator fixes them in one go.
 */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly issues: { variable: string; message: string }[],
  ) {
    super(
      `${service}: invalid configuration\n` +
        issues.map((issue) => `  - ${issue.variable}: ${issue.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once, at start-up, against a zod schema whose keys are variable names.
 * Secrets must be declared without a default so a missing one stops the service.
 */
export function loadConfig<S extends z.ZodObject>(
  service: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    service,
    result.error.issues.map((issue) => ({
      variable: issue.path.join('.') || '(root)',
      message: issue.message,
    })),
  );
}

/** Common field parsers for environment variables, which always arrive as strings. */
export const env = {
  port: (fallback?: number) => {
    const schema = z.coerce.number().int().min(0).max(65535);
    return fallback === undefined ? schema : schema.default(fallback);
  },
  url: () => z.url(),
  /** A secret: at least 32 characters, never defaulted. */
  secret: () => z.string().min(32, 'must be at least 32 characters'),
  boolean: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default(fallback ? 'true' : 'false')
      .transform((value) => value === 'true' || value === '1' || value === 'yes'),
  int: (fallback: number) => z.coerce.number().int().default(fallback),
  /** Comma-separated secrets (for example the previous values during a rotation); may be empty. */
  secretList: () =>
    z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().min(32, 'each must be at least 32 characters'))),
  logLevel: () =>
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};
