import type { Knex } from 'knex';

/** The session setting every row-level security policy compares `tenant_id` with. */
export const TENANT_SETTING = 'app.tenant_id';

/**
 * Runs `work` in a transaction scoped to one tenant. The tenant is set with
 * `set_config(..., true)`, which lasts only until the transaction ends, so a pooled connection
 * never carries one tenant's scope into another request. This is the only way the cell
 * application reads or writes tenant-owned rows.
 */
export async function withTenant<T>(
  db: Knex,
  tenantId: string,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (trx) => {
    await trx.raw('select set_config(?, ?, true)', [TENANT_SETTING, tenantId]);
    return work(trx);
  });
}

/** SQL for a policy expression: the row belongs to the tenant of the current transaction. */
export const tenantPredicateSql = `tenant_id = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

/**
 * Enables and forces row-level security on a tenant-owned table and creates its isolation
 * policy. Every migration that creates a tenant table calls this in the same migration.
 */
export async function protectTenantTable(
  trx: Knex | Knex.Transaction,
  table: string,
  column = 'tenant_id',
): Promise<void> {
  const predicate = tenantPredicateSql.replace('tenant_id', column);
  await trx.raw(`alter table ?? enable row level security`, [table]);
  await trx.raw(`alter table ?? force row level security`, [table]);
  await trx.raw(
    `create policy tenant_isolation on ?? using (${predicate}) with check (${predicate})`,
    [table],
  );
}
