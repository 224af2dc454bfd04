import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: the invitation's only credential, shown once (in the email or link). */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored and looked up: a token cannot be recovered from the table. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
