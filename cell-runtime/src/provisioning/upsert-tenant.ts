import type { CellTenantBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { defaultTheme } from './default-theme';

/**
 * Creates a tenant in this cell with its owner, hosts and storefront defaults. Idempotent on
 * the tenant id: a retried call (the worker died before hearing back) finds the tenant and
 * creates nothing more, so every resource exists exactly once. A later call brings the store's
 * identity (name, niche, currency, language, country), template and chosen colours up to date
 * with the control plane, and its template and colours when the call says the merchant just
 * chose them; it touches no content.
 */
export async function upsertTenant(
  db: Knex,
  tenantId: string,
  body: CellTenantBody,
): Promise<{ tenantId: string; created: boolean }> {
  return withTenant(db, tenantId, async (trx) => {
    const inserted = await trx('tenants')
      .insert({
        id: tenantId,
        slug: body.slug,
        name: body.name,
        niche: body.niche,
        currency: body.currency,
        language: body.language,
        country: body.country,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    const created = inserted.length === 1;
    if (!created) await updateIdentity(trx, tenantId, body);
    await trx('tenant_domains')
      .insert(body.hosts.map((hostname) => ({ hostname, tenant_id: tenantId, kind: 'subdomain' })))
      .onConflict('hostname')
      .ignore();
    for (const host of body.hosts) {
      const owner = await trx.raw<{ rows: { tenant_id: string }[] }>(
        'select tenant_id from resolve_tenant_by_host(?)',
        [host],
      );
      if (owner.rows[0]?.tenant_id !== tenantId) {
        throw new AppError('INVALID_STATE', `host ${host} belongs to another tenant in this cell`);
      }
    }
    await trx('members')
      .insert({
        tenant_id: tenantId,
        user_id: body.owner.userId,
        email: body.owner.email,
        role: 'owner',
      })
      .onConflict(['tenant_id', 'user_id'])
      .ignore();
    const theme = defaultTheme(body.niche);
    const colours = {
      primary_color: body.theme?.primaryColor ?? theme.primary,
      accent_color: body.theme?.accentColor ?? theme.accent,
    };
    const config = trx('storefront_config')
      .insert({ tenant_id: tenantId, template: body.template, ...colours })
      .onConflict('tenant_id');
    // On a store that exists, the look changes only where the control plane says the merchant
    // just chose it: the store's own admin may have changed it since.
    const look = {
      ...(body.applyTemplate ? { template: body.template } : {}),
      ...(body.applyColours && body.theme?.primaryColor
        ? { primary_color: body.theme.primaryColor }
        : {}),
      ...(body.applyColours && body.theme?.accentColor
        ? { accent_color: body.theme.accentColor }
        : {}),
    };
    await (created || Object.keys(look).length === 0 ? config.ignore() : config.merge(look));
    if (created) {
      await recordAudit(trx, {
        tenantId,
        actorType: 'platform',
        action: 'tenant.provisioned',
        data: { hosts: body.hosts },
      });
    }
    return { tenantId, created };
  });
}

/**
 * The store's identity as the control plane knows it now (the wizard lets the merchant go back
 * and change it). The slug is fixed at creation; the currency may change only while no order
 * has been placed, since every amount is in minor units of it.
 */
async function updateIdentity(
  trx: Knex.Transaction,
  tenantId: string,
  body: CellTenantBody,
): Promise<void> {
  const existing = await trx('tenants').where({ id: tenantId }).first<{
    slug: string;
    name: string;
    niche: string;
    currency: string;
    language: string;
    country: string;
  }>();
  if (existing.slug !== body.slug) {
    throw new AppError('INVALID_STATE', `tenant ${tenantId} exists here with another slug`);
  }
  const changes = Object.fromEntries(
    (['name', 'niche', 'currency', 'language', 'country'] as const)
      .filter((field) => existing[field] !== body[field])
      .map((field) => [field, body[field]]),
  );
  if (Object.keys(changes).length === 0) return;
  if (changes.currency && (await trx('orders').first('id'))) {
    throw new AppError('INVALID_STATE', 'the currency cannot change once the store has orders');
  }
  await trx('tenants')
    .where({ id: tenantId })
    .update({ ...changes, updated_at: trx.fn.now() });
  await recordAudit(trx, {
    tenantId,
    actorType: 'platform',
    action: 'store.identity_updated',
    data: changes,
  });
}

/**
 * Removes a tenant and, through the cascading foreign keys, every row it owns. Used to undo a
 * provisioning that failed later on; removing a tenant that is not here is not an error.
 */
export async function removeTenant(db: Knex, tenantId: string): Promise<{ hosts: string[] }> {
  return withTenant(db, tenantId, async (trx) => {
    const hosts = await trx('tenant_domains').pluck<string[]>('hostname');
    await trx('tenants').where({ id: tenantId }).delete();
    return { hosts };
  });
}

export async function setTenantLive(
  db: Knex,
  tenantId: string,
  live: boolean,
): Promise<{ tenantId: string; live: boolean }> {
  return withTenant(db, tenantId, async (trx) => {
    const updated = await trx('tenants')
      .where({ id: tenantId })
      .update({ live, updated_at: trx.fn.now() });
    if (updated === 0) throw AppError.notFound('Tenant');
    await recordAudit(trx, {
      tenantId,
      actorType: 'platform',
      action: live ? 'store.published' : 'store.unpublished',
    });
    return { tenantId, live };
  });
}
