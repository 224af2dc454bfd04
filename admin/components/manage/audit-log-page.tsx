'use client';

import { auditLogQuerySchema, type AuditEntryView } from '@mpb/contracts';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { Table, TableHead, tdClass } from '../ui/table';
import { formatDateTime } from './format';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useFilterForm } from './use-filter-form';
import { usePagedList } from './use-paged-list';
import { useUrlFilters } from './use-url-filters';

const { action, from, to } = auditLogQuerySchema.shape;
const filterFields = { action, from, to };
const filterSchema = auditLogQuerySchema.pick({ action: true, from: true, to: true });
type FilterValues = Record<keyof typeof filterFields, string>;
const emptyFilters: FilterValues = { action: '', from: '', to: '' };

/** Who did what and when in the store, newest first. */
export function AuditLogPage() {
  const { t } = useI18n();
  const { api } = useManage();
  const { filters, setFilters, key } = useUrlFilters(filterFields);
  const list = usePagedList(`audit${key}`, (cursor, signal) =>
    api.listAuditLog({ ...filters, cursor, limit: 50 }, signal),
  );
  return (
    <ManagePage title={t.manage.nav.sections.auditLog} permission="audit:read">
      <AuditFilters current={{ ...emptyFilters, ...filters }} onApply={setFilters} />
      <FormAlert message={list.error ? describeApiError(list.error, t) : null} />
      {list.isLoading && list.items.length === 0 ? <p role="status">{t.app.loading}</p> : null}
      {!list.isLoading && list.items.length === 0 ? <p>{t.manage.audit.empty}</p> : null}
      {list.items.length > 0 ? <AuditTable entries={list.items} /> : null}
      {list.hasMore ? (
        <Button variant="secondary" onClick={list.loadMore} isPending={list.isLoading}>
          {t.manage.common.loadMore}
        </Button>
      ) : null}
    </ManagePage>
  );
}

function AuditFilters({
  current,
  onApply,
}: {
  current: FilterValues;
  onApply: (filters: Partial<FilterValues>) => void;
}) {
  const { t } = useI18n();
  const { formRef, values, setValues, errors, submit, clear } = useFilterForm(
    current,
    emptyFilters,
    filterSchema,
    onApply,
  );

  return (
    <form
      ref={formRef}
      noValidate
      role="search"
      aria-label={t.manage.audit.filters}
      onSubmit={submit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end"
    >
      <TextField
        label={t.manage.audit.action}
        name="action"
        value={values.action}
        onChange={(event) => setValues({ ...values, action: event.target.value })}
        hint={t.manage.audit.actionHint}
        error={errors.action}
      />
      <TextField
        label={t.manage.orders.from}
        name="from"
        type="date"
        value={values.from}
        onChange={(event) => setValues({ ...values, from: event.target.value })}
        error={errors.from}
      />
      <TextField
        label={t.manage.orders.to}
        name="to"
        type="date"
        value={values.to}
        onChange={(event) => setValues({ ...values, to: event.target.value })}
        error={errors.to}
      />
      <div className="flex flex-wrap gap-2 sm:col-span-3">
        <Button type="submit">{t.manage.orders.apply}</Button>
        <Button variant="secondary" onClick={clear}>
          {t.manage.orders.clear}
        </Button>
      </div>
    </form>
  );
}

function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t, language } = useI18n();
  return (
    <Table caption={t.manage.nav.sections.auditLog}>
      <TableHead
        columns={[
          { label: t.manage.audit.when },
          { label: t.manage.audit.who },
          { label: t.manage.audit.action },
          { label: t.manage.audit.target },
          { label: t.manage.audit.details },
        ]}
      />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-row">
            <td className={`${tdClass} whitespace-nowrap`}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
            </td>
            <td className={`${tdClass} break-all`}>
              {entry.actor.email ?? t.manage.audit.actors[entry.actor.type]}
            </td>
            <th scope="row" className={`${tdClass} font-mono font-normal`}>
              {entry.action}
            </th>
            <td className={`${tdClass} font-mono text-xs break-all`}>
              {entry.target.type ? `${entry.target.type} ${entry.target.id ?? ''}` : '—'}
            </td>
            <td className={tdClass}>
              {Object.keys(entry.data).length > 0 ? (
                <details>
                  <summary className="cursor-pointer text-indigo-800">
                    {t.manage.audit.show}
                  </summary>
                  <pre className="mt-1 max-w-xs overflow-x-auto text-xs whitespace-pre-wrap">
                    {JSON.stringify(entry.data, null, 2)}
                  </pre>
                </details>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
