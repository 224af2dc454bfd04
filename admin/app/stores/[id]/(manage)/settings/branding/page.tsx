import { BrandingPage } from '../../../../../../components/manage/branding-page';

export default function StoreBrandingPage() {
  return <BrandingPage />;
}
