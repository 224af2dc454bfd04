'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { linkClass } from '../styles';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { ProductFieldsForm } from './product-fields-form';
import { ProductMedia } from './product-media';
import { ProductTranslations } from './product-translations';
import { ProductVariantsForm } from './product-variants-form';
import { useLoad } from './use-load';

/** A new product (`productId` null) or an existing one with its variants and images. */
export function ProductEditorPage({ productId }: { productId: string | null }) {
  const { t } = useI18n();
  const { api, tenant } = useManage();
  const router = useRouter();
  const categories = useLoad('categories', (signal) => api.listCategories(signal));
  const product = useLoad(productId ? `product:${productId}` : null, (signal) =>
    api.getProduct(productId!, signal),
  );
  const title = productId
    ? (product.data?.title ?? t.manage.nav.sections.products)
    : t.manage.products.add;
  const error = product.error ?? categories.error;
  const isReady = (productId === null || product.data) && categories.data;

  return (
    <ManagePage title={title} permission="catalog:read">
      <Link href={`/stores/${tenant.id}/products`} className={linkClass}>
        {t.manage.products.back}
      </Link>
      <FormAlert message={error ? describeApiError(error, t) : null} />
      {!isReady && !error ? <p role="status">{t.app.loading}</p> : null}
      {isReady ? (
        <div className="space-y-6">
          <ProductFieldsForm
            // A new product form, once saved, becomes that product's page.
            key={product.data?.id ?? 'new'}
            product={product.data ?? null}
            categories={categories.data?.items ?? []}
            onSaved={(saved) => {
              if (!productId) router.push(`/stores/${tenant.id}/products/${saved.id}`);
              else product.setData(() => saved);
            }}
          />
          {product.data ? (
            <>
              <ProductVariantsForm
                key={product.data.id}
                product={product.data}
                onSaved={(saved) => product.setData(() => saved)}
              />
              <ProductTranslations
                product={product.data}
                onSaved={(saved) => product.setData(() => saved)}
              />
              <ProductMedia productId={product.data.id} />
            </>
          ) : null}
        </div>
      ) : null}
    </ManagePage>
  );
}
