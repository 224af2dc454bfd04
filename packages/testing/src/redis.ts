import { Redis } from 'ioredis';
import { testEnv, uniqueId } from './env';

export interface TestRedis {
  redis: Redis;
  /** A connection that prefixes every key with `prefix`, as the services' own clients do. */
  scoped: Redis;
  url: string;
  prefix: string;
  /** Deletes this test's keys and closes the connection. */
  cleanup(): Promise<void>;
}

/** A Redis connection with a key prefix of its own, so tests never see each other's keys. */
export function createTestRedis(): TestRedis {
  const url = `${testEnv().redisUrl}/0`;
  const prefix = `mpbt:${uniqueId()}:`;
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  const scoped = new Redis(url, { maxRetriesPerRequest: 2, keyPrefix: prefix });
  return {
    redis,
    scoped,
    url,
    prefix,
    cleanup: async () => {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== '0');
      redis.disconnect();
      scoped.disconnect();
    },
  };
}
