'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { adminProductQuerySchema, productStatuses, type Product } from '@mpb/contracts';
import { isApiError } from '../../lib/api-error';
import {
  buildBulkChanges,
  problemsFromFields,
  rowValues,
  strayFieldMessages,
  type BulkField,
  type CellProblem,
  type GridProblems,
  type RowEdit,
} from '../../lib/bulk-edit';
import { describeApiError, describeMoneyError } from '../../lib/form-errors';
import { formatMoney } from '../../lib/money';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { inputClass, linkClass, primaryButtonClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { Table, tdClass, thClass } from '../ui/table';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { usePagedList } from './use-paged-list';
import { useUrlFilters } from './use-url-filters';

const { q, status } = adminProductQuerySchema.shape;
const filterFields = { q, status };

/**
 * The catalog as a grid: search and filter, and for members who may change the catalog, the
 * price, stock and status of many products edited in place and saved together.
 */
export function ProductsPage() {
  const { t } = useI18n();
  const { api, tenant, can } = useManage();
  const { filters, setFilters, key } = useUrlFilters(filterFields);
  const list = usePagedList(`products${key}`, (cursor, signal) =>
    api.listProducts({ ...filters, cursor, limit: 50 }, signal),
  );
  const canWrite = can('catalog:write');

  return (
    <ManagePage
      title={t.manage.nav.sections.products}
      permission="catalog:read"
      actions={
        canWrite ? (
          <Link href={`/stores/${tenant.id}/products/new`} className={primaryButtonClass}>
            {t.manage.products.add}
          </Link>
        ) : null
      }
    >
      <ProductFilters
        q={filters.q ?? ''}
        status={filters.status ?? ''}
        onApply={(next) => setFilters(next)}
      />
      <FormAlert message={list.error ? describeApiError(list.error, t) : null} />
      {list.isLoading && list.items.length === 0 ? <p role="status">{t.app.loading}</p> : null}
      {!list.isLoading && list.items.length === 0 ? (
        <p>
          {Object.keys(filters).length > 0 ? t.manage.products.noMatch : t.manage.products.empty}
        </p>
      ) : null}
      {list.items.length > 0 ? (
        <ProductGrid
          products={list.items}
          canWrite={canWrite}
          onSaved={(saved) =>
            list.setItems((current) =>
              current.map((product) => saved.find((item) => item.id === product.id) ?? product),
            )
          }
        />
      ) : null}
      {list.hasMore ? (
        <Button variant="secondary" onClick={list.loadMore} isPending={list.isLoading}>
          {t.manage.common.loadMore}
        </Button>
      ) : null}
    </ManagePage>
  );
}

function ProductFilters({
  q: initialQ,
  status: initialStatus,
  onApply,
}: {
  q: string;
  status: string;
  onApply: (filters: { q?: string; status?: string }) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState(initialQ);
  useEffect(() => setQuery(initialQ), [initialQ]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ q: query, status: initialStatus });
  }

  return (
    <form
      role="search"
      aria-label={t.manage.products.filters}
      onSubmit={submit}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <TextField
        label={t.manage.products.search}
        name="q"
        type="search"
        maxLength={200}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="min-w-48 flex-1"
      />
      <SelectField
        label={t.manage.products.status}
        name="status"
        value={initialStatus}
        onChange={(event) => onApply({ q: query, status: event.target.value })}
        options={[
          { value: '', label: t.manage.products.anyStatus },
          ...productStatuses.map((value) => ({ value, label: t.products.statuses[value] })),
        ]}
      />
      <Button type="submit" variant="secondary">
        {t.manage.products.searchButton}
      </Button>
    </form>
  );
}

function ProductGrid({
  products,
  canWrite,
  onSaved,
}: {
  products: Product[];
  canWrite: boolean;
  onSaved: (products: Product[]) => void;
}) {
  const { t, language } = useI18n();
  const { api, tenant } = useManage();
  const [edits, setEdits] = useState<Record<string, RowEdit>>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<string>('active');
  const [problems, setProblems] = useState<GridProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const changedCount = Object.keys(edits).length;

  const edit = (id: string, field: BulkField, value: string) => {
    setEdits((current) => ({ ...current, [id]: { ...current[id], [field]: value } }));
    setNotice('');
  };

  function applyStatusToSelected() {
    setEdits((current) => {
      const next = { ...current };
      for (const id of selected) next[id] = { ...next[id], status: bulkStatus };
      return next;
    });
  }

  async function save() {
    setNotice('');
    setFormError(null);
    const { body, problems: found } = buildBulkChanges(products, edits, language);
    setProblems(found);
    if (!body) {
      if (Object.keys(found).length === 0) {
        setEdits({});
        setNotice(t.manage.products.nothingChanged);
      }
      focusFirstProblem(gridRef.current);
      return;
    }
    setIsSaving(true);
    try {
      const saved = await api.bulkUpdateProducts(body);
      onSaved(saved.items);
      setEdits({});
      setSelected(new Set());
      setNotice(t.manage.products.savedCount(saved.items.length));
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        setProblems(problemsFromFields(error.fields, body.items));
        const stray = strayFieldMessages(error.fields);
        setFormError([describeApiError(error, t), ...stray].join(' '));
        focusFirstProblem(gridRef.current);
      } else {
        setFormError(describeApiError(error, t));
      }
    } finally {
      setIsSaving(false);
    }
  }

  const allSelected = products.length > 0 && products.every((product) => selected.has(product.id));

  return (
    <div ref={gridRef} className="space-y-3">
      {canWrite ? (
        <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
          <SelectField
            label={t.manage.products.statusForSelected(selected.size)}
            name="bulk-status"
            value={bulkStatus}
            onChange={(event) => setBulkStatus(event.target.value)}
            options={productStatuses.map((value) => ({ value, label: t.products.statuses[value] }))}
          />
          <Button
            variant="secondary"
            disabled={selected.size === 0}
            onClick={applyStatusToSelected}
          >
            {t.manage.products.applyToSelected}
          </Button>
          <div className="flex-1" />
          <Button
            onClick={() => void save()}
            disabled={changedCount === 0}
            isPending={isSaving}
            pendingLabel={t.manage.common.saving}
          >
            {t.manage.products.saveChanges(changedCount)}
          </Button>
          {changedCount > 0 ? (
            <Button
              variant="quiet"
              onClick={() => {
                setEdits({});
                setProblems({});
              }}
            >
              {t.manage.products.discard}
            </Button>
          ) : null}
        </div>
      ) : null}
      <FormAlert message={formError} />
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
      <Table caption={t.manage.nav.sections.products}>
        <thead>
          <tr>
            {canWrite ? (
              <th scope="col" className={thClass}>
                <input
                  type="checkbox"
                  aria-label={t.manage.products.selectAll}
                  checked={allSelected}
                  onChange={(event) =>
                    setSelected(
                      event.target.checked
                        ? new Set(products.map((product) => product.id))
                        : new Set(),
                    )
                  }
                  className="size-4 accent-indigo-700"
                />
              </th>
            ) : null}
            <th scope="col" className={thClass}>
              {t.manage.products.product}
            </th>
            <th scope="col" className={thClass}>
              {t.manage.products.price(tenant.currency)}
            </th>
            <th scope="col" className={thClass}>
              {t.manage.products.stock}
            </th>
            <th scope="col" className={thClass}>
              {t.manage.products.status}
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <ProductRow
              key={product.id}
              product={product}
              edit={edits[product.id]}
              problems={problems[product.id]}
              canWrite={canWrite}
              isSelected={selected.has(product.id)}
              onSelect={(isSelected) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (isSelected) next.add(product.id);
                  else next.delete(product.id);
                  return next;
                })
              }
              onEdit={(field, value) => edit(product.id, field, value)}
            />
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function ProductRow({
  product,
  edit,
  problems,
  canWrite,
  isSelected,
  onSelect,
  onEdit,
}: {
  product: Product;
  edit: RowEdit | undefined;
  problems: GridProblems[string] | undefined;
  canWrite: boolean;
  isSelected: boolean;
  onSelect: (isSelected: boolean) => void;
  onEdit: (field: BulkField, value: string) => void;
}) {
  const { t, language } = useI18n();
  const { tenant } = useManage();
  const shown = { ...rowValues(product, language), ...edit };
  const hasSeveralVariants = product.variants.length !== 1;
  const thumbnail = product.images[0];
  const titleId = `product-${product.id}`;

  return (
    <tr data-testid="product-row" className={edit ? 'bg-amber-50' : undefined}>
      {canWrite ? (
        <td className={tdClass}>
          <input
            type="checkbox"
            aria-labelledby={titleId}
            checked={isSelected}
            onChange={(event) => onSelect(event.target.checked)}
            className="size-4 accent-indigo-700"
          />
        </td>
      ) : null}
      <th scope="row" className={`${tdClass} font-normal`}>
        <div className="flex items-center gap-3">
          {thumbnail ? (
            <img
              src={thumbnail.url}
              alt=""
              width={40}
              height={40}
              className="size-10 rounded object-cover"
            />
          ) : (
            <span aria-hidden="true" className="size-10 rounded bg-slate-100" />
          )}
          <span>
            <Link
              id={titleId}
              href={`/stores/${tenant.id}/products/${product.id}`}
              className={linkClass}
            >
              {product.title}
            </Link>
            {hasSeveralVariants ? (
              <span className="block text-xs text-slate-600">
                {t.manage.products.variantCount(product.variants.length)}
              </span>
            ) : null}
          </span>
        </div>
      </th>
      <td className={tdClass}>
        {canWrite ? (
          <GridInput
            label={t.manage.products.priceOf(product.title)}
            value={shown.price}
            inputMode="decimal"
            onChange={(value) => onEdit('price', value)}
            problem={problems?.price}
          />
        ) : (
          formatMoney(product.price, product.currency, language)
        )}
      </td>
      <td className={tdClass}>
        {canWrite && !hasSeveralVariants ? (
          <GridInput
            label={t.manage.products.stockOf(product.title)}
            value={shown.stock}
            inputMode="numeric"
            onChange={(value) => onEdit('stock', value)}
            problem={problems?.stock}
          />
        ) : (
          <span className="tabular-nums">{product.stock}</span>
        )}
      </td>
      <td className={tdClass}>
        {canWrite ? (
          <select
            aria-label={t.manage.products.statusOf(product.title)}
            value={shown.status}
            onChange={(event) => onEdit('status', event.target.value)}
            className={`${inputClass} min-w-32`}
          >
            {productStatuses.map((value) => (
              <option key={value} value={value}>
                {t.products.statuses[value]}
              </option>
            ))}
          </select>
        ) : (
          t.products.statuses[product.status]
        )}
        {problems?.row ? <CellError problem={problems.row} /> : null}
      </td>
    </tr>
  );
}

function GridInput({
  label,
  value,
  inputMode,
  onChange,
  problem,
}: {
  label: string;
  value: string;
  inputMode: 'decimal' | 'numeric';
  onChange: (value: string) => void;
  problem: CellProblem | undefined;
}) {
  const errorId = useId();
  return (
    <div>
      <input
        aria-label={label}
        value={value}
        inputMode={inputMode}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        className={`${inputClass} w-28 tabular-nums`}
      />
      {problem ? <CellError id={errorId} problem={problem} /> : null}
    </div>
  );
}

function CellError({ id, problem }: { id?: string; problem: CellProblem }) {
  const { t } = useI18n();
  const message =
    problem.kind === 'money'
      ? describeMoneyError(problem.failure, t)
      : problem.kind === 'stock'
        ? t.manage.products.stockProblem
        : problem.kind === 'status'
          ? t.errors.invalidChoice
          : problem.message;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

function focusFirstProblem(root: HTMLElement | null) {
  window.setTimeout(() => root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
