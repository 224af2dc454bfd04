import { TicketPage } from '../../../../../../../components/manage/ticket-page';

export default async function StoreTicketPage({
  params,
}: {
  params: Promise<{ ticketId: string }>;
}) {
  const { ticketId } = await params;
  return <TicketPage ticketId={ticketId} />;
}
