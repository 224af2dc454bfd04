import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { AppError } from '@mpb/http';
import { currentTenantId } from './tenancy/middleware';

export interface RateLimitRule {
  name: string;
  limit: number;
  windowSeconds: number;
  /** What is counted: the client's address in this store, or the whole store. */
  per: 'ip' | 'tenant';
}

/**
 * Fixed-window counters in the cell's Redis, shared by every API process of the cell. Public
 * endpoints are limited per client address and per store, so one scraper cannot starve a
 * store and one busy store cannot starve the cell. Over the limit: 429 with Retry-After.
 */
export function rateLimit(redis: Redis, rules: RateLimitRule[]): RequestHandler {
  return (req, res, next) => {
    const tenantId = currentTenantId(res);
    const now = Math.floor(Date.now() / 1000);
    const pipeline = redis.multi();
    const keys = rules.map((rule) => {
      const window = Math.floor(now / rule.windowSeconds);
      const subject = rule.per === 'ip' ? `${tenantId}:${req.ip ?? 'unknown'}` : tenantId;
      const key = `ratelimit:${rule.name}:${subject}:${window}`;
      pipeline.incr(key).expire(key, rule.windowSeconds + 1);
      return { rule, window };
    });
    pipeline.exec().then(
      (results) => {
        for (const [index, { rule, window }] of keys.entries()) {
          const count = Number(results?.[index * 2]?.[1] ?? 0);
          if (count > rule.limit) {
            const retryAfter = Math.max((window + 1) * rule.windowSeconds - now, 1);
            next(
              new AppError('RATE_LIMITED', 'Too many requests; slow down', {
                headers: { 'retry-after': String(retryAfter) },
              }),
            );
            return;
          }
        }
        next();
      },
      // A Redis hiccup must not take the storefront down: let the request through.
      () => next(),
    );
  };
}
