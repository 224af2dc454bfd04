import type { Redis } from 'ioredis';
import { AppError, judgeSlidingWindow, slidingWindowAt } from '@mpb/http';

/**
 * Sliding-window limits over Redis counters, shared by every control-plane replica (one counter
 * per fixed window, the previous one weighted by how much of it still overlaps; see
 * `judgeSlidingWindow`). `hit` throws 429 with Retry-After once `limit` is passed.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(bucket: string, key: string, limit: number, windowSeconds: number): Promise<void> {
    const nowMs = Date.now();
    const window = slidingWindowAt(nowMs, windowSeconds);
    const counter = this.counterKey(bucket, key, window.current);
    const results = ((await this.redis
      .multi()
      .incr(counter)
      // Kept for the next window too, where it is the "previous" one.
      .expire(counter, windowSeconds * 2)
      .get(this.counterKey(bucket, key, window.previous))
      .exec()) ?? []) as [Error | null, unknown][];
    const verdict = judgeSlidingWindow({
      nowMs,
      windowSeconds,
      limit,
      currentCount: Number(results[0]?.[1] ?? 0),
      previousCount: Number(results[2]?.[1] ?? 0),
    });
    if (verdict.isLimited) {
      throw new AppError('RATE_LIMITED', 'Too many attempts; try again later', {
        headers: { 'retry-after': String(verdict.retryAfterSeconds) },
      });
    }
  }

  /** Forgets the key's hits (a successful log-in clears its failed attempts). */
  async reset(bucket: string, key: string, windowSeconds: number): Promise<void> {
    const window = slidingWindowAt(Date.now(), windowSeconds);
    await this.redis.del(
      this.counterKey(bucket, key, window.current),
      this.counterKey(bucket, key, window.previous),
    );
  }

  private counterKey(bucket: string, key: string, window: number): string {
    return `${this.prefix}ratelimit:${bucket}:${key}:${window}`;
  }
}
