import { v7 as uuidv7 } from 'uuid';
import type { Language } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { enqueueMail } from '../mail/outbox';
import { newLinkToken, verificationLinkUrl, type AccountLinkDeps } from './account-links';
import { insertAuthLink } from './repository';
import { renderVerificationEmail } from './verification-email';

/**
 * Records a verification link for the account's current address and writes its email to the
 * outbox, inside the caller's transaction (the sign-up's, or a resend's). Earlier links stay
 * valid until they expire: whichever email the owner opens works.
 */
export async function sendEmailVerification(
  trx: Knex.Transaction,
  deps: Pick<AccountLinkDeps, 'urls' | 'mail' | 'verificationLinkTtlHours'>,
  input: { userId: string; email: string; language: Language },
): Promise<void> {
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(Date.now() + deps.verificationLinkTtlHours * 3_600_000);
  await insertAuthLink(trx, {
    id: uuidv7(),
    purpose: 'verify-email',
    email: input.email,
    userId: input.userId,
    tokenHash: hash,
    expiresAt,
  });
  await enqueueMail(trx, {
    kind: 'verify-email',
    deliver: deps.mail.isConfigured,
    mail: renderVerificationEmail({
      language: input.language,
      email: input.email,
      link: verificationLinkUrl(deps.urls, token),
      expiresAt,
    }),
  });
}
