import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@mpb/http';
import { hashLinkToken } from './account-links';
import {
  findAuthLinkForUpdate,
  insertVerifiedUserIfAbsent,
  markAuthLinkUsed,
  markEmailVerified,
  type UserRow,
} from './repository';
import { issueSession, type IssuedSession, type SessionDeps } from './sessions';

const invalid = (why: string) =>
  new AppError('LOGIN_LINK_INVALID', `This sign-in link ${why}; ask for a new one`);

/**
 * Uses a sign-in link: it works once, within its lifetime. The address it went to is proven,
 * so the account is marked verified, or created (without a password) when there is none;
 * `created` tells the admin to start the wizard. Starts a session like logging in. Platform
 * operators (super-admins) are refused: they sign in with their password.
 */
export async function signInWithMagicLink(
  deps: SessionDeps,
  token: string,
): Promise<IssuedSession & { user: UserRow; created: boolean }> {
  return deps.db.transaction(async (trx) => {
    const link = await findAuthLinkForUpdate(trx, {
      tokenHash: hashLinkToken(token),
      purpose: 'sign-in',
    });
    if (!link) throw invalid('is not valid');
    if (link.used_at) throw invalid('was already used');
    if (link.expires_at <= new Date()) throw invalid('has expired');
    await markAuthLinkUsed(trx, link.id);
    const { user, created } = await insertVerifiedUserIfAbsent(trx, {
      id: uuidv7(),
      email: link.email,
    });
    // An operator's powers span every store: a mailbox alone must not be enough to use them.
    if (user.is_super_admin) {
      throw new AppError('FORBIDDEN', 'Platform operators sign in with their password');
    }
    if (!user.email_verified_at) await markEmailVerified(trx, user.id);
    const session = await issueSession(deps, user, trx);
    return {
      ...session,
      user: { ...user, email_verified_at: user.email_verified_at ?? new Date() },
      created,
    };
  });
}
