'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { importColumns, requiredImportColumns, type ImportSummary } from '@mpb/contracts';
import { apiErrorToForm, describeApiError } from '../../lib/form-errors';
import { saveBlob } from '../../lib/save-blob';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, linkClass } from '../styles';
import { Button } from '../ui/button';
import { FileField } from '../ui/file-field';
import { Notice } from '../ui/notice';
import { Table, TableHead, tdClass } from '../ui/table';
import { formatDateTime } from './format';
import { ImportStatusBadge } from './import-status-badge';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

const pollMs = 2000;

/**
 * Catalog import and export. An import runs in the store's API whether or not this page stays
 * open: the list below shows it running and polls until it finishes, so the merchant may leave
 * and come back to its result.
 */
export function ImportPage() {
  const { t } = useI18n();
  const { api, can } = useManage();
  const imports = useLoad('imports', (signal) => api.listImports({ limit: 20 }, signal));
  const items = imports.data?.items ?? [];
  const isRunning = items.some((item) => item.status === 'running');
  const { reload } = imports;

  useEffect(() => {
    if (!isRunning) return;
    const timer = window.setInterval(reload, pollMs);
    return () => window.clearInterval(timer);
  }, [isRunning, reload]);

  return (
    <ManagePage title={t.manage.nav.sections.import} permission="catalog:read">
      {can('catalog:write') ? <UploadCard onStarted={reload} onFinished={reload} /> : null}
      <ExportCard />
      <section className="space-y-3" aria-labelledby="imports-heading">
        <h2 id="imports-heading" className="text-lg font-semibold">
          {t.manage.imports.recent}
        </h2>
        <FormAlert message={imports.error ? describeApiError(imports.error, t) : null} />
        {imports.data && items.length === 0 ? <p>{t.manage.imports.none}</p> : null}
        {items.length > 0 ? <ImportTable items={items} /> : null}
      </section>
    </ManagePage>
  );
}

function UploadCard({ onStarted, onFinished }: { onStarted: () => void; onFinished: () => void }) {
  const { t } = useI18n();
  const { api } = useManage();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setResult(null);
    if (!file) {
      setFileError(t.manage.imports.chooseFile);
      fileRef.current?.focus();
      return;
    }
    setIsPending(true);
    setFileError(undefined);
    setFormError(null);
    // The list shows the import as running while the file is processed.
    const refresh = window.setTimeout(onStarted, 500);
    try {
      setResult(await api.uploadImport(file));
      if (fileRef.current) fileRef.current.value = '';
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['file']);
      setFileError(mapped.fields.file);
      setFormError(mapped.form);
    } finally {
      window.clearTimeout(refresh);
      setIsPending(false);
      onFinished();
    }
  }

  async function sample(format: 'csv' | 'xlsx') {
    setDownloadError(null);
    try {
      saveBlob(await api.downloadSample(format), `sample.${format}`);
    } catch (error) {
      setDownloadError(error);
    }
  }

  return (
    <section className={`${cardClass} space-y-4`} aria-labelledby="import-heading">
      <h2 id="import-heading" className="text-lg font-semibold">
        {t.manage.imports.title}
      </h2>
      <p className="text-sm text-slate-700">{t.manage.imports.intro}</p>
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-800">{t.manage.imports.columns}</summary>
        <p className="mt-2">{t.manage.imports.required(requiredImportColumns.join(', '))}</p>
        <p className="mt-1 font-mono text-xs break-words">{importColumns.join(', ')}</p>
      </details>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void sample('csv')}>
          {t.manage.imports.sampleCsv}
        </Button>
        <Button variant="secondary" onClick={() => void sample('xlsx')}>
          {t.manage.imports.sampleXlsx}
        </Button>
      </div>
      <FormAlert message={downloadError ? describeApiError(downloadError, t) : null} />
      <form noValidate onSubmit={(event) => void submit(event)} className="space-y-3">
        <FormAlert message={formError} />
        <FileField
          ref={fileRef}
          label={t.manage.imports.file}
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hint={t.manage.imports.fileHint}
          error={fileError}
        />
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.imports.importing}>
          {t.manage.imports.start}
        </Button>
      </form>
      <div role="status" className="space-y-2">
        {isPending ? (
          <>
            <progress className="w-full" aria-label={t.manage.imports.importing} />
            <p className="text-sm text-slate-700">{t.manage.imports.mayLeave}</p>
          </>
        ) : null}
        {result ? <ImportResult result={result} /> : null}
      </div>
    </section>
  );
}

function ImportResult({ result }: { result: ImportSummary }) {
  const { t } = useI18n();
  const { tenant } = useManage();
  if (result.status === 'failed') {
    return (
      <Notice tone="warning" title={t.manage.imports.failed}>
        {result.error}
      </Notice>
    );
  }
  return (
    <Notice tone={result.failedCount > 0 ? 'warning' : 'success'} title={t.manage.imports.done}>
      <p>{t.manage.imports.counts(result.createdCount, result.updatedCount, result.failedCount)}</p>
      {result.failedCount > 0 ? (
        <Link href={`/stores/${tenant.id}/import/${result.id}`} className={linkClass}>
          {t.manage.imports.seeErrors}
        </Link>
      ) : null}
    </Notice>
  );
}

function ExportCard() {
  const { t } = useI18n();
  const { api } = useManage();
  const [error, setError] = useState<unknown>(null);
  async function download(format: 'csv' | 'xlsx') {
    setError(null);
    try {
      saveBlob(await api.downloadExport(format), `products.${format}`);
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <section className={`${cardClass} space-y-3`} aria-labelledby="export-heading">
      <h2 id="export-heading" className="text-lg font-semibold">
        {t.manage.imports.export}
      </h2>
      <p className="text-sm text-slate-700">{t.manage.imports.exportHint}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void download('csv')}>
          {t.manage.common.download('CSV')}
        </Button>
        <Button variant="secondary" onClick={() => void download('xlsx')}>
          {t.manage.common.download('Excel')}
        </Button>
      </div>
      <FormAlert message={error ? describeApiError(error, t) : null} />
    </section>
  );
}

function ImportTable({ items }: { items: ImportSummary[] }) {
  const { t, language } = useI18n();
  const { tenant } = useManage();
  return (
    <Table caption={t.manage.imports.recent}>
      <TableHead
        columns={[
          { label: t.manage.imports.fileName },
          { label: t.manage.orders.status },
          { label: t.manage.imports.created, align: 'right' },
          { label: t.manage.imports.updated, align: 'right' },
          { label: t.manage.imports.failedRows, align: 'right' },
          { label: t.manage.imports.started },
        ]}
      />
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row" className={`${tdClass} font-normal break-all`}>
              <Link href={`/stores/${tenant.id}/import/${item.id}`} className={linkClass}>
                {item.filename}
              </Link>
            </th>
            <td className={tdClass}>
              <ImportStatusBadge status={item.status} />
            </td>
            <td className={`${tdClass} text-right tabular-nums`}>{item.createdCount}</td>
            <td className={`${tdClass} text-right tabular-nums`}>{item.updatedCount}</td>
            <td className={`${tdClass} text-right tabular-nums`}>{item.failedCount}</td>
            <td className={`${tdClass} whitespace-nowrap`}>
              {formatDateTime(item.createdAt, language)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
