'use client';

import Link from 'next/link';
import { adminOrderQuerySchema, orderStatuses, type AdminOrderSummary } from '@mpb/contracts';
import { describeApiError } from '../../lib/form-errors';
import { formatMoney } from '../../lib/money';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { linkClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { Table, TableHead, tdClass } from '../ui/table';
import { formatDateTime } from './format';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { OrderStatusBadge } from './order-status-badge';
import { useFilterForm } from './use-filter-form';
import { usePagedList } from './use-paged-list';
import { useUrlFilters } from './use-url-filters';

const { status, q, from, to } = adminOrderQuerySchema.shape;
const filterFields = { status, q, from, to };
const filterSchema = adminOrderQuerySchema.pick({ status: true, q: true, from: true, to: true });
type FilterValues = Record<keyof typeof filterFields, string>;
const emptyFilters: FilterValues = { status: '', q: '', from: '', to: '' };

/** The store's orders, filtered by status, number or email and dates, newest first. */
export function OrdersPage() {
  const { t } = useI18n();
  const { api, tenant } = useManage();
  const { filters, setFilters, key } = useUrlFilters(filterFields);
  const list = usePagedList(`orders${key}`, (cursor, signal) =>
    api.listOrders({ ...filters, cursor, limit: 25 }, signal),
  );

  return (
    <ManagePage title={t.manage.nav.sections.orders} permission="orders:read">
      <OrderFilters current={{ ...emptyFilters, ...filters }} onApply={setFilters} />
      <FormAlert message={list.error ? describeApiError(list.error, t) : null} />
      <p role="status" className="text-sm text-slate-600">
        {list.isLoading ? t.app.loading : t.manage.orders.shown(list.items.length)}
      </p>
      {list.items.length > 0 ? (
        <OrderTable orders={list.items} tenantId={tenant.id} />
      ) : !list.isLoading ? (
        <p>{Object.keys(filters).length > 0 ? t.manage.orders.noMatch : t.manage.orders.empty}</p>
      ) : null}
      {list.hasMore ? (
        <Button variant="secondary" onClick={list.loadMore} isPending={list.isLoading}>
          {t.manage.common.loadMore}
        </Button>
      ) : null}
    </ManagePage>
  );
}

function OrderFilters({
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

  const set = (field: keyof FilterValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  return (
    <form
      ref={formRef}
      noValidate
      role="search"
      aria-label={t.manage.orders.filters}
      onSubmit={submit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      <TextField
        label={t.manage.orders.search}
        name="q"
        type="search"
        value={values.q}
        onChange={(event) => set('q')(event.target.value)}
        hint={t.manage.orders.searchHint}
        error={errors.q}
        className="lg:col-span-2"
      />
      <SelectField
        label={t.manage.orders.status}
        name="status"
        value={values.status}
        onChange={(event) => set('status')(event.target.value)}
        options={[
          { value: '', label: t.manage.orders.anyStatus },
          ...orderStatuses.map((value) => ({ value, label: t.manage.orders.statuses[value] })),
        ]}
        error={errors.status}
      />
      <TextField
        label={t.manage.orders.from}
        name="from"
        type="date"
        value={values.from}
        onChange={(event) => set('from')(event.target.value)}
        error={errors.from}
      />
      <TextField
        label={t.manage.orders.to}
        name="to"
        type="date"
        value={values.to}
        onChange={(event) => set('to')(event.target.value)}
        error={errors.to}
      />
      <div className="flex flex-wrap gap-2 lg:col-span-5">
        <Button type="submit">{t.manage.orders.apply}</Button>
        <Button variant="secondary" onClick={clear}>
          {t.manage.orders.clear}
        </Button>
      </div>
    </form>
  );
}

function OrderTable({ orders, tenantId }: { orders: AdminOrderSummary[]; tenantId: string }) {
  const { t, language } = useI18n();
  return (
    <Table caption={t.manage.nav.sections.orders}>
      <TableHead
        columns={[
          { label: t.manage.orders.number },
          { label: t.manage.orders.placed },
          { label: t.manage.orders.customer },
          { label: t.manage.orders.status },
          { label: t.manage.orders.items, align: 'right' },
          { label: t.manage.orders.total, align: 'right' },
        ]}
      />
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-testid="order-row">
            <th scope="row" className={`${tdClass} font-medium`}>
              <Link href={`/stores/${tenantId}/orders/${order.id}`} className={linkClass}>
                {t.manage.orders.orderNumber(order.number)}
              </Link>
            </th>
            <td className={`${tdClass} whitespace-nowrap`}>
              {formatDateTime(order.createdAt, language)}
            </td>
            <td className={`${tdClass} break-all`}>{order.email ?? '—'}</td>
            <td className={tdClass}>
              <OrderStatusBadge status={order.status} />
            </td>
            <td className={`${tdClass} text-right tabular-nums`}>{order.itemCount}</td>
            <td className={`${tdClass} text-right whitespace-nowrap tabular-nums`}>
              {formatMoney(order.total, order.currency, language)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
