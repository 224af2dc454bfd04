import { burnPasswordCheck, verifyPassword } from '@mpb/auth';
import { AppError } from '@mpb/http';
import { findUserByEmail } from './repository';
import { issueSession, type IssuedSession, type SessionDeps } from './sessions';

export async function logIn(
  deps: SessionDeps,
  input: { email: string; password: string },
): Promise<IssuedSession> {
  const user = await findUserByEmail(deps.db, input.email);
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is wrong');
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is wrong');
  }
  return issueSession(deps, user);
}
