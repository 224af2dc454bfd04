import type { Redis } from 'ioredis';
import { AppError } from '@mpb/http';

/**
 * Fixed-window counter in Redis, shared by every control-plane replica. `hit` throws 429 with
 * Retry-After once `limit` is passed within the window.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(bucket: string, key: string, limit: number, windowSeconds: number): Promise<void> {
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    const redisKey = `${this.prefix}ratelimit:${bucket}:${key}:${window}`;
    const [[, count] = [null, 0]] = ((await this.redis
      .multi()
      .incr(redisKey)
      .expire(redisKey, windowSeconds)
      .exec()) ?? []) as [Error | null, number][];
    if (count > limit) {
      const retryAfter = (window + 1) * windowSeconds - Math.floor(Date.now() / 1000);
      throw new AppError('RATE_LIMITED', 'Too many attempts; try again later', {
        headers: { 'retry-after': String(Math.max(retryAfter, 1)) },
      });
    }
  }

  async reset(bucket: string, key: string, windowSeconds: number): Promise<void> {
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    await this.redis.del(`${this.prefix}ratelimit:${bucket}:${key}:${window}`);
  }
}
