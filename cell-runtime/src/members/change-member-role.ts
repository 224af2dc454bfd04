import type { MemberRole, MemberView } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { auditActorOf } from './audit-actor';
import { assertKeepsAnOwner, assertMayChange, type StaffActor } from './owner-rules';
import { findMemberRow, lockOwners, setMemberRole, toMemberView } from './repository';

/**
 * Gives a member of the store another role. Asking for the role they have changes nothing.
 * Another store's member is a 404 like a missing one; the owner rules are in owner-rules.ts.
 */
export async function changeMemberRole(
  db: Knex,
  input: { tenantId: string; actor: StaffActor; userId: string; role: MemberRole },
): Promise<MemberView> {
  return withTenant(db, input.tenantId, async (trx) => {
    const owners = await lockOwners(trx);
    const member = await findMemberRow(trx, input.userId);
    if (!member) throw AppError.notFound('Member');
    if (member.role === input.role) return toMemberView(member);
    const change = { userId: member.user_id, from: member.role, to: input.role };
    assertMayChange(input.actor, change);
    assertKeepsAnOwner(owners, change);
    const updated = await setMemberRole(trx, member.user_id, { role: input.role });
    await recordAudit(trx, {
      tenantId: input.tenantId,
      ...auditActorOf(input.actor),
      action: 'member.role_changed',
      targetType: 'member',
      targetId: member.user_id,
      data: { email: member.email, from: member.role, to: input.role },
    });
    return toMemberView(updated);
  });
}
