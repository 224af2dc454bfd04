import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '@mpb/auth';
import { isUniqueViolation } from '@mpb/db';
import { AppError } from '@mpb/http';
import { insertUser, type UserRow } from './repository';
import { issueSession, type IssuedSession, type SessionDeps } from './sessions';

export async function signUp(
  deps: SessionDeps,
  input: { email: string; password: string },
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
    const session = await issueSession(deps, user, trx);
    return { ...session, user };
  });
}
