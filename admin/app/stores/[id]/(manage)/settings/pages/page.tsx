import { ContentPage } from '../../../../../../components/manage/content-page';

export default function StoreContentPage() {
  return <ContentPage />;
}
