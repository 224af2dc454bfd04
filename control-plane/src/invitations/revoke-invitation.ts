import { hasPermission } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../tenants/repository';
import { requireMemberWith } from '../tenants/require-member';
import { findInvitationForUpdate } from './repository';

/**
 * Revokes an open invitation of the store: its link stops working at once. Revoking twice is
 * harmless; an accepted invitation cannot be revoked (remove the member instead). As with
 * inviting, only an owner can revoke an invitation to become an owner.
 */
export async function revokeInvitation(
  db: Knex,
  input: { tenantId: string; userId: string; invitationId: string },
): Promise<void> {
  const tenant = await requireMemberWith(db, input.tenantId, input.userId, 'staff:manage');
  await db.transaction(async (trx) => {
    const invitation = await findInvitationForUpdate(trx, {
      id: input.invitationId,
      tenant_id: tenant.id,
    });
    if (!invitation) throw AppError.notFound('Invitation');
    if (invitation.role === 'owner' && !hasPermission(tenant.role, 'owners:manage')) {
      throw new AppError('FORBIDDEN', 'Only an owner can revoke an invitation to become an owner');
    }
    if (invitation.accepted_at) {
      throw new AppError(
        'INVALID_STATE',
        'This invitation was accepted; remove the member instead',
      );
    }
    if (invitation.revoked_at) return;
    await trx('invitations')
      .where({ id: invitation.id })
      .update({ revoked_at: trx.fn.now(), revoked_by: input.userId });
    await recordAudit(trx, {
      actor: 'user',
      actorUserId: input.userId,
      action: 'invitation.revoked',
      tenantId: tenant.id,
      data: { invitationId: invitation.id, email: invitation.email },
    });
  });
}
