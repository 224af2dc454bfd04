import { TaxesPage } from '../../../../../../components/manage/taxes-page';

export default function StoreTaxesPage() {
  return <TaxesPage />;
}
