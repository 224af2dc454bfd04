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
