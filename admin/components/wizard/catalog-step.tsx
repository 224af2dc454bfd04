'use client';

import { useCallback, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Product } from '@mpb/contracts';
import { describeApiError } from '../../lib/form-errors';
import { formatMoney } from '../../lib/money';
import { setupPath } from '../../lib/wizard-steps';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { RadioCards } from '../ui/radio-cards';
import { CatalogImport } from './catalog-import';
import { FirstProductForm } from './first-product-form';
import { SampleCatalog } from './sample-catalog';
import { StepActions } from './step-actions';
import { StepFrame } from './step-frame';
import { useStoreApis } from './use-store-setup-api';
import { useWizard } from './wizard-provider';

type Mode = 'product' | 'import' | 'sample';
const shownProducts = 10;

/** Step 4: a first product, a file of them, or the niche's sample catalog. */
export function CatalogStep() {
  const { t, language } = useI18n();
  const router = useRouter();
  const { tenantId, tenant, saveStep } = useWizard();
  const apis = useStoreApis();
  const [mode, setMode] = useState<Mode>('product');
  const [products, setProducts] = useState<Product[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [needsProduct, setNeedsProduct] = useState(false);
  const [isSaving, setIsSaving] = useState(false);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      if (!apis) return;
      try {
        const page = await apis.store.listProducts({ limit: shownProducts }, signal);
        setProducts(page.items);
        setHasMore(page.nextCursor !== null);
      } catch (caught) {
        if (!signal?.aborted) setError(caught);
      }
    },
    [apis],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  async function save(status: 'done' | 'skipped') {
    setError(null);
    const isEmpty = status === 'done' && (products?.length ?? 0) === 0;
    setNeedsProduct(isEmpty);
    if (isEmpty) return;
    setIsSaving(true);
    try {
      await saveStep('catalog', status);
      router.push(setupPath(tenantId, 'payments'));
    } catch (caught) {
      setError(caught);
      setIsSaving(false);
    }
  }

  const currency = tenant?.currency ?? 'USD';
  const niche = tenant?.niche ?? 'other';
  const nicheLabel = niche in t.niches ? t.niches[niche as keyof typeof t.niches] : niche;
  const errorText = needsProduct
    ? t.wizard.catalog.needsProduct
    : error
      ? describeApiError(error, t)
      : null;

  return (
    <StepFrame title={t.wizard.catalog.title} intro={t.wizard.catalog.intro}>
      <FormAlert message={errorText} />
      {apis ? (
        <>
          <div className={cardClass}>
            <RadioCards
              legend={t.wizard.catalog.modeLegend}
              name="catalog-mode"
              value={mode}
              onChange={setMode}
              options={[
                {
                  value: 'product',
                  label: t.wizard.catalog.modeProduct,
                  description: t.wizard.catalog.modeProductHint,
                },
                {
                  value: 'import',
                  label: t.wizard.catalog.modeImport,
                  description: t.wizard.catalog.modeImportHint,
                },
                {
                  value: 'sample',
                  label: t.wizard.catalog.modeSample,
                  description: t.wizard.catalog.modeSampleHint,
                },
              ]}
            />
          </div>
          <div className={cardClass}>
            {mode === 'product' ? (
              <FirstProductForm
                store={apis.store}
                setup={apis.setup}
                currency={currency}
                onCreated={(product) => {
                  setNeedsProduct(false);
                  setProducts((current) => [product, ...(current ?? [])].slice(0, shownProducts));
                }}
              />
            ) : null}
            {mode === 'import' ? (
              <CatalogImport setup={apis.setup} onImported={() => reload()} />
            ) : null}
            {mode === 'sample' ? (
              <SampleCatalog setup={apis.setup} nicheLabel={nicheLabel} onChange={() => reload()} />
            ) : null}
          </div>
          <section aria-labelledby="catalog-list-heading" className={`${cardClass} space-y-2`}>
            <h2 id="catalog-list-heading" className="text-lg font-semibold">
              {t.wizard.catalog.listHeading}
            </h2>
            {products === null ? <p role="status">{t.app.loading}</p> : null}
            {products?.length === 0 ? <p className="text-slate-700">{t.products.empty}</p> : null}
            {products && products.length > 0 ? (
              <ul className="divide-y divide-slate-200">
                {products.map((product) => (
                  <li
                    key={product.id}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 py-2"
                  >
                    <span className="font-medium break-words">{product.title}</span>
                    <span className="flex flex-wrap gap-x-3 text-sm text-slate-700">
                      <span>{formatMoney(product.price, product.currency, language)}</span>
                      <span>{t.wizard.catalog.variantCount(product.variants.length)}</span>
                      {product.images.length > 0 ? <span>{t.wizard.catalog.hasPhoto}</span> : null}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            {hasMore ? <p className="text-sm text-slate-600">{t.wizard.catalog.andMore}</p> : null}
          </section>
        </>
      ) : (
        <p className="rounded-md bg-slate-100 p-4 text-slate-700">{t.wizard.catalog.waiting}</p>
      )}
      <StepActions
        step="catalog"
        tenantId={tenantId}
        onContinue={() => void save('done')}
        onSkip={() => void save('skipped')}
        isContinueDisabled={!apis}
        isSaving={isSaving}
      />
    </StepFrame>
  );
}
