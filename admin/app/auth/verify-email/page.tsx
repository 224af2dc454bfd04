import { VerifyEmail } from '../../../components/verify-email';

/** The link of an email verification email. */
export default function VerifyEmailPage() {
  return <VerifyEmail />;
}
