import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '@mpb/auth';
import type { Knex } from '@mpb/db';

/**
 * Creates a platform super-admin, or promotes and re-passwords the existing account with that
 * email. Only reachable from the CLI and start-up configuration, never from the HTTP API.
 */
export async function createSuperAdmin(
  db: Knex,
  input: { email: string; password: string },
): Promise<{ id: string; created: boolean }> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db('users')
    .where({ email: input.email })
    .first<{ id: string } | undefined>();
  if (existing) {
    await db('users')
      .where({ id: existing.id })
      .update({ is_super_admin: true, password_hash: passwordHash });
    return { id: existing.id, created: false };
  }
  const id = uuidv7();
  await db('users').insert({
    id,
    email: input.email,
    password_hash: passwordHash,
    is_super_admin: true,
  });
  return { id, created: true };
}
