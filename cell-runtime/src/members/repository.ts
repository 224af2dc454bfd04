import type { MemberRole, MemberView } from '@mpb/contracts';
import type { Knex } from '@mpb/db';

/** The store's `members` rows; the only code that touches the table besides provisioning. */
export interface MemberRow {
  tenant_id: string;
  user_id: string;
  email: string;
  role: MemberRole;
  created_at: Date;
}

export const toMemberView = (row: MemberRow): MemberView => ({
  userId: row.user_id,
  email: row.email,
  role: row.role,
  createdAt: row.created_at.toISOString(),
});

export function listMemberRows(trx: Knex.Transaction): Promise<MemberRow[]> {
  return trx<MemberRow>('members')
    .orderByRaw(`(role = 'owner') desc, created_at, user_id`)
    .select('*');
}

export function findMemberRow(
  trx: Knex.Transaction,
  userId: string,
): Promise<MemberRow | undefined> {
  return trx<MemberRow>('members').where({ user_id: userId }).forUpdate().first();
}

/**
 * Locks the store's owners and returns their ids. Every change that could take the owner role
 * away takes this lock first, so two owners demoting each other at once cannot both succeed.
 */
/** Every member row of the store, locked: the reconciliation replaces them as a whole. */
export function lockMemberRows(trx: Knex.Transaction): Promise<MemberRow[]> {
  return trx<MemberRow>('members').orderBy('user_id').forUpdate().select('*');
}

export function lockOwners(trx: Knex.Transaction): Promise<string[]> {
  return trx('members').where({ role: 'owner' }).forUpdate().pluck('user_id');
}

export async function setMemberRole(
  trx: Knex.Transaction,
  userId: string,
  change: { role: MemberRole; email?: string },
): Promise<MemberRow> {
  const [row] = await trx<MemberRow>('members')
    .where({ user_id: userId })
    .update(change)
    .returning('*');
  return row as MemberRow;
}

export async function insertMemberRow(
  trx: Knex.Transaction,
  row: { tenantId: string; userId: string; email: string; role: MemberRole },
): Promise<MemberRow | undefined> {
  const [inserted] = await trx<MemberRow>('members')
    .insert({ tenant_id: row.tenantId, user_id: row.userId, email: row.email, role: row.role })
    .onConflict(['tenant_id', 'user_id'])
    .ignore()
    .returning('*');
  return inserted;
}

export async function deleteMemberRow(trx: Knex.Transaction, userId: string): Promise<void> {
  await trx('members').where({ user_id: userId }).delete();
}

export async function tenantExists(trx: Knex.Transaction): Promise<boolean> {
  return (await trx('tenants').first('id')) !== undefined;
}
