import { ProductEditorPage } from '../../../../../../components/manage/product-editor-page';

export default async function ProductPage({ params }: { params: Promise<{ productId: string }> }) {
  const { productId } = await params;
  return <ProductEditorPage productId={productId} />;
}
