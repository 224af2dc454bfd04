import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { auditActorOf } from './audit-actor';
import { assertKeepsAnOwner, assertMayChange, type StaffActor } from './owner-rules';
import { deleteMemberRow, findMemberRow, lockOwners, tenantExists } from './repository';

/**
 * Removes someone from the store's members; they keep their platform account. A member
 * removing a missing member (or another store's) gets a 404; the control plane's removal is
 * idempotent and answers `false` instead, and a 404 only for a store that is not in this cell.
 */
export async function removeMember(
  db: Knex,
  input: { tenantId: string; actor: StaffActor; userId: string },
): Promise<boolean> {
  return withTenant(db, input.tenantId, async (trx) => {
    const owners = await lockOwners(trx);
    const member = await findMemberRow(trx, input.userId);
    if (!member) {
      if (input.actor.type === 'member' || !(await tenantExists(trx))) {
        throw AppError.notFound(input.actor.type === 'member' ? 'Member' : 'Tenant');
      }
      return false;
    }
    const change = { userId: member.user_id, from: member.role, to: null };
    assertMayChange(input.actor, change);
    assertKeepsAnOwner(owners, change);
    await deleteMemberRow(trx, member.user_id);
    await recordAudit(trx, {
      tenantId: input.tenantId,
      ...auditActorOf(input.actor),
      action: 'member.removed',
      targetType: 'member',
      targetId: member.user_id,
      data: { email: member.email, role: member.role },
    });
    return true;
  });
}
