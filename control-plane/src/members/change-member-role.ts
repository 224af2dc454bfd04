import { findStaffChangeRefusal, type MemberRole, type MemberView } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { CellClient } from '../cells/cell-client';
import { recordAudit } from '../tenants/repository';
import { requireMemberWith } from '../tenants/require-member';
import { cellApiOf } from './cell-of-store';
import { lockStoreStaff } from './lock-store-staff';
import { setMembershipRole, toMemberView } from './repository';
import { pushMembersToCell } from './sync-members-to-cell';
import { writeMemberToCell } from './write-member-to-cell';

export interface StaffChangeDeps {
  db: Knex;
  cellClient: CellClient;
}

/**
 * Gives a member of the store another role, here and in the store's cell (ADR 0020). The actor
 * needs `staff:manage`, and the owner rules apply (`findStaffChangeRefusal`). The change is
 * written here, sent to the cell, and committed only once the cell has it, all under the
 * store's staff lock: a cell that cannot be reached leaves nothing changed (503), and repeating
 * the request converges. Asking for the role the member has changes nothing here and re-sends
 * the whole list to the cell, so a retry also repairs whatever an earlier failure left behind.
 */
export async function changeMemberRole(
  deps: StaffChangeDeps,
  input: { tenantId: string; actorId: string; userId: string; role: MemberRole },
): Promise<MemberView> {
  const { tenantId, actorId, userId, role } = input;
  // Checked before locking too, so that nobody outside the store can hold its lock.
  await requireMemberWith(deps.db, tenantId, actorId, 'staff:manage');
  return deps.db.transaction(async (trx) => {
    const staff = await lockStoreStaff(trx, { tenantId, actorId });
    const member = staff.members.find((row) => row.user_id === userId);
    if (!member) throw AppError.notFound('Member');
    const change = { userId, from: member.role, to: role };
    const refusal = findStaffChangeRefusal({
      actorRole: staff.actorRole,
      owners: staff.owners,
      change,
    });
    if (refusal) throw new AppError(refusal.code, refusal.message);
    const apiUrl = await cellApiOf(trx, staff.tenant);
    if (member.role === role) {
      if (apiUrl) await pushMembersToCell(trx, deps.cellClient, { tenantId, apiUrl });
      return toMemberView(member);
    }
    await setMembershipRole(trx, { tenantId, userId }, role);
    await recordAudit(trx, {
      actor: 'user',
      actorUserId: actorId,
      action: 'member.role_changed',
      tenantId,
      data: { userId, email: member.email, from: member.role, to: role },
    });
    if (apiUrl) {
      await writeMemberToCell(trx, deps.cellClient, { tenantId, apiUrl }, () =>
        deps.cellClient.upsertMember(apiUrl, tenantId, userId, {
          email: member.email,
          role,
          actor: { userId: actorId },
        }),
      );
    }
    return toMemberView({ ...member, role });
  });
}
