'use client';

import { z } from 'zod';
import type { AnalyticsSummary } from '@mpb/contracts';
import {
  bucketLabel,
  dashboardPeriods,
  defaultPeriod,
  formatRate,
  isDashboardPeriod,
  periodQuery,
} from '../../lib/dashboard-period';
import { describeApiError } from '../../lib/form-errors';
import { formatMoney } from '../../lib/money';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass } from '../styles';
import { BarChart } from './bar-chart';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';
import { useUrlFilters } from './use-url-filters';

const filterFields = { period: z.enum(dashboardPeriods) };

/** Sales, orders, average order value, conversion and top products over a chosen period. */
export function DashboardPage() {
  const { t } = useI18n();
  const { api, can } = useManage();
  const { filters, setFilters } = useUrlFilters(filterFields);
  const period = isDashboardPeriod(filters.period) ? filters.period : defaultPeriod;
  const summary = useLoad(can('analytics:read') ? `summary:${period}` : null, (signal) =>
    api.getAnalyticsSummary(periodQuery(period), signal),
  );

  return (
    <ManagePage title={t.manage.nav.sections.dashboard} permission="analytics:read">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SelectField
          label={t.manage.dashboard.period}
          name="period"
          value={period}
          onChange={(event) =>
            setFilters({
              period: event.target.value === defaultPeriod ? undefined : event.target.value,
            })
          }
          options={dashboardPeriods.map((value) => ({
            value,
            label: t.manage.dashboard.periods[value],
          }))}
        />
        {summary.isLoading ? (
          <p role="status" className="text-sm text-slate-600">
            {t.app.loading}
          </p>
        ) : null}
      </div>
      <FormAlert message={summary.error ? describeApiError(summary.error, t) : null} />
      {summary.data ? <Summary summary={summary.data} /> : null}
    </ManagePage>
  );
}

function Summary({ summary }: { summary: AnalyticsSummary }) {
  const { t, language } = useI18n();
  const money = (value: number) => formatMoney(value, summary.currency, language);
  const count = (value: number) => new Intl.NumberFormat(language).format(value);
  const { totals } = summary;
  const points = (pick: (bucket: AnalyticsSummary['series'][number]) => number) =>
    summary.series.map((bucket) => ({
      label: bucketLabel(bucket.date, summary.granularity, language),
      value: pick(bucket),
    }));

  return (
    <div className="space-y-6">
      <dl className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Stat
          label={t.manage.dashboard.sales}
          value={money(totals.sales)}
          note={totals.refunded > 0 ? t.manage.dashboard.refunded(money(totals.refunded)) : null}
          testId="stat-sales"
        />
        <Stat label={t.manage.dashboard.orders} value={count(totals.orders)} testId="stat-orders" />
        <Stat
          label={t.manage.dashboard.averageOrderValue}
          value={money(totals.averageOrderValue)}
          testId="stat-aov"
        />
        <Stat
          label={t.manage.dashboard.conversion}
          value={formatRate(totals.conversionRate, language)}
          note={t.manage.dashboard.sessions(count(totals.sessions))}
          testId="stat-conversion"
        />
      </dl>
      <div className="grid gap-6 xl:grid-cols-2">
        <div className={cardClass}>
          <BarChart
            title={t.manage.dashboard.salesChart}
            points={points((b) => b.sales)}
            format={money}
          />
        </div>
        <div className={cardClass}>
          <BarChart
            title={t.manage.dashboard.ordersChart}
            points={points((b) => b.orders)}
            format={count}
            integer
          />
        </div>
      </div>
      <div className={cardClass}>
        <h2 className="mb-3 font-semibold">{t.manage.dashboard.topProducts}</h2>
        {summary.topProducts.byRevenue.length === 0 ? (
          <p className="text-slate-700">{t.manage.dashboard.noSales}</p>
        ) : (
          <TopProducts products={summary.topProducts.byRevenue} money={money} count={count} />
        )}
      </div>
    </div>
  );
}

function Stat({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string | null;
  testId: string;
}) {
  return (
    <div className={cardClass}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {note ? <dd className="text-sm text-slate-600">{note}</dd> : null}
    </div>
  );
}

function TopProducts({
  products,
  money,
  count,
}: {
  products: AnalyticsSummary['topProducts']['byRevenue'];
  money: (value: number) => string;
  count: (value: number) => string;
}) {
  const { t } = useI18n();
  const best = Math.max(1, ...products.map((product) => product.revenue));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-2 pr-4 font-medium">
              {t.manage.dashboard.product}
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              {t.manage.dashboard.unitsSold}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t.manage.dashboard.revenue}
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.productId ?? product.title} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="block">{product.title}</span>
                {/* The bar repeats the revenue column for the eye; it carries nothing new. */}
                <span aria-hidden="true" className="mt-1 block h-1.5 rounded bg-slate-100">
                  <span
                    className="block h-1.5 rounded bg-indigo-500"
                    style={{ width: `${(product.revenue / best) * 100}%` }}
                  />
                </span>
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{count(product.quantity)}</td>
              <td className="py-2 text-right tabular-nums">{money(product.revenue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
