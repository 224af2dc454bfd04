'use client';

import { useRef, useState, type FormEvent } from 'react';
import type { ImportView } from '@mpb/contracts';
import { describeApiError } from '../../lib/form-errors';
import { saveBlob } from '../../lib/save-blob';
import type { StoreSetupApi } from '../../lib/store-setup-api';
import { useI18n } from '../i18n-provider';
import { Button } from '../ui/button';
import { FileField } from '../ui/file-field';
import { Notice } from '../ui/notice';

const accepted =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const shownErrors = 10;

/** A catalog file in, with the sample to start from and the rows that failed listed. */
export function CatalogImport({
  setup,
  onImported,
}: {
  setup: StoreSetupApi;
  onImported: () => Promise<void>;
}) {
  const { t } = useI18n();
  const fileRef = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ImportView | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function download(task: () => Promise<Blob>, filename: string) {
    setError(null);
    try {
      saveBlob(await task(), filename);
    } catch (caught) {
      setError(describeApiError(caught, t));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setError(null);
    if (!file) return setFileError(t.wizard.catalog.importChooseFile);
    setFileError(undefined);
    setIsBusy(true);
    try {
      const done = await setup.importCatalog(file);
      await onImported();
      setResult(done);
      if (fileRef.current) fileRef.current.value = '';
    } catch (caught) {
      setFileError(describeApiError(caught, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" className="space-y-4">
      <h2 id="import-heading" className="text-lg font-semibold">
        {t.wizard.catalog.importHeading}
      </h2>
      <p className="text-sm text-slate-700">{t.wizard.catalog.importExplain}</p>
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          onClick={() =>
            void download(() => setup.downloadImportSample('csv'), 'sample-catalog.csv')
          }
        >
          {t.wizard.catalog.sampleCsv}
        </Button>
        <Button
          variant="secondary"
          onClick={() =>
            void download(() => setup.downloadImportSample('xlsx'), 'sample-catalog.xlsx')
          }
        >
          {t.wizard.catalog.sampleXlsx}
        </Button>
      </div>
      <form noValidate onSubmit={(event) => void submit(event)} className="space-y-3">
        <FileField
          ref={fileRef}
          label={t.wizard.catalog.importFile}
          name="file"
          accept={accepted}
          hint={t.wizard.catalog.importHint}
          error={fileError}
        />
        <Button type="submit" isPending={isBusy} pendingLabel={t.wizard.catalog.importing}>
          {t.wizard.catalog.importSubmit}
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div role="status">
        {result ? (
          <Notice
            tone={result.status === 'failed' || result.failedCount > 0 ? 'warning' : 'success'}
            title={
              result.status === 'failed'
                ? t.wizard.catalog.importFailed
                : t.wizard.catalog.importDone(
                    result.createdCount,
                    result.updatedCount,
                    result.failedCount,
                  )
            }
          >
            {result.error ? <p>{result.error}</p> : null}
            {result.errors.length > 0 ? (
              <>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {result.errors.slice(0, shownErrors).map((rowError) => (
                    <li key={`${rowError.row}-${rowError.field ?? ''}`}>
                      {t.wizard.catalog.importRowError(
                        rowError.row,
                        rowError.field ?? '',
                        rowError.message,
                      )}
                    </li>
                  ))}
                </ul>
                <Button
                  variant="quiet"
                  className="mt-2 px-0"
                  onClick={() =>
                    void download(
                      () => setup.downloadImportErrors(result.id),
                      `import-errors-${result.id}.csv`,
                    )
                  }
                >
                  {t.wizard.catalog.importErrorReport}
                </Button>
              </>
            ) : null}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}
