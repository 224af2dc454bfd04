import type { MemberRole, MemberView } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import type { TenantRow } from '../tenants/repository';

/** A store's membership with the member's current email, as the cell is told it. */
export interface MembershipRow {
  user_id: string;
  email: string;
  role: MemberRole;
  created_at: Date;
}

export const toMemberView = (row: MembershipRow): MemberView => ({
  userId: row.user_id,
  email: row.email,
  role: row.role,
  createdAt: row.created_at.toISOString(),
});

/**
 * Takes the lock every change of a store's staff holds until its cell has been written (ADR
 * 0020): the store's row `FOR UPDATE`. Besides queueing staff changes, it holds back new
 * memberships (an invitation accepted meanwhile), whose foreign key needs a share lock on the
 * same row, so what the cell is sent is never overtaken by an older write.
 */
export async function lockStoreForStaffChange(
  trx: Knex.Transaction,
  tenantId: string,
): Promise<TenantRow | undefined> {
  return trx<TenantRow>('tenants').where({ id: tenantId }).forUpdate().first();
}

/** The store's memberships, locked too, in a stable order; call under the store's lock. */
export async function listMemberships(
  trx: Knex.Transaction,
  tenantId: string,
): Promise<MembershipRow[]> {
  return trx('tenant_memberships')
    .join('users', 'users.id', 'tenant_memberships.user_id')
    .where('tenant_memberships.tenant_id', tenantId)
    .orderBy('tenant_memberships.user_id')
    .forUpdate('tenant_memberships')
    .select<MembershipRow[]>(
      'tenant_memberships.user_id',
      'users.email',
      'tenant_memberships.role',
      'tenant_memberships.created_at',
    );
}

export async function setMembershipRole(
  trx: Knex.Transaction,
  key: { tenantId: string; userId: string },
  role: MemberRole,
): Promise<void> {
  await trx('tenant_memberships')
    .where({ tenant_id: key.tenantId, user_id: key.userId })
    .update({ role });
}

export async function deleteMembership(
  trx: Knex.Transaction,
  key: { tenantId: string; userId: string },
): Promise<void> {
  await trx('tenant_memberships').where({ tenant_id: key.tenantId, user_id: key.userId }).delete();
}

/**
 * Marks the invitations a removed member accepted as revoked. Accepting an invitation again is
 * answered as a retry and restores the membership; a revoked one is refused, so the old link
 * cannot bring a removed member back. Run first in the removal's transaction: acceptance locks
 * the invitation before the store, and taking them in the same order cannot deadlock.
 */
export async function revokeAcceptedInvitations(
  trx: Knex.Transaction,
  input: { tenantId: string; userId: string; revokedBy: string },
): Promise<void> {
  await trx('invitations')
    .where({ tenant_id: input.tenantId, accepted_by: input.userId })
    .whereNull('revoked_at')
    .update({ revoked_at: trx.fn.now(), revoked_by: input.revokedBy });
}
