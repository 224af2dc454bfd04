import type { Knex } from '@mpb/db';

export interface AuditRow {
  id: string;
  created_at: Date;
  actor_type: 'member' | 'platform' | 'system';
  actor_id: string | null;
  /** The actor's email while they are a member of the store. */
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  data: Record<string, unknown>;
  correlation_id: string | null;
}

export interface AuditFilter {
  limit: number;
  after?: { createdAt: string; id: string };
  actorId?: string;
  actionPrefix?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Newest first, one more row than `limit` so the caller knows whether a page follows. */
export function listAuditRows(trx: Knex.Transaction, filter: AuditFilter): Promise<AuditRow[]> {
  const query = trx('audit_logs as a')
    .leftJoin('members as m', function joinActor() {
      this.on('m.tenant_id', 'a.tenant_id')
        .andOn('m.user_id', 'a.actor_id')
        .andOnVal('a.actor_type', 'member');
    })
    .orderBy([
      { column: 'a.created_at', order: 'desc' },
      { column: 'a.id', order: 'desc' },
    ])
    .limit(filter.limit + 1)
    .select<AuditRow[]>(
      trx.raw('a.id::text as id'),
      'a.created_at',
      'a.actor_type',
      'a.actor_id',
      'm.email as actor_email',
      'a.action',
      'a.target_type',
      'a.target_id',
      'a.data',
      'a.correlation_id',
    );
  if (filter.after) {
    void query.whereRaw('(a.created_at, a.id) < (?::timestamptz, ?::bigint)', [
      filter.after.createdAt,
      filter.after.id,
    ]);
  }
  if (filter.actorId) void query.where('a.actor_id', filter.actorId);
  if (filter.actionPrefix) void query.where('a.action', 'like', likePrefix(filter.actionPrefix));
  if (filter.targetType) void query.where('a.target_type', filter.targetType);
  if (filter.targetId) void query.where('a.target_id', filter.targetId);
  if (filter.from) void query.where('a.created_at', '>=', filter.from);
  if (filter.to) void query.where('a.created_at', '<', filter.to);
  return query;
}
