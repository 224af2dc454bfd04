import { OperatorTicketPage } from '../../../../components/operator/operator-ticket-page';

export default async function OperatorTicketDetailPage({
  params,
}: {
  params: Promise<{ ticketId: string }>;
}) {
  const { ticketId } = await params;
  return <OperatorTicketPage ticketId={ticketId} />;
}
