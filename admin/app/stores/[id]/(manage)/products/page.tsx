import { ProductsPage } from '../../../../../components/manage/products-page';

export default function StoreProductsPage() {
  return <ProductsPage />;
}
