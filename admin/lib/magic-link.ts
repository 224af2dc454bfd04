import { nextPathSchema } from '@mpb/contracts';

/** The `token` and `next` of an emailed link's address (`?token=…&next=…`). */
export function readLinkParams(search: string): { token: string | null; next: string | null } {
  const params = new URLSearchParams(search);
  return { token: params.get('token'), next: params.get('next') };
}

/**
 * `next` as the admin may follow it: a path on this origin, or null. The server checked it when
 * the link was asked for, but anyone forwarding the link can edit its query, so it is checked
 * again with the same schema, and resolved to be sure it stays on `origin`.
 */
export function safeNextPath(value: string | null | undefined, origin: string): string | null {
  if (!value || !nextPathSchema.safeParse(value).success) return null;
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/**
 * Where a merchant goes once a sign-in link worked: back to an invitation waiting in this tab,
 * else to the link's `next` (an invitation opened elsewhere rides there), else a new account
 * starts the wizard, and anyone else goes where logging in leads.
 */
export async function magicLinkDestination(input: {
  invitationPath: string | null;
  next: string | null;
  created: boolean;
  signInDestination: () => Promise<string>;
}): Promise<string> {
  if (input.invitationPath) return input.invitationPath;
  if (input.next) return input.next;
  if (input.created) return '/stores/new';
  return input.signInDestination();
}
