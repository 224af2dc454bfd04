import { ImportDetailPage } from '../../../../../../components/manage/import-detail-page';

export default async function StoreImportDetailPage({
  params,
}: {
  params: Promise<{ importId: string }>;
}) {
  const { importId } = await params;
  return <ImportDetailPage importId={importId} />;
}
