import type { Knex } from '@mpb/db';

export interface UserRow {
  id: string;
  email: string;
  /** Null for an account created by a sign-in link: it has never had a password. */
  password_hash: string | null;
  is_super_admin: boolean;
  email_verified_at: Date | null;
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

/**
 * Creates a password-less account for a verified address, or finds the one that exists (two
 * links for one new address used at once make one account). `created` says which.
 */
export async function insertVerifiedUserIfAbsent(
  db: Knex,
  user: { id: string; email: string },
): Promise<{ user: UserRow; created: boolean }> {
  const [inserted] = (await db('users')
    .insert({ id: user.id, email: user.email, email_verified_at: db.fn.now() })
    .onConflict('email')
    .ignore()
    .returning('*')) as UserRow[];
  if (inserted) return { user: inserted, created: true };
  const existing = await findUserByEmail(db, user.email);
  if (!existing) throw new Error(`user ${user.email} neither inserted nor found`);
  return { user: existing, created: false };
}

/** Marks the address verified; one already verified keeps its first date. */
export async function markEmailVerified(db: Knex, userId: string): Promise<void> {
  await db('users')
    .where({ id: userId })
    .whereNull('email_verified_at')
    .update({ email_verified_at: db.fn.now() });
}

export type AuthLinkPurpose = 'sign-in' | 'verify-email';

export interface AuthLinkRow {
  id: string;
  purpose: AuthLinkPurpose;
  email: string;
  user_id: string | null;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export async function insertAuthLink(
  db: Knex,
  link: {
    id: string;
    purpose: AuthLinkPurpose;
    email: string;
    userId: string | null;
    tokenHash: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db('auth_links').insert({
    id: link.id,
    purpose: link.purpose,
    email: link.email,
    user_id: link.userId,
    token_hash: link.tokenHash,
    expires_at: link.expiresAt,
  });
}

/** Locks the link so two uses of one token are serialised and only the first counts. */
export async function findAuthLinkForUpdate(
  db: Knex.Transaction,
  input: { tokenHash: string; purpose: AuthLinkPurpose },
): Promise<AuthLinkRow | undefined> {
  return db<AuthLinkRow>('auth_links')
    .where({ token_hash: input.tokenHash, purpose: input.purpose })
    .forUpdate()
    .first();
}

export async function markAuthLinkUsed(db: Knex, id: string): Promise<void> {
  await db('auth_links').where({ id }).update({ used_at: db.fn.now() });
}
