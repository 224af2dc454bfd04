import { ImportPage } from '../../../../../components/manage/import-page';

export default function StoreImportPage() {
  return <ImportPage />;
}
