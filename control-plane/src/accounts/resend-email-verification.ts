import type { Language } from '@mpb/contracts';
import { AppError } from '@mpb/http';
import type { AccountLinkDeps } from './account-links';
import { findUserById } from './repository';
import { sendEmailVerification } from './send-email-verification';

/** "Send the confirmation email again", for the signed-in account; 409 once it is verified. */
export async function resendEmailVerification(
  deps: Pick<AccountLinkDeps, 'db' | 'urls' | 'mail' | 'verificationLinkTtlHours'>,
  input: { userId: string; language: Language },
): Promise<void> {
  const user = await findUserById(deps.db, input.userId);
  if (!user) throw AppError.unauthenticated('The account no longer exists');
  if (user.email_verified_at) {
    throw new AppError('INVALID_STATE', 'This email address is already verified');
  }
  await deps.db.transaction((trx) =>
    sendEmailVerification(trx, deps, {
      userId: user.id,
      email: user.email,
      language: input.language,
    }),
  );
}
