import { CollectionsPage } from '../../../../../components/manage/collections-page';

export default function StoreCollectionsPage() {
  return <CollectionsPage />;
}
