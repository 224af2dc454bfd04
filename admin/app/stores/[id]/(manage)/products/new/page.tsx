import { ProductEditorPage } from '../../../../../../components/manage/product-editor-page';

export default function NewProductPage() {
  return <ProductEditorPage productId={null} />;
}
