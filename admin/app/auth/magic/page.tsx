import { MagicLinkSignIn } from '../../../components/magic-link-sign-in';

/** The link of a sign-in email. */
export default function MagicLinkPage() {
  return <MagicLinkSignIn />;
}
