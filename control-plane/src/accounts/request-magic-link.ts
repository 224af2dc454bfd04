import { v7 as uuidv7 } from 'uuid';
import type { MagicLinkBody } from '@mpb/contracts';
import { enqueueMail } from '../mail/outbox';
import { emailLanguage } from '../mail/render-email';
import { newLinkToken, signInLinkUrl, type AccountLinkDeps } from './account-links';
import { insertAuthLink } from './repository';
import { renderSignInEmail } from './sign-in-email';

/**
 * "Email me a sign-in link". The link is recorded (hashed, single use) and its email written
 * to the outbox in one transaction, whether or not the address has an account: using the link
 * creates one. So the work, the answer and its timing are the same for every address, and the
 * caller learns nothing about who has an account. The token is never logged.
 */
export async function requestMagicLink(
  deps: Pick<AccountLinkDeps, 'db' | 'urls' | 'mail' | 'signInLinkTtlMinutes'>,
  input: MagicLinkBody,
): Promise<void> {
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(Date.now() + deps.signInLinkTtlMinutes * 60_000);
  await deps.db.transaction(async (trx) => {
    await insertAuthLink(trx, {
      id: uuidv7(),
      purpose: 'sign-in',
      email: input.email,
      userId: null,
      tokenHash: hash,
      expiresAt,
    });
    await enqueueMail(trx, {
      kind: 'sign-in',
      deliver: deps.mail.isConfigured,
      mail: renderSignInEmail({
        language: emailLanguage(input.locale),
        email: input.email,
        link: signInLinkUrl(deps.urls, token, input.next),
        ttlMinutes: deps.signInLinkTtlMinutes,
      }),
    });
  });
}
