import pino, { type Logger } from 'pino';
import { trace } from '@opentelemetry/api';
import { getContext } from './context';

export type { Logger } from 'pino';

export interface LoggerOptions {
  service: string;
  level?: string;
  cellId?: string;
  /** Where to write; stdout by default. Tests pass a stream to read the lines back. */
  destination?: pino.DestinationStream;
}

/**
 * A JSON logger whose every line carries `service`, and `correlation_id`, `tenant_id`,
 * `cell_id`, `user_id` and `trace_id` whenever the current work context knows them.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service, ...(options.cellId ? { cell_id: options.cellId } : {}) },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'refreshToken',
          '*.refreshToken',
          'req.headers.authorization',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
      mixin() {
        const context = getContext();
        const fields: Record<string, string> = {};
        if (context?.correlationId) fields.correlation_id = context.correlationId;
        if (context?.tenantId) fields.tenant_id = context.tenantId;
        if (context?.cellId) fields.cell_id = context.cellId;
        if (context?.userId) fields.user_id = context.userId;
        const span = trace.getActiveSpan();
        if (span) fields.trace_id = span.spanContext().traceId;
        return fields;
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
