import type { Knex } from '@mpb/db';
import { getContext } from '@mpb/observability';

export interface AuditEntry {
  tenantId: string;
  actorType: 'member' | 'platform' | 'system';
  actorId?: string;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: object;
}

/** Records who did what, in the same transaction as the change itself. */
export async function recordAudit(trx: Knex.Transaction, entry: AuditEntry): Promise<void> {
  await trx('audit_logs').insert({
    tenant_id: entry.tenantId,
    actor_type: entry.actorType,
    actor_id: entry.actorId ?? null,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    data: JSON.stringify(entry.data ?? {}),
    correlation_id: getContext()?.correlationId ?? null,
  });
}
