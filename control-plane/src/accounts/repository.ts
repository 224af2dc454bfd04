import type { Knex } from '@mpb/db';

export interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  is_super_admin: boolean;
  created_at: Date;
}

export interface SessionRow {
  id: string;
  user_id: string;
  refresh_token_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
}

export async function insertUser(
  db: Knex,
  user: { id: string; email: string; passwordHash: string; isSuperAdmin?: boolean },
): Promise<UserRow> {
  const [row] = await db<UserRow>('users')
    .insert({
      id: user.id,
      email: user.email,
      password_hash: user.passwordHash,
      is_super_admin: user.isSuperAdmin ?? false,
    })
    .returning('*');
  return row as UserRow;
}

export async function findUserByEmail(db: Knex, email: string): Promise<UserRow | undefined> {
  return db<UserRow>('users').where({ email }).first();
}

export async function findUserById(db: Knex, id: string): Promise<UserRow | undefined> {
  return db<UserRow>('users').where({ id }).first();
}

export async function insertSession(
  db: Knex,
  session: { id: string; userId: string; refreshTokenHash: string; expiresAt: Date },
): Promise<void> {
  await db('sessions').insert({
    id: session.id,
    user_id: session.userId,
    refresh_token_hash: session.refreshTokenHash,
    expires_at: session.expiresAt,
  });
}

/** Locks the session row so two concurrent refreshes with one token cannot both succeed. */
export async function findSessionForUpdate(
  db: Knex.Transaction,
  refreshTokenHash: string,
): Promise<SessionRow | undefined> {
  return db<SessionRow>('sessions')
    .where({ refresh_token_hash: refreshTokenHash })
    .forUpdate()
    .first();
}

export async function revokeSession(db: Knex, id: string): Promise<void> {
  await db('sessions').where({ id }).whereNull('revoked_at').update({ revoked_at: db.fn.now() });
}

export async function revokeAllSessions(db: Knex, userId: string): Promise<void> {
  await db('sessions')
    .where({ user_id: userId })
    .whereNull('revoked_at')
    .update({ revoked_at: db.fn.now() });
}
