import type { MemberRole } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { TenantRow } from '../tenants/repository';
import { assertRoleHas } from '../tenants/require-member';
import { listMemberships, lockStoreForStaffChange, type MembershipRow } from './repository';

export interface LockedStaff {
  tenant: TenantRow;
  actorRole: MemberRole;
  members: MembershipRow[];
  owners: string[];
}

/**
 * Locks the store's staff for a change by `actorId` and checks, on the locked rows, that they
 * are still a member who may manage staff: their own role may have changed while they waited
 * (404 for a non-member, as for another store; 403 naming `staff:manage`).
 */
export async function lockStoreStaff(
  trx: Knex.Transaction,
  input: { tenantId: string; actorId: string },
): Promise<LockedStaff> {
  const tenant = await lockStoreForStaffChange(trx, input.tenantId);
  const members = tenant ? await listMemberships(trx, input.tenantId) : [];
  const actor = members.find((member) => member.user_id === input.actorId);
  if (!tenant || !actor) throw AppError.notFound('Store');
  assertRoleHas(actor.role, 'staff:manage');
  return {
    tenant,
    actorRole: actor.role,
    members,
    owners: members.filter((member) => member.role === 'owner').map((member) => member.user_id),
  };
}
