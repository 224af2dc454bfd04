import type { MemberRole } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { CellClient } from '../cells/cell-client';
import { findUserById } from '../accounts/repository';
import { cellApiOf } from '../members/cell-of-store';
import { lockStoreForStaffChange } from '../members/repository';
import { writeMemberToCell } from '../members/write-member-to-cell';
import { recordAudit } from '../tenants/repository';
import { findInvitationForUpdate } from './repository';
import { hashInvitationToken } from './tokens';

export interface AcceptedInvitation {
  tenantId: string;
  slug: string;
  name: string;
  role: MemberRole;
}

/**
 * Makes the signed-in account a member of the invitation's store. The account's email must be
 * the invited one: a forwarded or leaked link is useless to anyone else. Accepting again with
 * the same account answers the same membership (a retried request); a person already in the
 * store keeps their role. Like every staff change (ADR 0020), it runs under the store's staff
 * lock and writes the store's cell inside the transaction: a cell that cannot be reached rolls
 * it all back (503, the invitation still open), and a retry converges.
 */
export async function acceptInvitation(
  deps: { db: Knex; cellClient: CellClient },
  input: { userId: string; token: string },
): Promise<AcceptedInvitation> {
  const user = await findUserById(deps.db, input.userId);
  if (!user) throw AppError.unauthenticated('The account no longer exists');
  return deps.db.transaction(async (trx) => {
    const invitation = await findInvitationForUpdate(trx, {
      token_hash: hashInvitationToken(input.token),
    });
    if (!invitation) throw AppError.notFound('Invitation');
    if (invitation.email !== user.email) {
      throw new AppError('FORBIDDEN', 'This invitation was sent to another email address');
    }
    const isRetry = invitation.accepted_by === user.id;
    if (invitation.accepted_at && !isRetry) {
      throw new AppError('INVALID_STATE', 'This invitation was already used; ask for a new one');
    }
    if (invitation.revoked_at) {
      throw new AppError('INVALID_STATE', 'This invitation was revoked; ask for a new one');
    }
    if (!isRetry && invitation.expires_at <= new Date()) {
      throw new AppError('INVALID_STATE', 'This invitation has expired; ask for a new one');
    }
    const store = await lockStoreForStaffChange(trx, invitation.tenant_id);
    if (!store) throw AppError.notFound('Invitation');
    await trx('tenant_memberships')
      .insert({ tenant_id: store.id, user_id: user.id, role: invitation.role })
      .onConflict(['tenant_id', 'user_id'])
      .ignore();
    const { role } = await trx('tenant_memberships')
      .where({ tenant_id: store.id, user_id: user.id })
      .first<{ role: MemberRole }>('role');
    if (!isRetry) {
      await trx('invitations')
        .where({ id: invitation.id })
        .update({ accepted_at: trx.fn.now(), accepted_by: user.id });
      await recordAudit(trx, {
        actor: 'user',
        actorUserId: user.id,
        action: 'invitation.accepted',
        tenantId: store.id,
        data: { invitationId: invitation.id, role },
      });
    }
    // Invitations are issued for ready stores only; one not in a cell has nothing to update.
    const apiUrl = await cellApiOf(trx, store);
    if (apiUrl) {
      await writeMemberToCell(trx, deps.cellClient, { tenantId: store.id, apiUrl }, () =>
        deps.cellClient.upsertMember(apiUrl, store.id, user.id, { email: user.email, role }),
      );
    }
    return { tenantId: store.id, slug: store.slug, name: store.name, role };
  });
}
