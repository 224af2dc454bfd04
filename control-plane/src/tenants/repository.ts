import type { Knex } from '@mpb/db';
import type { MemberRole, ProvisioningStep, TenantStatus } from '@mpb/contracts';

export interface TenantRow {
  id: string;
  slug: string;
  name: string;
  niche: string;
  currency: string;
  language: string;
  country: string;
  template: string;
  plan: string;
  status: TenantStatus;
  live: boolean;
  cell_id: string | null;
  completed_steps: ProvisioningStep[];
  provisioning_error: string | null;
  created_by: string;
  created_at: Date;
  ready_at: Date | null;
  suspended_reason: string | null;
  suspended_at: Date | null;
}

export type { MemberRole };

export async function findTenantById(db: Knex, id: string): Promise<TenantRow | undefined> {
  return db<TenantRow>('tenants').where({ id }).first();
}

export async function findTenantBySlug(db: Knex, slug: string): Promise<TenantRow | undefined> {
  return db<TenantRow>('tenants').where({ slug }).first();
}

/** The tenant if the user is a member of it, with their role; undefined otherwise. */
export async function findTenantForMember(
  db: Knex,
  tenantId: string,
  userId: string,
): Promise<(TenantRow & { role: MemberRole }) | undefined> {
  return db('tenants')
    .join('tenant_memberships', 'tenant_memberships.tenant_id', 'tenants.id')
    .where({ 'tenants.id': tenantId, 'tenant_memberships.user_id': userId })
    .first<(TenantRow & { role: MemberRole }) | undefined>('tenants.*', 'tenant_memberships.role');
}

export async function listTenantsOfUser(
  db: Knex,
  userId: string,
): Promise<(TenantRow & { role: MemberRole })[]> {
  return db('tenants')
    .join('tenant_memberships', 'tenant_memberships.tenant_id', 'tenants.id')
    .where({ 'tenant_memberships.user_id': userId })
    .orderBy('tenants.created_at', 'desc')
    .select<(TenantRow & { role: MemberRole })[]>('tenants.*', 'tenant_memberships.role');
}

export async function isSuperAdmin(db: Knex, userId: string): Promise<boolean> {
  const row = await db('users')
    .where({ id: userId })
    .first<{ is_super_admin: boolean } | undefined>('is_super_admin');
  return row?.is_super_admin === true;
}

export async function recordAudit(
  db: Knex,
  event: {
    actor: 'user' | 'workflow' | 'system';
    actorUserId?: string;
    action: string;
    tenantId?: string;
    data?: object;
  },
): Promise<void> {
  await db('audit_events').insert({
    actor: event.actor,
    actor_user_id: event.actorUserId ?? null,
    action: event.action,
    tenant_id: event.tenantId ?? null,
    data: JSON.stringify(event.data ?? {}),
  });
}
