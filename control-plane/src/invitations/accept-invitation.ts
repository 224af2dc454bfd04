import type { MemberRole } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { CellRejectedError, type CellClient } from '../cells/cell-client';
import { findCell } from '../cells/repository';
import { findUserById } from '../accounts/repository';
import { recordAudit, type TenantRow } from '../tenants/repository';
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
 * store keeps their role. The membership is recorded first, then pushed to the store's cell,
 * so a cell that was unreachable is brought up to date by retrying.
 */
export async function acceptInvitation(
  deps: { db: Knex; cellClient: CellClient },
  input: { userId: string; token: string },
): Promise<AcceptedInvitation> {
  const user = await findUserById(deps.db, input.userId);
  if (!user) throw AppError.unauthenticated('The account no longer exists');
  const { tenant, role } = await deps.db.transaction(async (trx) => {
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
    await trx('tenant_memberships')
      .insert({ tenant_id: invitation.tenant_id, user_id: user.id, role: invitation.role })
      .onConflict(['tenant_id', 'user_id'])
      .ignore();
    const membership = await trx('tenant_memberships')
      .where({ tenant_id: invitation.tenant_id, user_id: user.id })
      .first<{ role: MemberRole }>('role');
    if (!isRetry) {
      await trx('invitations')
        .where({ id: invitation.id })
        .update({ accepted_at: trx.fn.now(), accepted_by: user.id });
      await recordAudit(trx, {
        actor: 'user',
        actorUserId: user.id,
        action: 'invitation.accepted',
        tenantId: invitation.tenant_id,
        data: { invitationId: invitation.id, role: membership.role },
      });
    }
    const store = await trx<TenantRow>('tenants').where({ id: invitation.tenant_id }).first();
    if (!store) throw AppError.notFound('Invitation');
    return { tenant: store, role: membership.role };
  });
  await addMemberInCell(deps, tenant, { userId: user.id, email: user.email, role });
  return { tenantId: tenant.id, slug: tenant.slug, name: tenant.name, role };
}

async function addMemberInCell(
  deps: { db: Knex; cellClient: CellClient },
  tenant: TenantRow,
  member: { userId: string; email: string; role: MemberRole },
): Promise<void> {
  // Invitations are issued for ready stores only; one not in a cell has nothing to update.
  if (!tenant.cell_id || !tenant.completed_steps.includes('create-in-cell')) return;
  const cell = await findCell(deps.db, tenant.cell_id);
  if (!cell) throw new Error(`cell ${tenant.cell_id} of tenant ${tenant.id} is not registered`);
  try {
    await deps.cellClient.upsertMember(cell.api_url, tenant.id, member.userId, {
      email: member.email,
      role: member.role,
    });
  } catch (error) {
    if (error instanceof CellRejectedError) throw error;
    throw new AppError('UNAVAILABLE', 'The store’s cell is unavailable; retry shortly', {
      cause: error,
    });
  }
}
