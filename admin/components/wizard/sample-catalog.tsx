'use client';

import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { sampleCatalogSchema } from '@mpb/contracts';
import { describeApiError } from '../../lib/form-errors';
import type { StoreSetupApi } from '../../lib/store-setup-api';
import { useI18n } from '../i18n-provider';
import { Button } from '../ui/button';

type SampleCatalog = z.infer<typeof sampleCatalogSchema>;

interface Props {
  setup: StoreSetupApi;
  /** The store's niche, named in the UI language. */
  nicheLabel: string;
  /** Resolves once the catalog shown beside has caught up. */
  onChange: () => Promise<void>;
}

/** Sample products for the store's niche, loaded with one click and removed with another. */
export function SampleCatalog({ setup, nicheLabel, onChange }: Props) {
  const { t } = useI18n();
  const [sample, setSample] = useState<SampleCatalog | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setup
      .getSampleCatalog(controller.signal)
      .then(setSample)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [setup]);

  async function run(task: () => Promise<string>) {
    setIsBusy(true);
    setError(null);
    setNotice('');
    try {
      const done = await task();
      await onChange();
      setNotice(done);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  const load = () =>
    run(async () => {
      const loaded = await setup.loadSampleCatalog();
      setSample(loaded);
      return t.wizard.catalog.sampleLoaded(loaded.products.length);
    });
  const remove = () =>
    run(async () => {
      const removed = await setup.removeSampleCatalog();
      setSample({ loaded: false, products: [] });
      return t.wizard.catalog.sampleRemoved(removed.deleted + removed.archived);
    });

  return (
    <section aria-labelledby="sample-heading" className="space-y-3">
      <h2 id="sample-heading" className="text-lg font-semibold">
        {t.wizard.catalog.sampleHeading}
      </h2>
      <p className="text-sm text-slate-700">{t.wizard.catalog.sampleExplain(nicheLabel)}</p>
      {sample === null && !error ? <p role="status">{t.app.loading}</p> : null}
      {sample ? (
        sample.loaded ? (
          <>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {sample.products.map((product) => (
                <li key={product.id}>{product.title}</li>
              ))}
            </ul>
            <Button
              variant="danger"
              isPending={isBusy}
              pendingLabel={t.wizard.saving}
              onClick={() => void remove()}
            >
              {t.wizard.catalog.sampleRemove}
            </Button>
          </>
        ) : (
          <Button
            variant="secondary"
            isPending={isBusy}
            pendingLabel={t.wizard.saving}
            onClick={() => void load()}
          >
            {t.wizard.catalog.sampleLoad}
          </Button>
        )
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {describeApiError(error, t)}
        </p>
      ) : null}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </section>
  );
}
