import { findStaffChangeRefusal, type RemoveMemberBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { auditActorOf } from './audit-actor';
import { deleteMemberRow, findMemberRow, lockOwners, tenantExists } from './repository';

/**
 * The control plane's removal of someone from the store's members (they keep their platform
 * account). Idempotent: a person who is not a member answers `false`; a 404 is only for a
 * store that is not in this cell. The last owner is never removed (409), whatever the control
 * plane believes: the cell keeps that invariant on its own rows.
 */
export async function removeMember(
  db: Knex,
  input: { tenantId: string; userId: string; body: RemoveMemberBody },
): Promise<boolean> {
  return withTenant(db, input.tenantId, async (trx) => {
    const owners = await lockOwners(trx);
    const member = await findMemberRow(trx, input.userId);
    if (!member) {
      if (!(await tenantExists(trx))) throw AppError.notFound('Tenant');
      return false;
    }
    const refusal = findStaffChangeRefusal({
      actorRole: null,
      owners,
      change: { userId: member.user_id, from: member.role, to: null },
    });
    if (refusal) throw new AppError(refusal.code, refusal.message);
    await deleteMemberRow(trx, member.user_id);
    await recordAudit(trx, {
      tenantId: input.tenantId,
      ...auditActorOf(input.body.actor),
      action: 'member.removed',
      targetType: 'member',
      targetId: member.user_id,
      data: { email: member.email, role: member.role },
    });
    return true;
  });
}
