import { hasPermission, type Permission } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { findTenantForMember, type MemberRole, type TenantRow } from './repository';

export type MemberTenant = TenantRow & { role: MemberRole };

/**
 * The store if the user is a member of it, else 404: another store's id and a missing one are
 * indistinguishable.
 */
export async function requireMember(
  db: Knex,
  tenantId: string,
  userId: string,
): Promise<MemberTenant> {
  const tenant = await findTenantForMember(db, tenantId, userId);
  if (!tenant) throw AppError.notFound('Store');
  return tenant;
}

/**
 * Like `requireMember`, with the member's role checked against a permission of ADR 0015. A member
 * without it gets 403: they can already see the store, so the 403 reveals nothing.
 */
export async function requireMemberWith(
  db: Knex,
  tenantId: string,
  userId: string,
  permission: Permission,
): Promise<MemberTenant> {
  const tenant = await requireMember(db, tenantId, userId);
  assertRoleHas(tenant.role, permission);
  return tenant;
}

/** 403 naming the permission when a member's role lacks it (ADR 0015). */
export function assertRoleHas(role: MemberRole, permission: Permission): void {
  if (!hasPermission(role, permission)) {
    throw new AppError('FORBIDDEN', `Your role in this store lacks the ${permission} permission`);
  }
}
