import type { AuditEntry } from '../audit/record-audit';

/**
 * Who a change of staff is recorded against: the member who made it in the control plane when
 * it names one, the platform otherwise (an accepted invitation, a reconciliation).
 */
export const auditActorOf = (
  actor: { userId: string } | undefined,
): Pick<AuditEntry, 'actorType' | 'actorId'> =>
  actor ? { actorType: 'member', actorId: actor.userId } : { actorType: 'platform' };
