/** Where and how patiently the storefront talks to its cell's API. */
export interface CellApiConfig {
  baseUrl: URL;
  timeoutMs: number;
}

const defaultTimeoutMs = 5_000;

/**
 * Reads the cell API settings from the environment and throws a message naming the variable
 * when one is wrong, so a misconfigured storefront fails at start-up rather than per request.
 */
export function readCellApiConfig(env: Record<string, string | undefined>): CellApiConfig {
  const rawUrl = env.CELL_API_URL?.trim();
  if (!rawUrl) throw new Error('CELL_API_URL is required, for example http://127.0.0.1:4101');
  let baseUrl: URL;
  try {
    baseUrl = new URL(rawUrl);
  } catch {
    throw new Error(`CELL_API_URL is not a valid URL: ${rawUrl}`);
  }
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new Error(`CELL_API_URL must use http or https, not ${baseUrl.protocol}`);
  }

  const rawTimeout = env.CELL_API_TIMEOUT_MS?.trim();
  const timeoutMs = rawTimeout ? Number(rawTimeout) : defaultTimeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 60_000) {
    throw new Error(`CELL_API_TIMEOUT_MS must be a whole number of milliseconds from 1 to 60000`);
  }
  return { baseUrl, timeoutMs };
}

const minRevalidateTokenLength = 32;

/**
 * STOREFRONT_REVALIDATE_TOKEN, the shared secret the cell worker presents to
 * `POST /internal/revalidate`. Optional: without it the route answers 404 and cached catalog
 * pages refresh only on their timer. When set it must be long enough to be a secret.
 */
export function readRevalidateToken(env: Record<string, string | undefined>): string | undefined {
  const token = env.STOREFRONT_REVALIDATE_TOKEN?.trim();
  if (!token) return undefined;
  if (token.length < minRevalidateTokenLength || /\s/.test(token)) {
    throw new Error(
      `STOREFRONT_REVALIDATE_TOKEN must be at least ${minRevalidateTokenLength} characters without spaces`,
    );
  }
  return token;
}
