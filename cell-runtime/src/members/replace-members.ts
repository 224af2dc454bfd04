import type { ReplaceMembersBody, ReplaceMembersResult } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit, type AuditEntry } from '../audit/record-audit';
import {
  deleteMemberRow,
  insertMemberRow,
  lockMemberRows,
  lockOwners,
  setMemberRole,
  tenantExists,
} from './repository';

/**
 * The control plane's reconciliation (ADR 0020): makes the store's members exactly `members`,
 * adding, changing and removing rows in one transaction, each change audited as the platform's
 * with `reconciled: true`. Idempotent: sent again it changes nothing. The list always holds an
 * owner (the contract refuses one without), so the store keeps one whatever the order of the
 * changes. Takes the owners' lock first, like every other change of staff here.
 */
export async function replaceMembers(
  db: Knex,
  input: { tenantId: string; body: ReplaceMembersBody },
): Promise<ReplaceMembersResult> {
  const { tenantId } = input;
  return withTenant(db, tenantId, async (trx) => {
    if (!(await tenantExists(trx))) throw AppError.notFound('Tenant');
    await lockOwners(trx);
    const current = new Map((await lockMemberRows(trx)).map((row) => [row.user_id, row]));
    const audit = (entry: Pick<AuditEntry, 'action' | 'targetId' | 'data'>) =>
      recordAudit(trx, {
        tenantId,
        actorType: 'platform',
        targetType: 'member',
        ...entry,
        data: { ...entry.data, reconciled: true },
      });
    const result: ReplaceMembersResult = { added: 0, changed: 0, removed: 0 };
    for (const { userId, email, role } of input.body.members) {
      const row = current.get(userId);
      if (!row) {
        if (!(await insertMemberRow(trx, { tenantId, userId, email, role }))) continue;
        await audit({ action: 'member.added', targetId: userId, data: { email, role } });
        result.added += 1;
      } else if (row.role !== role || row.email !== email) {
        await setMemberRole(trx, userId, { role, email });
        if (row.role !== role) {
          await audit({
            action: 'member.role_changed',
            targetId: userId,
            data: { email, from: row.role, to: role },
          });
        }
        result.changed += 1;
      }
    }
    const wanted = new Set(input.body.members.map((member) => member.userId));
    for (const row of current.values()) {
      if (wanted.has(row.user_id)) continue;
      await deleteMemberRow(trx, row.user_id);
      await audit({
        action: 'member.removed',
        targetId: row.user_id,
        data: { email: row.email, role: row.role },
      });
      result.removed += 1;
    }
    return result;
  });
}
