import { hasPermission, type MemberRole } from '@mpb/contracts';
import { AppError } from '@mpb/http';

/** Who changes the store's staff: a member through the admin, or the control plane. */
export type StaffActor =
  { type: 'member'; userId: string; role: MemberRole } | { type: 'platform' };

/**
 * Only someone who may manage owners (an owner) makes someone an owner or changes or removes
 * an owner. The control plane acts for the platform and is not held to this.
 */
export function assertMayChange(
  actor: StaffActor,
  change: { from: MemberRole; to: MemberRole | null },
): void {
  if (actor.type === 'platform') return;
  const touchesOwner = change.from === 'owner' || change.to === 'owner';
  if (touchesOwner && !hasPermission(actor.role, 'owners:manage')) {
    throw new AppError(
      'FORBIDDEN',
      'Only an owner may grant the owner role, or change or remove an owner',
    );
  }
}

/**
 * A store always keeps at least one owner: taking the role from `userId` (a change of role or
 * a removal) is refused when they are the last one. `owners` comes from `lockOwners`, taken
 * before the member's own row so that concurrent changes queue up instead of deadlocking.
 */
export function assertKeepsAnOwner(
  owners: readonly string[],
  change: { userId: string; from: MemberRole; to: MemberRole | null },
): void {
  if (change.from !== 'owner' || change.to === 'owner') return;
  if (owners.every((owner) => owner === change.userId)) {
    throw new AppError(
      'INVALID_STATE',
      'This is the store’s last owner: make someone else an owner first',
    );
  }
}
