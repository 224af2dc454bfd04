import type { Redis } from 'ioredis';
import type { Logger } from '@mpb/observability';
import { runWithContext } from '@mpb/observability';
import type { DomainEvent, EventType } from './types';

/** Something that reacts to events: search indexing, notifications, cache revalidation. */
export interface EventHandler {
  /** The consumer group name; each handler sees every event once. */
  name: string;
  types: readonly EventType[];
  handle(event: DomainEvent): Promise<void>;
}

export interface StreamConsumerOptions {
  /** A connection of its own: blocking reads hold it. */
  redis: Redis;
  stream: string;
  handler: EventHandler;
  logger: Logger;
  consumerName: string;
  maxAttempts?: number;
  /** How long a failed or orphaned message waits before it is tried again. */
  retryAfterMs?: number;
  blockMs?: number;
  onOutcome?: (
    outcome: 'handled' | 'skipped' | 'failed' | 'dead',
    event: DomainEvent | undefined,
  ) => void;
}

type StreamEntry = [id: string, fields: string[]];

/**
 * Runs one handler as a Redis Streams consumer group: new messages are handled as they come;
 * a message whose handling failed (or whose consumer died) is claimed again after
 * `retryAfterMs`; after `maxAttempts` it moves to `<stream>:dead` with the error, and the group
 * moves on.
 */
export class StreamConsumer {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private readonly group: string;
  private readonly attemptsKey: string;

  constructor(private readonly options: StreamConsumerOptions) {
    this.group = options.handler.name;
    this.attemptsKey = `${options.stream}:attempts:${this.group}`;
  }

  get deadLetterStream(): string {
    return `${this.options.stream}:dead`;
  }

  async start(): Promise<void> {
    try {
      // From the beginning of the stream: events published before the group existed count too.
      await this.options.redis.xgroup('CREATE', this.options.stream, this.group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.options.redis.disconnect();
    await this.loop?.catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.retryStale();
        const response = (await this.options.redis.xreadgroup(
          'GROUP',
          this.group,
          this.options.consumerName,
          'COUNT',
          50,
          'BLOCK',
          this.options.blockMs ?? 1_000,
          'STREAMS',
          this.options.stream,
          '>',
        )) as [string, StreamEntry[]][] | null;
        for (const [, entries] of response ?? []) {
          for (const entry of entries) await this.process(entry);
        }
      } catch (error) {
        if (this.stopped) return;
        this.options.logger.warn(
          { err: error, consumer: this.group },
          'event consumer error; retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  /** Claims messages left pending longer than the retry delay: failures and dead consumers'. */
  private async retryStale(): Promise<void> {
    const [, entries] = (await this.options.redis.xautoclaim(
      this.options.stream,
      this.group,
      this.options.consumerName,
      this.options.retryAfterMs ?? 5_000,
      '0-0',
      'COUNT',
      50,
    )) as [string, StreamEntry[]];
    for (const entry of entries) await this.process(entry);
  }

  private async process([id, fields]: StreamEntry): Promise<void> {
    const event = parseEvent(fields);
    const { handler, redis } = this.options;
    if (!event || !handler.types.includes(event.type)) {
      await redis.xack(this.options.stream, this.group, id);
      this.options.onOutcome?.('skipped', event);
      return;
    }
    try {
      await runWithContext(
        { correlationId: event.correlationId ?? undefined, tenantId: event.tenantId },
        () => handler.handle(event),
      );
      await redis
        .multi()
        .xack(this.options.stream, this.group, id)
        .hdel(this.attemptsKey, id)
        .exec();
      this.options.onOutcome?.('handled', event);
    } catch (error) {
      const attempts = await redis.hincrby(this.attemptsKey, id, 1);
      const message = error instanceof Error ? error.message : String(error);
      if (attempts >= (this.options.maxAttempts ?? 5)) {
        await redis
          .multi()
          .xadd(
            this.deadLetterStream,
            '*',
            'event',
            JSON.stringify(event),
            'consumer',
            this.group,
            'error',
            message,
            'attempts',
            String(attempts),
          )
          .xack(this.options.stream, this.group, id)
          .hdel(this.attemptsKey, id)
          .exec();
        this.options.logger.error(
          { err: error, consumer: this.group, event_id: event.id, type: event.type },
          'event moved to the dead-letter stream',
        );
        this.options.onOutcome?.('dead', event);
      } else {
        this.options.logger.warn(
          { err: error, consumer: this.group, event_id: event.id, attempts },
          'event handling failed; will retry',
        );
        this.options.onOutcome?.('failed', event);
      }
    }
  }
}

function parseEvent(fields: string[]): DomainEvent | undefined {
  const index = fields.indexOf('event');
  const raw = index >= 0 ? fields[index + 1] : undefined;
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as DomainEvent;
  } catch {
    return undefined;
  }
}
