import { findStaffChangeRefusal } from '@mpb/contracts';
import { AppError } from '@mpb/http';
import { recordAudit } from '../tenants/repository';
import { requireMemberWith } from '../tenants/require-member';
import type { StaffChangeDeps } from './change-member-role';
import { cellApiOf } from './cell-of-store';
import { lockStoreStaff } from './lock-store-staff';
import { deleteMembership, revokeAcceptedInvitations } from './repository';
import { writeMemberToCell } from './write-member-to-cell';

/**
 * Removes someone from the store's staff, here and in its cell (ADR 0020); they keep their
 * account. Same rules, order and retries as `changeMemberRole`: the removal is committed here
 * only once the cell has it. The invitations they accepted are revoked, so replaying the old
 * link cannot bring them back. Someone who is not a member (any more) is a 404.
 */
export async function removeMember(
  deps: StaffChangeDeps,
  input: { tenantId: string; actorId: string; userId: string },
): Promise<void> {
  const { tenantId, actorId, userId } = input;
  await requireMemberWith(deps.db, tenantId, actorId, 'staff:manage');
  await deps.db.transaction(async (trx) => {
    await revokeAcceptedInvitations(trx, { tenantId, userId, revokedBy: actorId });
    const staff = await lockStoreStaff(trx, { tenantId, actorId });
    const member = staff.members.find((row) => row.user_id === userId);
    if (!member) throw AppError.notFound('Member');
    const refusal = findStaffChangeRefusal({
      actorRole: staff.actorRole,
      owners: staff.owners,
      change: { userId, from: member.role, to: null },
    });
    if (refusal) throw new AppError(refusal.code, refusal.message);
    await deleteMembership(trx, { tenantId, userId });
    await recordAudit(trx, {
      actor: 'user',
      actorUserId: actorId,
      action: 'member.removed',
      tenantId,
      data: { userId, email: member.email, role: member.role },
    });
    const apiUrl = await cellApiOf(trx, staff.tenant);
    if (apiUrl) {
      await writeMemberToCell(trx, deps.cellClient, { tenantId, apiUrl }, () =>
        deps.cellClient.removeMember(apiUrl, tenantId, userId, { actor: { userId: actorId } }),
      );
    }
  });
}
