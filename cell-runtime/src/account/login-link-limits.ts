import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppError } from '@mpb/http';

export interface LoginLinkLimits {
  /** Links per address per window: a mailbox cannot be flooded through us. */
  perEmail: number;
  /** Requests per client address per window: one client cannot probe or spam many addresses. */
  perIp: number;
  windowSeconds: number;
}

export const defaultLoginLinkLimits: LoginLinkLimits = {
  perEmail: 5,
  perIp: 20,
  windowSeconds: 15 * 60,
};

/**
 * Counts one sign-in link request against its email address and its client address, in
 * fixed windows in the cell's Redis, and refuses it past either limit. The email is hashed in
 * the key so addresses never sit in Redis. The limits apply whether or not the address is a
 * customer's, so a 429 tells nothing about who buys here.
 */
export async function consumeLoginLinkQuota(
  redis: Redis,
  limits: LoginLinkLimits,
  input: { tenantId: string; email: string; ip: string },
): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const window = Math.floor(now / limits.windowSeconds);
  const emailKey = createHash('sha256').update(input.email.toLowerCase()).digest('hex');
  const keys = [
    {
      key: `ratelimit:login-email:${input.tenantId}:${emailKey}:${window}`,
      limit: limits.perEmail,
    },
    { key: `ratelimit:login-ip:${input.tenantId}:${input.ip}:${window}`, limit: limits.perIp },
  ];
  const pipeline = redis.multi();
  for (const { key } of keys) pipeline.incr(key).expire(key, limits.windowSeconds + 1);
  let results: [Error | null, unknown][] | null;
  try {
    results = await pipeline.exec();
  } catch {
    // Like the other limits: a Redis hiccup must not stop shoppers from signing in.
    return;
  }
  const over = keys.some(({ limit }, index) => Number(results?.[index * 2]?.[1] ?? 0) > limit);
  if (over) {
    const retryAfter = Math.max((window + 1) * limits.windowSeconds - now, 1);
    throw new AppError('RATE_LIMITED', 'Too many sign-in links asked for; try again later', {
      headers: { 'retry-after': String(retryAfter) },
    });
  }
}
