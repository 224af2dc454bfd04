import type { Request, RequestHandler, Response } from 'express';
import type { Redis } from 'ioredis';
import { previewTokenHeader } from '@mpb/contracts';
import type { Logger } from '@mpb/observability';

/**
 * The public catalog reads the cache serves: the same answer for every shopper of a store.
 * Search is left out: its index is updated by the cell worker after the write that the
 * invalidation follows, and its long tail of queries would rarely hit anyway.
 */
export const cachedPublicPaths = [
  '/api/v1/products',
  '/api/v1/collections',
  '/api/v1/categories',
  '/api/v1/storefront',
  '/api/v1/pages',
];

// One round trip: the store's catalog version, then the entry cached under that version.
// KEYS[2] is the start of the entry's key, passed as a key so the client's key prefix applies.
const readScript = `
local version = redis.call('GET', KEYS[1]) or '0'
return { version, redis.call('GET', KEYS[2] .. version .. ARGV[1]) }
`;

/** An answer for one client only: a shared cache must not keep it (RFC 9111, section 5.2.2). */
function isPrivate(cacheControl: unknown): boolean {
  return typeof cacheControl === 'string' && /\b(private|no-store)\b/i.test(cacheControl);
}

interface Entry {
  cacheControl: string | null;
  body: string;
}

/**
 * A short-lived cache of the store API's public catalog answers, in the cell's Redis, shared by
 * every API process of the cell. Entries are keyed by tenant, the store's catalog version and
 * the request path with its query, so nothing is ever served to another store. Every
 * successful staff write to a store (and every change to the store itself) bumps its version,
 * which orphans its entries at once; stock counts and anything else changed by shoppers age
 * out within the TTL, the same freshness a CDN gives with `s-maxage`. TTL 0 turns it off.
 * A storefront preview (a request with a preview token) is neither served from it nor stored
 * in it, and no answer marked `private` or `no-store` is ever stored.
 */
export class PublicCache {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
    private readonly logger: Logger,
  ) {}

  private versionKey(tenantId: string): string {
    return `pcache:v:${tenantId}`;
  }

  /** Serves a cached answer when there is one, and caches a fresh 200 otherwise. */
  serve(): RequestHandler {
    return (req, res, next) => {
      const tenantId = res.locals.tenantId as string | undefined;
      if (this.ttlSeconds <= 0 || req.method !== 'GET' || !tenantId) return next();
      if (req.headers[previewTokenHeader] !== undefined) return next();
      const prefix = `pcache:e:${tenantId}:`;
      const suffix = `:${req.originalUrl}`;
      const read = this.redis.eval(readScript, 2, this.versionKey(tenantId), prefix, suffix);
      read.then(
        (result) => {
          const [version, cached] = result as [string, string | null];
          if (cached) {
            const entry = JSON.parse(cached) as Entry;
            if (entry.cacheControl) res.setHeader('cache-control', entry.cacheControl);
            res.setHeader('x-cache', 'hit');
            res.type('application/json').send(entry.body);
            return;
          }
          res.setHeader('x-cache', 'miss');
          this.captureOk(res, `${prefix}${version}${suffix}`);
          next();
        },
        // Redis trouble must not take the catalog down: answer from the database.
        () => next(),
      );
    };
  }

  private captureOk(res: Response, key: string): void {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const cacheControl = res.getHeader('cache-control');
      if (res.statusCode === 200 && !isPrivate(cacheControl)) {
        const entry: Entry = {
          cacheControl: typeof cacheControl === 'string' ? cacheControl : null,
          body: JSON.stringify(body),
        };
        this.redis
          .set(key, JSON.stringify(entry), 'EX', this.ttlSeconds)
          .catch((error: unknown) => this.logger.warn({ err: error }, 'public cache write failed'));
      }
      return json(body);
    };
  }

  /** Drops everything cached for a store (by moving it to a new version). */
  async invalidate(tenantId: string): Promise<void> {
    await this.redis.incr(this.versionKey(tenantId));
  }

  /**
   * After a successful write (staff API, provisioning, checkout holding stock), drops the
   * store's cached answers. It runs when the handler ends the response, after the write's
   * transaction committed, and before the response leaves: a client that reads after its write
   * never sees the old answer.
   */
  invalidateAfterWrites(
    tenantIdOf: (req: Request, res: Response) => string | undefined,
  ): RequestHandler {
    return (req, res, next) => {
      if (this.ttlSeconds <= 0 || ['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
      res.end = ((...args: unknown[]) => {
        const tenantId = tenantIdOf(req, res);
        if (res.statusCode >= 400 || !tenantId) return end(...args);
        this.invalidate(tenantId)
          .catch((error: unknown) =>
            this.logger.warn({ err: error, tenantId }, 'public cache invalidation failed'),
          )
          .finally(() => end(...args));
        return res;
      }) as Response['end'];
      next();
    };
  }
}
