import type { MemberView } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { listMemberRows, toMemberView } from './repository';

/** Every member of the store, owners first; a store has a handful, so there are no pages. */
export async function listMembers(db: Knex, tenantId: string): Promise<MemberView[]> {
  return withTenant(db, tenantId, async (trx) => (await listMemberRows(trx)).map(toMemberView));
}
