'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import { describeApiError } from '../../lib/form-errors';
import { saveBlob } from '../../lib/save-blob';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, linkClass } from '../styles';
import { Button } from '../ui/button';
import { Table, TableHead, tdClass } from '../ui/table';
import { formatDateTime } from './format';
import { ImportStatusBadge } from './import-status-badge';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

/** One import: how it went, and each row that was refused with why. */
export function ImportDetailPage({ importId }: { importId: string }) {
  const { t, language } = useI18n();
  const { api, tenant } = useManage();
  const item = useLoad(`import:${importId}`, (signal) => api.getImport(importId, signal));
  const [error, setError] = useState<unknown>(null);
  const { reload } = item;
  const isRunning = item.data?.status === 'running';

  useEffect(() => {
    if (!isRunning) return;
    const timer = window.setInterval(reload, 2000);
    return () => window.clearInterval(timer);
  }, [isRunning, reload]);

  async function download() {
    setError(null);
    try {
      saveBlob(await api.downloadImportErrors(importId), `import-errors-${importId}.csv`);
    } catch (caught) {
      setError(caught);
    }
  }

  const data = item.data;
  return (
    <ManagePage title={data?.filename ?? t.manage.nav.sections.import} permission="catalog:read">
      <Link href={`/stores/${tenant.id}/import`} className={linkClass}>
        {t.manage.imports.back}
      </Link>
      <FormAlert message={error || item.error ? describeApiError(error ?? item.error, t) : null} />
      {data ? (
        <div className="space-y-4">
          <div className={`${cardClass} space-y-2`} role="status">
            <div className="flex flex-wrap items-center gap-3">
              <ImportStatusBadge status={data.status} />
              <span className="text-sm text-slate-700">
                {formatDateTime(data.createdAt, language)}
              </span>
            </div>
            {isRunning ? (
              <progress className="w-full" aria-label={t.manage.imports.importing} />
            ) : null}
            <p>
              {t.manage.imports.rows(data.totalRows)}{' '}
              {t.manage.imports.counts(data.createdCount, data.updatedCount, data.failedCount)}
            </p>
            {data.error ? <p className="text-red-800">{data.error}</p> : null}
          </div>
          {data.failedCount > 0 ? (
            <section className="space-y-3" aria-labelledby="row-errors-heading">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 id="row-errors-heading" className="text-lg font-semibold">
                  {t.manage.imports.rowErrors}
                </h2>
                <Button variant="secondary" onClick={() => void download()}>
                  {t.manage.imports.downloadErrors}
                </Button>
              </div>
              {data.errors.length < data.failedCount ? (
                <p className="text-sm text-slate-700">
                  {t.manage.imports.firstErrors(data.errors.length)}
                </p>
              ) : null}
              <Table caption={t.manage.imports.rowErrors}>
                <TableHead
                  columns={[
                    { label: t.manage.imports.row, align: 'right' },
                    { label: t.manage.products.sku },
                    { label: t.manage.imports.column },
                    { label: t.manage.imports.problem },
                  ]}
                />
                <tbody>
                  {data.errors.map((rowError, index) => (
                    <tr key={`${rowError.row}-${rowError.field ?? ''}-${index}`}>
                      <th scope="row" className={`${tdClass} text-right font-normal tabular-nums`}>
                        {rowError.row}
                      </th>
                      <td className={`${tdClass} font-mono`}>{rowError.sku ?? '—'}</td>
                      <td className={`${tdClass} font-mono`}>{rowError.field ?? '—'}</td>
                      <td className={tdClass}>{rowError.message}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </section>
          ) : null}
        </div>
      ) : item.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
    </ManagePage>
  );
}
