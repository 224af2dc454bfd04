import type { MemberRole } from './common';
import type { ErrorCode } from './errors';
import { hasPermission } from './permissions';

/** A member's role going from `from` to `to` (`null`: they leave the store). */
export interface StaffChange {
  userId: string;
  from: MemberRole;
  to: MemberRole | null;
}

/** Why a change of staff is refused, as the API answers it. */
export interface StaffChangeRefusal {
  code: Extract<ErrorCode, 'FORBIDDEN' | 'INVALID_STATE'>;
  message: string;
}

/**
 * The owner rules of ADR 0015, pure so that the control plane (which decides every change,
 * ADR 0020) and the cell (which keeps its last-owner invariant on what it is sent) apply the
 * same ones:
 *
 * - only someone with `owners:manage` (an owner) makes someone an owner, or changes or removes
 *   an owner; `actorRole: null` is the platform acting for itself, not held to this;
 * - a store always keeps an owner: taking the role from the last one is refused.
 *
 * `owners` must be read under the lock that serialises the store's staff changes, or two
 * owners stepping down at once could both pass. Returns the first rule broken, or `undefined`.
 * Asking for the role the member has is not a change and is never refused.
 */
export function findStaffChangeRefusal(input: {
  actorRole: MemberRole | null;
  owners: readonly string[];
  change: StaffChange;
}): StaffChangeRefusal | undefined {
  const { actorRole, owners, change } = input;
  if (change.from === change.to) return undefined;
  const touchesOwner = change.from === 'owner' || change.to === 'owner';
  if (touchesOwner && actorRole !== null && !hasPermission(actorRole, 'owners:manage')) {
    return {
      code: 'FORBIDDEN',
      message: 'Only an owner may grant the owner role, or change or remove an owner',
    };
  }
  const losesOwner = change.from === 'owner' && change.to !== 'owner';
  if (losesOwner && owners.every((owner) => owner === change.userId)) {
    return {
      code: 'INVALID_STATE',
      message: 'This is the store’s last owner: make someone else an owner first',
    };
  }
  return undefined;
}
