import { AcceptInvitation } from '../../../components/manage/accept-invitation';

/** The link of a staff invitation email. */
export default function AcceptInvitationPage() {
  return <AcceptInvitation />;
}
