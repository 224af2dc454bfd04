import type { JSONWebKeySet } from 'jose';

export interface JwksCacheOptions {
  url: string;
  /** Background refresh period; keys also refresh (at most once per cooldown) on an unknown kid. */
  refreshIntervalMs?: number;
  cooldownMs?: number;
  fetchTimeoutMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * The control plane's public keys, held by a cell. Loaded at start-up and refreshed in the
 * background, so verifying a token never waits on the control plane.
 */
export class JwksCache {
  private keys: JSONWebKeySet | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastFetchAt = 0;

  constructor(private readonly options: JwksCacheOptions) {}

  static fromStatic(keys: JSONWebKeySet): JwksCache {
    const cache = new JwksCache({ url: '' });
    cache.keys = keys;
    return cache;
  }

  async start(): Promise<void> {
    if (!this.options.url) return;
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.options.onError?.(error));
    }, this.options.refreshIntervalMs ?? 300_000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  get isLoaded(): boolean {
    return this.keys !== undefined;
  }

  get keySet(): JSONWebKeySet {
    if (!this.keys) throw new Error('signing keys not loaded yet');
    return this.keys;
  }

  /** Called when a token names a key we do not have: refresh in the background, rate-limited. */
  noteUnknownKey(): void {
    if (!this.options.url || Date.now() - this.lastFetchAt < (this.options.cooldownMs ?? 30_000))
      return;
    this.refresh().catch((error: unknown) => this.options.onError?.(error));
  }

  async refresh(): Promise<void> {
    this.lastFetchAt = Date.now();
    const response = await fetch(this.options.url, {
      signal: AbortSignal.timeout(this.options.fetchTimeoutMs ?? 5_000),
    });
    if (!response.ok) throw new Error(`JWKS fetch answered ${response.status}`);
    const body = (await response.json()) as JSONWebKeySet;
    if (!Array.isArray(body.keys) || body.keys.length === 0) throw new Error('JWKS has no keys');
    this.keys = body;
  }
}
