import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '@mpb/auth';
import type { Language } from '@mpb/contracts';
import { isUniqueViolation } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { AccountLinkDeps } from './account-links';
import { insertUser, type UserRow } from './repository';
import { sendEmailVerification } from './send-email-verification';
import { issueSession, type IssuedSession } from './sessions';

/**
 * Creates an account with a password and starts its session. The address is not verified
 * yet: a verification email goes to the outbox in the same transaction, and nothing waits for
 * it (the merchant goes on setting up the store).
 */
export async function signUp(
  deps: AccountLinkDeps,
  input: { email: string; password: string; language: Language },
): Promise<IssuedSession & { user: UserRow }> {
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (trx) => {
    let user: UserRow;
    try {
      user = await insertUser(trx, { id: uuidv7(), email: input.email, passwordHash });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new AppError('EMAIL_TAKEN', 'An account with this email already exists', {
          fields: { email: 'is already registered' },
        });
      }
      throw error;
    }
    await sendEmailVerification(trx, deps, {
      userId: user.id,
      email: user.email,
      language: input.language,
    });
    const session = await issueSession(deps, user, trx);
    return { ...session, user };
  });
}
