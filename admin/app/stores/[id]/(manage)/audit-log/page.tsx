import { AuditLogPage } from '../../../../../components/manage/audit-log-page';

export default function StoreAuditLogPage() {
  return <AuditLogPage />;
}
