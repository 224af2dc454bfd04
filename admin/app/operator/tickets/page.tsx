import { OperatorTicketsPage } from '../../../components/operator/operator-tickets-page';

export default function OperatorTicketListPage() {
  return <OperatorTicketsPage />;
}
