import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { hashLinkToken } from './account-links';
import {
  findAuthLinkForUpdate,
  findUserById,
  markAuthLinkUsed,
  markEmailVerified,
} from './repository';

const invalid = (why: string) =>
  new AppError('VERIFICATION_LINK_INVALID', `This verification link ${why}; ask for a new one`);

/**
 * Confirms an account's address with the link emailed to it. No session is needed (the link
 * may be opened on another device) and none is started: the link proves the mailbox, not who
 * holds the browser. Using it again, or another link once verified, answers the same.
 */
export async function verifyEmail(
  db: Knex,
  token: string,
): Promise<{ email: string; emailVerified: true }> {
  return db.transaction(async (trx) => {
    const link = await findAuthLinkForUpdate(trx, {
      tokenHash: hashLinkToken(token),
      purpose: 'verify-email',
    });
    if (!link?.user_id) throw invalid('is not valid');
    const user = await findUserById(trx, link.user_id);
    // The account is gone, or its address is no longer the one this link was sent to.
    if (!user || user.email !== link.email) throw invalid('is not valid');
    if (!user.email_verified_at) {
      if (link.expires_at <= new Date()) throw invalid('has expired');
      await markEmailVerified(trx, user.id);
    }
    if (!link.used_at) await markAuthLinkUsed(trx, link.id);
    return { email: user.email, emailVerified: true };
  });
}
