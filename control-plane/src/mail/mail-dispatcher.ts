import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { MailSender } from './mail-sender';
import type { OutboxRow } from './outbox';
import { pruneSettledMail, type PruneOptions } from './prune-settled-mail';

export interface MailDispatcherOptions {
  db: Knex;
  mail: MailSender;
  logger: Logger;
  /** How often due rows are looked for. */
  pollIntervalMs?: number;
  /** Rows claimed (and locked) per transaction. */
  batchSize?: number;
  /** Attempts before a row is given up as `failed`. */
  maxAttempts?: number;
  /** Wait after the first failure; doubled after each further one, up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Settled rows and expired links are pruned this often (and once at start). */
  pruneEveryMs?: number;
  retention?: Omit<PruneOptions, 'batchSize'>;
}

export interface DispatchCounts {
  sent: number;
  failed: number;
}

const MAX_ERROR_LENGTH = 500;

/**
 * What an SMTP error may say, made safe to keep: a mail server that echoes the message would
 * otherwise put a working link in the table or the logs.
 */
export function describeSendError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/(token=)[^\s&"'<>]+/gi, '$1[redacted]')
    .replace(/https?:\/\/\S+/gi, '[link]')
    .slice(0, MAX_ERROR_LENGTH);
}

/** The wait before attempt `attempts + 1`, after `attempts` failures. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(attempts - 1, 0), maxMs);
}

/**
 * Sends the platform's outbox (`mail_outbox`) through the mail sender. Each batch is claimed
 * with `FOR UPDATE SKIP LOCKED` and stays locked until its rows are marked, so two dispatchers
 * (two control-plane replicas) never send one row at the same time. A failure is recorded and
 * retried with exponential backoff, up to `maxAttempts`. Delivery is at least once: a crash
 * between the SMTP server's acceptance and the commit sends that email again.
 */
export class MailDispatcher {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private lastPrunedAt = 0;

  constructor(private readonly options: MailDispatcherOptions) {
    this.batchSize = options.batchSize ?? 10;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.retryBaseMs = options.retryBaseMs ?? 30_000;
    this.retryMaxMs = options.retryMaxMs ?? 3_600_000;
  }

  start(): void {
    this.stopped = false;
    this.loop ??= this.run();
  }

  /** Finishes the batch in hand (its rows are marked), then stops polling. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  /** Sends everything due now, batch after batch. */
  async dispatchDue(): Promise<DispatchCounts> {
    const total: DispatchCounts = { sent: 0, failed: 0 };
    for (;;) {
      const batch = await this.dispatchBatch();
      total.sent += batch.sent;
      total.failed += batch.failed;
      if (batch.sent + batch.failed < this.batchSize || this.stopped) return total;
    }
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.dispatchDue();
        await this.pruneWhenDue();
      } catch (error) {
        // The database is away: the rows wait, and the next poll tries again.
        this.options.logger.warn({ err: error }, 'mail outbox dispatch failed; retrying');
      }
      if (this.stopped) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs ?? 1_000);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async pruneWhenDue(): Promise<void> {
    const every = this.options.pruneEveryMs ?? 3_600_000;
    if (Date.now() - this.lastPrunedAt < every) return;
    this.lastPrunedAt = Date.now();
    const pruned = await pruneSettledMail(
      this.options.db,
      this.options.retention ?? { mailKeepDays: 30, linkKeepDays: 7 },
    );
    if (pruned.mails + pruned.links > 0) {
      this.options.logger.info(pruned, 'pruned settled emails and expired links');
    }
  }

  private dispatchBatch(): Promise<DispatchCounts> {
    return this.options.db.transaction(async (trx) => {
      const rows = await trx<OutboxRow>('mail_outbox')
        .where({ status: 'pending' })
        .where('next_attempt_at', '<=', trx.fn.now())
        .orderBy('next_attempt_at')
        .limit(this.batchSize)
        .forUpdate()
        .skipLocked();
      const counts: DispatchCounts = { sent: 0, failed: 0 };
      for (const row of rows) {
        if (await this.sendRow(trx, row)) counts.sent += 1;
        else counts.failed += 1;
      }
      return counts;
    });
  }

  private async sendRow(trx: Knex.Transaction, row: OutboxRow): Promise<boolean> {
    try {
      await this.options.mail.send({
        to: row.recipient,
        subject: row.subject,
        text: row.text_body ?? '',
        html: row.html_body ?? '',
      });
    } catch (error) {
      await this.recordFailure(trx, row, describeSendError(error));
      return false;
    }
    // Settled: the bodies (and the link in them) are no longer kept.
    await trx('mail_outbox')
      .where({ id: row.id })
      .update({
        status: 'sent',
        attempts: row.attempts + 1,
        sent_at: trx.fn.now(),
        text_body: null,
        html_body: null,
      });
    return true;
  }

  private async recordFailure(
    trx: Knex.Transaction,
    row: OutboxRow,
    lastError: string,
  ): Promise<void> {
    const attempts = row.attempts + 1;
    const isLast = attempts >= this.maxAttempts;
    const log = { mail_id: row.id, kind: row.kind, attempts, error: lastError };
    if (isLast) this.options.logger.error(log, 'email given up after its last attempt');
    else this.options.logger.warn(log, 'email not sent; will retry');
    await trx('mail_outbox')
      .where({ id: row.id })
      .update(
        isLast
          ? { status: 'failed', attempts, last_error: lastError, text_body: null, html_body: null }
          : {
              attempts,
              last_error: lastError,
              // The database's clock, the one the claim compares with, whichever replica wrote it.
              next_attempt_at: trx.raw(`now() + ? * interval '1 millisecond'`, [
                retryDelayMs(attempts, this.retryBaseMs, this.retryMaxMs),
              ]),
            },
      );
  }
}
