import type { AuditEntry } from '../audit/record-audit';
import type { StaffActor } from './owner-rules';

export const auditActorOf = (actor: StaffActor): Pick<AuditEntry, 'actorType' | 'actorId'> =>
  actor.type === 'member'
    ? { actorType: 'member', actorId: actor.userId }
    : { actorType: 'platform' };
