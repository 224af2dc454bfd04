import type { Knex } from '@mpb/db';

/**
 * Refuses to run as a role that row-level security would not bind: a superuser, a BYPASSRLS
 * role, or the owner of any table. Called at start-up so a misconfigured deploy fails loudly.
 */
export async function assertRestrictedRole(db: Knex): Promise<void> {
  const { rows } = await db.raw<{
    rows: { rolname: string; rolsuper: boolean; rolbypassrls: boolean; owned: string }[];
  }>(`
    select r.rolname, r.rolsuper, r.rolbypassrls,
           (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relowner = r.oid and n.nspname = 'public' and c.relkind in ('r', 'p')) as owned
    from pg_roles r where r.rolname = current_user`);
  const role = rows[0];
  if (!role) throw new Error('cannot read the current role');
  if (role.rolsuper || role.rolbypassrls || Number(role.owned) > 0) {
    throw new Error(
      `the cell must connect as a restricted role; ${role.rolname} is ` +
        [
          role.rolsuper && 'a superuser',
          role.rolbypassrls && 'BYPASSRLS',
          Number(role.owned) > 0 && 'a table owner',
        ]
          .filter(Boolean)
          .join(', '),
    );
  }
}
