/**
 * An invitation link opened before signing in. The page keeps its fragment (`#token=…`) in
 * this tab's session storage, so signing in or creating an account brings the invitee back to
 * accept it; the token never goes into a URL the server sees.
 */
const key = 'mpb.pendingInvitation';

type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function rememberInvitation(storage: TabStorage, fragment: string): void {
  if (/^#token=[\w-]+$/.test(fragment)) storage.setItem(key, fragment);
}

/**
 * The waiting invitation's path, left in place: a sign-in link asked for from this tab carries
 * it as `next`, since the link may be opened in another tab or on another device.
 */
export function peekInvitationPath(storage: Pick<Storage, 'getItem'>): string | null {
  const fragment = storage.getItem(key);
  return fragment && /^#token=[\w-]+$/.test(fragment) ? `/invitations/accept${fragment}` : null;
}

/** Where to go back to, once, or null when no invitation is waiting. */
export function takeInvitationPath(storage: TabStorage): string | null {
  const path = peekInvitationPath(storage);
  storage.removeItem(key);
  return path;
}
