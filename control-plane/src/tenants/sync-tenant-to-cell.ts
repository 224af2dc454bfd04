import type { CellTenantBody } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { CellRejectedError, type CellClient } from '../cells/cell-client';
import { findCell } from '../cells/repository';
import { findBrandColours } from '../onboarding/repository';
import type { TenantRow } from './repository';

/**
 * What the cell is told about a store: its profile, subdomain hosts, first owner and brand
 * colours. Custom domains are not sent: they reach the cell once verified.
 */
export async function describeTenantProfile(db: Knex, tenant: TenantRow): Promise<CellTenantBody> {
  const owner = await db('users')
    .where({ id: tenant.created_by })
    .first<{ id: string; email: string } | undefined>('id', 'email');
  if (!owner) throw new Error(`owner of ${tenant.id} no longer exists`);
  const hosts = await db('domains')
    .where({ tenant_id: tenant.id, kind: 'subdomain' })
    .orderBy('hostname')
    .pluck<string[]>('hostname');
  const theme = await findBrandColours(db, tenant.id);
  return {
    slug: tenant.slug,
    name: tenant.name,
    niche: tenant.niche as CellTenantBody['niche'],
    currency: tenant.currency as CellTenantBody['currency'],
    language: tenant.language as CellTenantBody['language'],
    country: tenant.country,
    template: tenant.template,
    hosts,
    owner: { userId: owner.id, email: owner.email },
    ...(theme ? { theme } : {}),
  };
}

/**
 * Sends a store's current profile to its cell through the idempotent tenant upsert, after a
 * change in the control plane (name, niche, currency, template, colours). A store whose cell
 * entry is not created yet is skipped: provisioning sends the current row when it creates it.
 * Call after the database change: a failure answers 503 and retrying the request resends.
 */
export async function syncTenantToCell(
  deps: { db: Knex; cellClient: CellClient },
  tenantId: string,
  /** What the merchant just chose here, to apply over what the store's admin may have set. */
  look: { template?: boolean; colours?: boolean } = {},
): Promise<'sent' | 'not-in-cell'> {
  const tenant = await deps.db<TenantRow>('tenants').where({ id: tenantId }).first();
  if (!tenant?.cell_id || !tenant.completed_steps.includes('create-in-cell')) return 'not-in-cell';
  const cell = await findCell(deps.db, tenant.cell_id);
  if (!cell) throw new Error(`cell ${tenant.cell_id} of tenant ${tenant.id} is not registered`);
  const body = {
    ...(await describeTenantProfile(deps.db, tenant)),
    ...(look.template ? { applyTemplate: true } : {}),
    ...(look.colours ? { applyColours: true } : {}),
  };
  try {
    await deps.cellClient.upsertTenant(cell.api_url, tenant.id, body);
  } catch (error) {
    if (error instanceof CellRejectedError) throw error;
    throw new AppError('UNAVAILABLE', 'The store’s cell is unavailable; retry shortly', {
      cause: error,
    });
  }
  return 'sent';
}
