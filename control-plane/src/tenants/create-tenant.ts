import { v7 as uuidv7 } from 'uuid';
import { reservedSlugs, type CreateTenantBody } from '@mpb/contracts';
import { isUniqueViolation, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { requireActiveTemplate } from '../templates/repository';
import type { ProvisioningStarter } from './provisioning-starter';
import { recordAudit, type TenantRow } from './repository';

export interface CreateTenantDeps {
  db: Knex;
  provisioning: ProvisioningStarter;
}

const slugTaken = () =>
  new AppError('SLUG_TAKEN', 'This address is already taken', {
    fields: { slug: 'is already taken' },
  });

/**
 * Records a new tenant as `provisioning` and starts its provisioning workflow. Submitting the
 * same slug again while the first attempt is provisioning (or after it failed) returns that
 * tenant and joins or restarts its workflow, so a double click creates one store.
 */
export async function createTenant(
  deps: CreateTenantDeps,
  userId: string,
  body: CreateTenantBody,
): Promise<TenantRow> {
  if (reservedSlugs.has(body.slug)) {
    throw new AppError('SLUG_RESERVED', 'This address is reserved', {
      fields: { slug: 'is reserved' },
    });
  }
  const template = await requireActiveTemplate(deps.db, body.template, 'template');

  if (!(await hasSharedCapacity(deps.db))) {
    throw new AppError('NO_CAPACITY', 'No capacity for new stores right now; retry later', {
      headers: { 'retry-after': '300' },
    });
  }
  const tenant = await recordTenant(deps.db, userId, { ...body, template });

  try {
    await deps.provisioning.start({ tenantId: tenant.id, slug: tenant.slug });
  } catch (error) {
    throw new AppError('UNAVAILABLE', 'Provisioning could not be started; retry the request', {
      cause: error,
    });
  }
  return tenant;
}

/**
 * Refuses up front when no shared cell could take the store, rather than accepting it only for
 * provisioning to fail. (Placement re-checks under its lock: this is a fast path, not a promise.)
 */
async function hasSharedCapacity(db: Knex): Promise<boolean> {
  const row = await db('cells')
    .where({ kind: 'shared', status: 'active' })
    .whereRaw('tenant_count < capacity')
    .first<{ id: string } | undefined>('id');
  return row !== undefined;
}

/** Two concurrent submits race on the slug's unique index: the loser retries and sees the winner. */
async function recordTenant(db: Knex, userId: string, body: CreateTenantBody): Promise<TenantRow> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (trx) => {
        const existing = await trx<TenantRow>('tenants')
          .where({ slug: body.slug })
          .forUpdate()
          .first();
        if (existing) return resubmit(trx, existing, userId);
        return insertTenant(trx, userId, body);
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error, 'tenants_slug_key')) continue;
      if (isUniqueViolation(error, 'tenants_slug_key')) throw slugTaken();
      throw error;
    }
  }
}

async function resubmit(
  trx: Knex.Transaction,
  existing: TenantRow,
  userId: string,
): Promise<TenantRow> {
  const isRetryable = existing.status === 'provisioning' || existing.status === 'failed';
  if (existing.created_by !== userId || !isRetryable) throw slugTaken();
  if (existing.status === 'provisioning') return existing;
  const [row] = await trx<TenantRow>('tenants')
    .where({ id: existing.id })
    .update({ status: 'provisioning', provisioning_error: null })
    .returning('*');
  await recordAudit(trx, {
    actor: 'user',
    actorUserId: userId,
    action: 'tenant.provisioning_retried',
    tenantId: existing.id,
  });
  return row as TenantRow;
}

async function insertTenant(
  trx: Knex.Transaction,
  userId: string,
  body: CreateTenantBody,
): Promise<TenantRow> {
  const id = uuidv7();
  const [row] = await trx<TenantRow>('tenants')
    .insert({
      id,
      slug: body.slug,
      name: body.name,
      niche: body.niche,
      currency: body.currency,
      language: body.language,
      country: body.country,
      template: body.template,
      status: 'provisioning',
      created_by: userId,
    })
    .returning('*');
  await trx('tenant_memberships').insert({ tenant_id: id, user_id: userId, role: 'owner' });
  await recordAudit(trx, {
    actor: 'user',
    actorUserId: userId,
    action: 'tenant.created',
    tenantId: id,
    data: { slug: body.slug },
  });
  return row as TenantRow;
}
