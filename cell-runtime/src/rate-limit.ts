import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { AppError, judgeSlidingWindow, slidingWindowAt } from '@mpb/http';
import { currentTenantId } from './tenancy/middleware';

export interface RateLimitRule {
  name: string;
  limit: number;
  windowSeconds: number;
  /** What is counted: the client's address in this store, or the whole store. */
  per: 'ip' | 'tenant';
}

/**
 * Sliding-window limits over counters in the cell's Redis, shared by every API process of the
 * cell (one counter per fixed window, the previous one weighted by how much of it still
 * overlaps; see `judgeSlidingWindow`). Public endpoints are limited per client address and per
 * store, so one scraper cannot starve a store and one busy store cannot starve the cell. Over
 * the limit: 429 with Retry-After.
 */
export function rateLimit(redis: Redis, rules: RateLimitRule[]): RequestHandler {
  return (req, res, next) => {
    const tenantId = currentTenantId(res);
    const nowMs = Date.now();
    const pipeline = redis.multi();
    for (const rule of rules) {
      const window = slidingWindowAt(nowMs, rule.windowSeconds);
      const subject = rule.per === 'ip' ? `${tenantId}:${req.ip ?? 'unknown'}` : tenantId;
      const key = (index: number) => `ratelimit:${rule.name}:${subject}:${index}`;
      pipeline
        .incr(key(window.current))
        .expire(key(window.current), rule.windowSeconds * 2)
        .get(key(window.previous));
    }
    pipeline.exec().then(
      (results) => {
        for (const [index, rule] of rules.entries()) {
          const verdict = judgeSlidingWindow({
            nowMs,
            windowSeconds: rule.windowSeconds,
            limit: rule.limit,
            currentCount: Number(results?.[index * 3]?.[1] ?? 0),
            previousCount: Number(results?.[index * 3 + 2]?.[1] ?? 0),
          });
          if (verdict.isLimited) {
            next(
              new AppError('RATE_LIMITED', 'Too many requests; slow down', {
                headers: { 'retry-after': String(verdict.retryAfterSeconds) },
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
