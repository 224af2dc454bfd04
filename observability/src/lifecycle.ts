import type { Logger } from 'pino';

type Closer = { name: string; close: () => unknown };

/**
 * Ordered shutdown for a service: closers run in reverse order of registration on SIGTERM or
 * SIGINT (stop taking traffic first, close pools last), bounded by a deadline.
 */
export class Lifecycle {
  private readonly closers: Closer[] = [];
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly deadlineMs = 10_000,
  ) {}

  onStop(name: string, close: Closer['close']): void {
    this.closers.push({ name, close });
  }

  handleSignals(): void {
    const stop = (signal: string) => {
      this.logger.info({ signal }, 'shutting down');
      void this.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  }

  stop(): Promise<void> {
    this.stopping ??= this.runClosers();
    return this.stopping;
  }

  private async runClosers(): Promise<void> {
    const deadline = setTimeout(() => {
      this.logger.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, this.deadlineMs);
    deadline.unref();
    for (const closer of [...this.closers].reverse()) {
      try {
        await closer.close();
      } catch (error) {
        this.logger.warn({ err: error, closer: closer.name }, 'error while closing');
      }
    }
    clearTimeout(deadline);
    this.logger.info('stopped');
    this.logger.flush();
  }
}
