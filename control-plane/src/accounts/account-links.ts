import { createHash, randomBytes } from 'node:crypto';
import type { MailSender } from '../mail/mail-sender';
import type { PublicUrls } from '../public-urls';
import type { SessionDeps } from './sessions';

/** What the routes that email a sign-in or verification link need besides sessions. */
export interface AccountLinkDeps extends SessionDeps {
  urls: PublicUrls;
  /** Only asked whether a mail server is configured: the outbox's dispatcher sends. */
  mail: Pick<MailSender, 'isConfigured'>;
  signInLinkTtlMinutes: number;
  verificationLinkTtlHours: number;
}

/** 32 random bytes: the link's only credential, shown once (in the email). */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** What is stored and looked up: a token cannot be recovered from the table. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The admin page a sign-in link opens. The token is in the query (the page reads it and drops
 * it from the address bar; access logs keep no query strings); `next` rides along unchanged.
 */
export function signInLinkUrl(urls: PublicUrls, token: string, next?: string): string {
  const url = new URL(urls.admin('/auth/magic'));
  url.searchParams.set('token', token);
  if (next) url.searchParams.set('next', next);
  return url.toString();
}

export function verificationLinkUrl(urls: PublicUrls, token: string): string {
  const url = new URL(urls.admin('/auth/verify-email'));
  url.searchParams.set('token', token);
  return url.toString();
}
