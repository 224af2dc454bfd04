import pg from 'pg';

export interface BootstrapOptions {
  /** A connection with rights to create roles and databases (the server's admin). */
  adminUrl: string;
  database: string;
  /** Owns the schema and runs migrations. Never used by the application at run time. */
  ownerRole: string;
  /** Application roles: DML on the owner's tables, nothing more. Neither owner nor BYPASSRLS. */
  appRoles: string[];
  /** Passwords by role, where the server checks them; absent under trust or IAM auth. */
  passwords?: Record<string, string>;
}

const identifier = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
};

/** Builds a connection URL for another role or database on the same server. */
export function databaseUrl(
  base: string,
  change: { user?: string; password?: string; database?: string },
): string {
  const url = new URL(base);
  if (change.user !== undefined) url.username = change.user;
  if (change.password !== undefined) url.password = change.password;
  if (change.database !== undefined) url.pathname = `/${change.database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function ensureRole(
  client: pg.Client,
  role: string,
  password: string | undefined,
): Promise<void> {
  const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const attributes = 'login nosuperuser nobypassrls nocreatedb nocreaterole noinherit';
  if (exists.rowCount === 0) await client.query(`create role ${identifier(role)} ${attributes}`);
  else await client.query(`alter role ${identifier(role)} ${attributes}`);
  if (password)
    await client.query(`alter role ${identifier(role)} password ${pg.escapeLiteral(password)}`);
}

/**
 * Creates (or brings up to date) a database, its owner role and its application roles, with
 * default privileges so every table the owner creates later is usable by the application
 * roles, and nothing else is. Safe to run on every start.
 */
export async function bootstrapDatabase(options: BootstrapOptions): Promise<void> {
  const roles = [options.ownerRole, ...options.appRoles];
  await withClient(options.adminUrl, async (client) => {
    // Roles are cluster-wide: serialise concurrent bootstraps (parallel test workers, replicas).
    await client.query('select pg_advisory_lock(hashtext($1))', ['mpb:bootstrap-roles']);
    for (const role of roles) await ensureRole(client, role, options.passwords?.[role]);
    const exists = await client.query('select 1 from pg_database where datname = $1', [
      options.database,
    ]);
    if (exists.rowCount === 0) {
      await client.query(
        `create database ${identifier(options.database)} owner ${identifier(options.ownerRole)}`,
      );
    }
  });
  const owner = identifier(options.ownerRole);
  await withClient(
    databaseUrl(options.adminUrl, { database: options.database }),
    async (client) => {
      await client.query(`revoke all on database ${identifier(options.database)} from public`);
      await client.query(
        `grant connect, temporary on database ${identifier(options.database)} to ${owner}`,
      );
      await client.query(`alter schema public owner to ${owner}`);
      await client.query(`revoke create on schema public from public`);
      for (const appRole of options.appRoles) {
        const app = identifier(appRole);
        await client.query(`grant connect on database ${identifier(options.database)} to ${app}`);
        await client.query(`grant usage on schema public to ${app}`);
        await client.query(
          `alter default privileges for role ${owner} in schema public grant select, insert, update, delete on tables to ${app}`,
        );
        await client.query(
          `alter default privileges for role ${owner} in schema public grant usage, select on sequences to ${app}`,
        );
        await client.query(
          `alter default privileges for role ${owner} in schema public grant execute on functions to ${app}`,
        );
        // Tables that existed before this role did.
        await client.query(
          `grant select, insert, update, delete on all tables in schema public to ${app}`,
        );
        await client.query(`grant usage, select on all sequences in schema public to ${app}`);
        await client.query(`grant execute on all functions in schema public to ${app}`);
      }
    },
  );
}

/** Drops a database if it exists (tests). */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query(`drop database if exists ${identifier(database)} with (force)`);
  });
}
