import { findStaffChangeRefusal, type UpsertMemberBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { auditActorOf } from './audit-actor';
import {
  findMemberRow,
  insertMemberRow,
  lockOwners,
  setMemberRole,
  tenantExists,
  type MemberRow,
} from './repository';

export interface UpsertMemberResult {
  userId: string;
  email: string;
  role: UpsertMemberBody['role'];
  created: boolean;
}

/**
 * The control plane's side of a membership (an accepted invitation, a role changed there):
 * makes the person a member with this role and email. Idempotent: the same call again changes
 * nothing and records nothing. The control plane has already applied the owner rules for the
 * member who asked (`actor`, recorded in the audit log); the cell still refuses to take the
 * owner role from its last owner (409).
 */
export async function upsertMember(
  db: Knex,
  input: { tenantId: string; userId: string; body: UpsertMemberBody },
): Promise<UpsertMemberResult> {
  const { tenantId, userId } = input;
  const { email, role, actor } = input.body;
  return withTenant(db, tenantId, async (trx) => {
    if (!(await tenantExists(trx))) throw AppError.notFound('Tenant');
    const owners = await lockOwners(trx);
    const existing = await findMemberRow(trx, userId);
    if (!existing) {
      const inserted = await insertMemberRow(trx, { tenantId, userId, email, role });
      // A concurrent call inserted it first: that call recorded it.
      if (!inserted) return resultOf((await findMemberRow(trx, userId)) as MemberRow, false);
      await recordAudit(trx, {
        tenantId,
        ...auditActorOf(actor),
        action: 'member.added',
        targetType: 'member',
        targetId: userId,
        data: { email, role },
      });
      return resultOf(inserted, true);
    }
    if (existing.role === role && existing.email === email) return resultOf(existing, false);
    const refusal = findStaffChangeRefusal({
      actorRole: null,
      owners,
      change: { userId, from: existing.role, to: role },
    });
    if (refusal) throw new AppError(refusal.code, refusal.message);
    const updated = await setMemberRole(trx, userId, { role, email });
    if (existing.role !== role) {
      await recordAudit(trx, {
        tenantId,
        ...auditActorOf(actor),
        action: 'member.role_changed',
        targetType: 'member',
        targetId: userId,
        data: { email, from: existing.role, to: role },
      });
    }
    return resultOf(updated, false);
  });
}

const resultOf = (row: MemberRow, created: boolean): UpsertMemberResult => ({
  userId: row.user_id,
  email: row.email,
  role: row.role,
  created,
});
