import type { AuditEntryView, AuditLogQuery } from '@mpb/contracts';
import { decodeCursor, encodeCursor, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { listAuditRows, type AuditFilter, type AuditRow } from './audit-repository';

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const DAY_MS = 86_400_000;
const bigintId = /^\d{1,19}$/;

/** The staff's query as a filter; a date-only `to` includes that whole (UTC) day. */
function toAuditFilter(query: AuditLogQuery): AuditFilter {
  const filter: AuditFilter = {
    limit: query.limit,
    actorId: query.actorId,
    actionPrefix: query.action,
    targetType: query.targetType,
    targetId: query.targetId,
  };
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor, bigintId);
    if (!after) throw AppError.validation({ cursor: 'is not a cursor this API returned' });
    filter.after = after;
  }
  if (query.from !== undefined) filter.from = new Date(query.from);
  if (query.to !== undefined) {
    const to = new Date(query.to);
    filter.to = isDateOnly(query.to) ? new Date(to.getTime() + DAY_MS) : to;
  }
  if (filter.from && filter.to && filter.to <= filter.from) {
    throw AppError.validation({ to: 'must be after from' });
  }
  return filter;
}

const toAuditEntryView = (row: AuditRow): AuditEntryView => ({
  id: row.id,
  at: row.created_at.toISOString(),
  actor: { type: row.actor_type, id: row.actor_id, email: row.actor_email },
  action: row.action,
  target: { type: row.target_type, id: row.target_id },
  data: row.data,
  correlationId: row.correlation_id,
});

/** One page of the store's audit log, newest first. */
export async function listAuditLog(
  db: Knex,
  tenantId: string,
  query: AuditLogQuery,
): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
  const filter = toAuditFilter(query);
  const rows = await withTenant(db, tenantId, (trx) => listAuditRows(trx, filter));
  const items = rows.slice(0, filter.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toAuditEntryView),
    nextCursor:
      rows.length > filter.limit && last
        ? encodeCursor({ createdAt: last.created_at.toISOString(), id: last.id })
        : null,
  };
}
