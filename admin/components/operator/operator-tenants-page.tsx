'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  operatorTenantListQuerySchema,
  suspendTenantBodySchema,
  tenantStatuses,
  type OperatorTenant,
} from '@mpb/contracts';
import { managePlatformApi } from '../../lib/browser-client';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { formatDate } from '../manage/format';
import { usePagedList } from '../manage/use-paged-list';
import { useUrlFilters } from '../manage/use-url-filters';
import { SelectField } from '../select-field';
import { headingClass, linkClass } from '../styles';
import { LiveBadge, StatusBadge } from '../status-badge';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { Table, TableHead, tdClass } from '../ui/table';

const { q, status, plan, cellId } = operatorTenantListQuerySchema.shape;
const filterFields = { q, status, plan, cellId };
type FilterValues = Record<keyof typeof filterFields, string>;
const emptyFilters: FilterValues = { q: '', status: '', plan: '', cellId: '' };

/** Every store on the platform with its status, plan and cell; suspend and resume. */
export function OperatorTenantsPage() {
  const { t, language } = useI18n();
  const { filters, setFilters, key } = useUrlFilters(filterFields);
  const list = usePagedList(`operator-tenants${key}`, (cursor, signal) =>
    managePlatformApi.operatorListTenants({ ...filters, cursor, limit: 50 }, signal),
  );
  const [suspending, setSuspending] = useState<OperatorTenant | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const replace = (tenant: OperatorTenant) =>
    list.setItems((items) => items.map((item) => (item.id === tenant.id ? tenant : item)));

  async function resume(tenant: OperatorTenant) {
    setError(null);
    setNotice('');
    try {
      replace(await managePlatformApi.resumeTenant(tenant.id));
      setNotice(t.manage.operator.resumed(tenant.name));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby="operator-heading" className="space-y-4">
      <title>{`${t.manage.operator.stores} · ${t.app.name}`}</title>
      <h1 id="operator-heading" className={headingClass}>
        {t.manage.operator.stores}
      </h1>
      <TenantFilters current={{ ...emptyFilters, ...filters }} onApply={setFilters} />
      <FormAlert message={error || list.error ? describeApiError(error ?? list.error, t) : null} />
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
      {list.items.length > 0 ? (
        <Table caption={t.manage.operator.stores}>
          <TableHead
            columns={[
              { label: t.manage.operator.store },
              { label: t.manage.orders.status },
              { label: t.manage.operator.plan },
              { label: t.manage.operator.cell },
              { label: t.manage.operator.owner },
              { label: t.manage.operator.created },
              { label: t.manage.common.actions },
            ]}
          />
          <tbody>
            {list.items.map((tenant) => (
              <tr key={tenant.id} data-testid="operator-tenant-row">
                <th scope="row" className={`${tdClass} font-normal`}>
                  <span className="block font-medium">{tenant.name}</span>
                  <span className="block font-mono text-xs text-slate-600">{tenant.slug}</span>
                </th>
                <td className={tdClass}>
                  <div className="flex flex-wrap gap-1">
                    <StatusBadge status={tenant.status} />
                    <LiveBadge isLive={tenant.live} />
                  </div>
                  {tenant.suspendedReason ? (
                    <span className="mt-1 block text-xs text-slate-700">
                      {tenant.suspendedReason}
                    </span>
                  ) : null}
                </td>
                <td className={tdClass}>{tenant.plan}</td>
                <td className={`${tdClass} font-mono text-xs`}>{tenant.cellId ?? '—'}</td>
                <td className={`${tdClass} break-all`}>{tenant.ownerEmail ?? '—'}</td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {formatDate(tenant.createdAt, language)}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <div className="flex flex-wrap items-center gap-1">
                    {tenant.status === 'ready' ? (
                      <Button variant="danger" onClick={() => setSuspending(tenant)}>
                        {t.manage.operator.suspend}
                        <span className="sr-only"> {tenant.name}</span>
                      </Button>
                    ) : null}
                    {tenant.status === 'suspended' ? (
                      <Button variant="secondary" onClick={() => void resume(tenant)}>
                        {t.manage.operator.resume}
                        <span className="sr-only"> {tenant.name}</span>
                      </Button>
                    ) : null}
                    {tenant.temporalUrl ? (
                      <a
                        href={tenant.temporalUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        className={`${linkClass} text-sm`}
                      >
                        {t.manage.operator.temporal}
                        <span className="sr-only">
                          {' '}
                          {tenant.name} {t.store.opensInNewTab}
                        </span>
                      </a>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : !list.isLoading ? (
        <p>{t.manage.operator.noStores}</p>
      ) : (
        <p role="status">{t.app.loading}</p>
      )}
      {list.hasMore ? (
        <Button variant="secondary" onClick={list.loadMore} isPending={list.isLoading}>
          {t.manage.common.loadMore}
        </Button>
      ) : null}
      <SuspendDialog
        tenant={suspending}
        onClose={() => setSuspending(null)}
        onSuspended={(tenant) => {
          replace(tenant);
          setNotice(t.manage.operator.suspended(tenant.name));
        }}
      />
    </section>
  );
}

function TenantFilters({
  current,
  onApply,
}: {
  current: FilterValues;
  onApply: (filters: Partial<FilterValues>) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(current);
  const currentKey = JSON.stringify(current);
  useEffect(() => setValues(JSON.parse(currentKey) as FilterValues), [currentKey]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')));
  }

  return (
    <form
      role="search"
      aria-label={t.manage.operator.filters}
      onSubmit={submit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      <TextField
        label={t.manage.operator.search}
        name="q"
        type="search"
        value={values.q}
        onChange={(event) => setValues({ ...values, q: event.target.value })}
        className="lg:col-span-2"
      />
      <SelectField
        label={t.manage.orders.status}
        name="status"
        value={values.status}
        onChange={(event) => setValues({ ...values, status: event.target.value })}
        options={[
          { value: '', label: t.manage.orders.anyStatus },
          ...tenantStatuses.map((value) => ({ value, label: t.stores.status[value] })),
        ]}
      />
      <TextField
        label={t.manage.operator.plan}
        name="plan"
        value={values.plan}
        onChange={(event) => setValues({ ...values, plan: event.target.value })}
      />
      <TextField
        label={t.manage.operator.cell}
        name="cellId"
        value={values.cellId}
        onChange={(event) => setValues({ ...values, cellId: event.target.value })}
      />
      <div className="flex gap-2 lg:col-span-5">
        <Button type="submit">{t.manage.orders.apply}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            setValues(emptyFilters);
            onApply({});
          }}
        >
          {t.manage.orders.clear}
        </Button>
      </div>
    </form>
  );
}

function SuspendDialog({
  tenant,
  onClose,
  onSuspended,
}: {
  tenant: OperatorTenant | null;
  onClose: () => void;
  onSuspended: (tenant: OperatorTenant) => void;
}) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!tenant) return;
    const parsed = suspendTenantBodySchema.safeParse({ reason });
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, { reason }));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      onSuspended(await managePlatformApi.suspendTenant(tenant.id, parsed.data.reason));
      setReason('');
      onClose();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['reason']);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <Dialog
      isOpen={tenant !== null}
      title={tenant ? t.manage.operator.suspendTitle(tenant.name) : ''}
      onClose={onClose}
    >
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="space-y-3">
        <p>{t.manage.operator.suspendNote}</p>
        <FormAlert message={formError} />
        <TextField
          label={t.manage.orders.reason}
          name="reason"
          required
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.reason}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="danger" isPending={isPending}>
            {t.manage.operator.suspend}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t.manage.common.cancel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
