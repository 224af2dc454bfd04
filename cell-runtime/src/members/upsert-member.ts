import type { UpsertMemberBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { assertKeepsAnOwner } from './owner-rules';
import {
  findMemberRow,
  insertMemberRow,
  lockOwners,
  setMemberRole,
  tenantExists,
  type MemberRow,
} from './repository';

export interface UpsertMemberResult {
  userId: string;
  email: string;
  role: UpsertMemberBody['role'];
  created: boolean;
}

/**
 * The control plane's side of a membership (an accepted invitation, a role changed there):
 * makes the person a member with this role and email. Idempotent: the same call again changes
 * nothing and records nothing. Taking the owner role from the last owner is refused (409).
 */
export async function upsertMember(
  db: Knex,
  input: { tenantId: string; userId: string; body: UpsertMemberBody },
): Promise<UpsertMemberResult> {
  const { tenantId, userId, body } = input;
  return withTenant(db, tenantId, async (trx) => {
    if (!(await tenantExists(trx))) throw AppError.notFound('Tenant');
    const owners = await lockOwners(trx);
    const existing = await findMemberRow(trx, userId);
    if (!existing) {
      const inserted = await insertMemberRow(trx, { tenantId, userId, ...body });
      // A concurrent call inserted it first: that call recorded it.
      if (!inserted) return resultOf((await findMemberRow(trx, userId)) as MemberRow, false);
      await recordAudit(trx, {
        tenantId,
        actorType: 'platform',
        action: 'member.added',
        targetType: 'member',
        targetId: userId,
        data: { email: body.email, role: body.role },
      });
      return resultOf(inserted, true);
    }
    if (existing.role === body.role && existing.email === body.email) {
      return resultOf(existing, false);
    }
    assertKeepsAnOwner(owners, { userId, from: existing.role, to: body.role });
    const updated = await setMemberRole(trx, userId, { role: body.role, email: body.email });
    if (existing.role !== body.role) {
      await recordAudit(trx, {
        tenantId,
        actorType: 'platform',
        action: 'member.role_changed',
        targetType: 'member',
        targetId: userId,
        data: { email: body.email, from: existing.role, to: body.role },
      });
    }
    return resultOf(updated, false);
  });
}

const resultOf = (row: MemberRow, created: boolean): UpsertMemberResult => ({
  userId: row.user_id,
  email: row.email,
  role: row.role,
  created,
});
