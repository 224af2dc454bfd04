import { randomUUID } from 'node:crypto';
import { createDatabase, databaseUrl, withTenant } from '@mpb/db';
import { createTestDatabase, testEnv, testRoles, type TestDatabase } from '@mpb/testing';
import { upsertTenant } from '../provisioning/upsert-tenant';
import { assertRestrictedRole } from './role-check';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('cell');
});
afterAll(async () => {
  await database.drop();
});

interface TableSecurity {
  table: string;
  rls: boolean;
  forced: boolean;
  policies: number;
}

/** Every table of the public schema with a tenant_id column, and how it is protected. */
async function tenantTables(): Promise<TableSecurity[]> {
  const { rows } = await database.owner.raw<{ rows: TableSecurity[] }>(`
    select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
           (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    where c.relkind in ('r', 'p')
      and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
    order by 1`);
  return rows;
}

function tenantBody(slug: string) {
  return {
    slug,
    name: slug,
    niche: 'fashion' as const,
    currency: 'BRL' as const,
    language: 'pt-BR' as const,
    country: 'BR',
    template: 'default',
    hosts: [`${slug}.localhost`],
    owner: { userId: randomUUID(), email: `${slug}@example.com` },
  };
}

describe('row-level security in a cell database', () => {
  it('forces RLS with a policy on every table that has a tenant_id column', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(10);
    const unprotected = tables.filter(
      (table) => !table.rls || !table.forced || table.policies === 0,
    );
    expect(unprotected).toEqual([]);
  });

  it('gives the application role only policies that compare with the transaction’s tenant', async () => {
    const { rows } = await database.owner.raw<{
      rows: { table: string; policy: string; roles: string[]; qual: string }[];
    }>(`
      select tablename as table, policyname as policy, roles::text[] as roles, coalesce(qual, with_check) as qual
      from pg_policies where schemaname = 'public'`);
    const forApp = rows.filter(
      (row) => row.roles.includes('public') || row.roles.includes(testRoles.cellApp),
    );
    expect(forApp.length).toBeGreaterThanOrEqual(10);
    const unscoped = forApp.filter((row) => !row.qual.includes("current_setting('app.tenant_id'"));
    expect(unscoped).toEqual([]);
    // The cross-tenant policies exist for the owner alone, used by its SECURITY DEFINER functions.
    const crossTenant = rows.filter((row) => !row.qual.includes('app.tenant_id'));
    expect(crossTenant.every((row) => row.roles.every((role) => role === testRoles.owner))).toBe(
      true,
    );
  });

  it('protects the tenants table itself, keyed on its id', async () => {
    const { rows } = await database.owner.raw<{ rows: { rls: boolean; forced: boolean }[] }>(
      `select relrowsecurity as rls, relforcerowsecurity as forced from pg_class where relname = 'tenants'`,
    );
    expect(rows[0]).toEqual({ rls: true, forced: true });
  });

  it('connects the application as a role that is neither owner, superuser nor BYPASSRLS', async () => {
    await expect(assertRestrictedRole(database.app)).resolves.toBeUndefined();
    const { rows } = await database.app.raw<{ rows: { current_user: string }[] }>(
      'select current_user',
    );
    expect(rows[0]?.current_user).toBe(testRoles.cellApp);
    // And the check would refuse the owner.
    await expect(assertRestrictedRole(database.owner)).rejects.toThrow(/table owner/);
  });

  describe('with two tenants holding rows', () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();

    beforeAll(async () => {
      await upsertTenant(database.app, tenantA, tenantBody(`rls-a-${tenantA.slice(0, 8)}`));
      await upsertTenant(database.app, tenantB, tenantBody(`rls-b-${tenantB.slice(0, 8)}`));
      for (const tenantId of [tenantA, tenantB]) {
        await withTenant(database.app, tenantId, async (trx) => {
          const productId = randomUUID();
          await trx('products').insert({
            id: productId,
            tenant_id: tenantId,
            title: 'T',
            handle: 'thing',
            status: 'active',
            price: 100,
          });
          await trx('product_variants').insert({
            id: randomUUID(),
            tenant_id: tenantId,
            product_id: productId,
            stock: 1,
          });
        });
      }
    });

    it('shows a transaction with no tenant set no rows at all, in every tenant table', async () => {
      const tables = (await tenantTables()).map((table) => table.table);
      await database.app.transaction(async (trx) => {
        for (const table of [...tables, 'tenants']) {
          const [row] = await trx(table).count<{ count: string }[]>('* as count');
          expect({ table, count: Number(row?.count) }).toEqual({ table, count: 0 });
        }
      });
      // The rows are there: the server's superuser (which bypasses RLS) sees both tenants'.
      const admin = createDatabase({
        connectionString: databaseUrl(testEnv().pgAdminUrl, { database: database.name }),
        applicationName: 'rls-admin',
      });
      try {
        const [row] = await admin('products').count<{ count: string }[]>('* as count');
        expect(Number(row?.count)).toBe(2);
      } finally {
        await admin.destroy();
      }
    });

    it('shows a tenant only its own rows', async () => {
      const seen = await withTenant(database.app, tenantA, async (trx) => ({
        tenants: await trx('tenants').pluck('id'),
        products: await trx('products').pluck('tenant_id'),
        members: await trx('members').pluck('tenant_id'),
      }));
      expect(seen.tenants).toEqual([tenantA]);
      expect(seen.products).toEqual([tenantA]);
      expect(seen.members).toEqual([tenantA]);
    });

    it('refuses to write a row into another tenant', async () => {
      await expect(
        withTenant(database.app, tenantA, (trx) =>
          trx('products').insert({
            id: randomUUID(),
            tenant_id: tenantB,
            title: 'X',
            handle: 'x',
            status: 'active',
            price: 1,
          }),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it('does not carry a tenant over to the next transaction on the same pooled connection', async () => {
      const single = createDatabase({
        connectionString: database.appUrl,
        applicationName: 'rls-pool',
        poolMax: 1,
      });
      try {
        await withTenant(single, tenantA, (trx) => trx('products').select('id'));
        const rows = await single.transaction((trx) => trx('products').select('id'));
        expect(rows).toEqual([]);
      } finally {
        await single.destroy();
      }
    });
  });
});
