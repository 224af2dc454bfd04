import { burnPasswordCheck, verifyPassword } from '@mpb/auth';
import { AppError } from '@mpb/http';
import { findUserByEmail } from './repository';
import { issueSession, type IssuedSession, type SessionDeps } from './sessions';

export async function logIn(
  deps: SessionDeps,
  input: { email: string; password: string },
): Promise<IssuedSession> {
  const user = await findUserByEmail(deps.db, input.email);
  // An account made by a sign-in link has no password: refused like an unknown email, in the
  // same time, so the answer does not tell how (or whether) an address signs in.
  if (!user?.password_hash) {
    await burnPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is wrong');
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is wrong');
  }
  return issueSession(deps, user);
}
