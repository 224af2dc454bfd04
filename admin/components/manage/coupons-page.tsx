'use client';

import { useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { couponKinds, createCouponBodySchema, type couponSchema } from '@mpb/contracts';
import {
  apiErrorToForm,
  describeApiError,
  describeMoneyError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { formatMoney, parseMoney } from '../../lib/money';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { Table, TableHead, tdClass } from '../ui/table';
import { formatDate } from './format';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useConfirmDelete } from './use-confirm-delete';
import { useLoad } from './use-load';

type Coupon = z.infer<typeof couponSchema>;
type Kind = (typeof couponKinds)[number];

/** Discount codes: what they take off, from when to when, how often. */
export function CouponsPage() {
  const confirmDelete = useConfirmDelete();
  const { t, language } = useI18n();
  const { api, can, tenant } = useManage();
  const coupons = useLoad('coupons', (signal) => api.listCoupons(signal));
  const [error, setError] = useState<unknown>(null);
  const canWrite = can('discounts:write');
  const money = (minor: number) => formatMoney(minor, tenant.currency, language);

  async function act(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      coupons.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const describe = (coupon: Coupon) =>
    coupon.kind === 'percentage'
      ? t.manage.coupons.percentOff(coupon.value)
      : coupon.kind === 'fixed'
        ? t.manage.coupons.amountOff(money(coupon.value))
        : t.manage.coupons.kinds.free_shipping;

  return (
    <ManagePage title={t.manage.nav.sections.coupons} permission="discounts:read">
      <FormAlert
        message={error || coupons.error ? describeApiError(error ?? coupons.error, t) : null}
      />
      {coupons.data && coupons.data.items.length === 0 ? <p>{t.manage.coupons.empty}</p> : null}
      {coupons.data && coupons.data.items.length > 0 ? (
        <Table caption={t.manage.nav.sections.coupons}>
          <TableHead
            columns={[
              { label: t.manage.coupons.code },
              { label: t.manage.coupons.discount },
              { label: t.manage.coupons.validity },
              { label: t.manage.coupons.used, align: 'right' },
              { label: t.manage.coupons.active },
              canWrite && { label: t.manage.common.actions, isLabelHidden: true },
            ]}
          />
          <tbody>
            {coupons.data.items.map((coupon) => (
              <tr key={coupon.id}>
                <th scope="row" className={`${tdClass} font-mono font-normal`}>
                  {coupon.code}
                </th>
                <td className={tdClass}>
                  {describe(coupon)}
                  {coupon.minSubtotal > 0 ? (
                    <span className="block text-slate-600">
                      {t.manage.coupons.minimum(money(coupon.minSubtotal))}
                    </span>
                  ) : null}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {coupon.startsAt ? formatDate(coupon.startsAt, language) : '…'} –{' '}
                  {coupon.endsAt ? formatDate(coupon.endsAt, language) : '…'}
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  {coupon.usageLimit === null
                    ? coupon.usedCount
                    : `${coupon.usedCount} / ${coupon.usageLimit}`}
                </td>
                <td className={tdClass}>
                  {canWrite ? (
                    <input
                      type="checkbox"
                      checked={coupon.active}
                      aria-label={t.manage.coupons.activeOf(coupon.code)}
                      onChange={(event) =>
                        void act(() =>
                          api.updateCoupon(coupon.id, { active: event.target.checked }),
                        )
                      }
                      className="size-5 accent-indigo-700"
                    />
                  ) : coupon.active ? (
                    t.manage.common.yes
                  ) : (
                    t.manage.common.no
                  )}
                </td>
                {canWrite ? (
                  <td className={tdClass}>
                    <Button
                      variant="quiet"
                      onClick={() => {
                        void confirmDelete(coupon.code).then((confirmed) =>
                          confirmed ? act(() => api.deleteCoupon(coupon.id)) : undefined,
                        );
                      }}
                    >
                      {t.manage.common.delete}
                      <span className="sr-only"> {coupon.code}</span>
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {canWrite ? <CouponForm onAdded={coupons.reload} /> : null}
    </ManagePage>
  );
}

const fields = [
  'code',
  'kind',
  'value',
  'minSubtotal',
  'startsAt',
  'endsAt',
  'usageLimit',
  'perCustomerLimit',
  'active',
] as const;

/** `YYYY-MM-DD` from a date input as the start of that day where the merchant is. */
function dayToIso(day: string): string | null {
  if (day.trim() === '') return null;
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime()) ? day : date.toISOString();
}

function CouponForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const { api, tenant } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const empty = {
    code: '',
    kind: 'percentage' as Kind,
    value: '',
    minSubtotal: '',
    startsAt: '',
    endsAt: '',
    usageLimit: '',
    perCustomerLimit: '',
    active: true,
  };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    let value = 0;
    if (values.kind === 'percentage') value = Number(values.value.trim() || Number.NaN);
    if (values.kind === 'fixed') {
      const money = parseMoney(values.value, tenant.currency);
      if (money.ok) value = money.minor;
      else found.value = describeMoneyError(money, t);
    }
    let minSubtotal = 0;
    if (values.minSubtotal.trim() !== '') {
      const money = parseMoney(values.minSubtotal, tenant.currency);
      if (money.ok) minSubtotal = money.minor;
      else found.minSubtotal = describeMoneyError(money, t);
    }
    const limit = (text: string) => (text.trim() === '' ? null : Number(text));
    const parsed = createCouponBodySchema.safeParse({
      code: values.code,
      kind: values.kind,
      value,
      minSubtotal,
      startsAt: dayToIso(values.startsAt),
      endsAt: dayToIso(values.endsAt),
      usageLimit: limit(values.usageLimit),
      perCustomerLimit: limit(values.perCustomerLimit),
      active: values.active,
    });
    const all = {
      ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error, t, values)),
      ...found,
    };
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(all);
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      await api.createCoupon(parsed.data);
      setValues(empty);
      onAdded();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, fields, { ALREADY_EXISTS: 'code' });
      setErrors(mapped.fields);
      setFormError(mapped.form);
      focusFirstInvalid(formRef.current);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-labelledby="coupon-form-heading"
    >
      <h2 id="coupon-form-heading" className="text-lg font-semibold">
        {t.manage.coupons.add}
      </h2>
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t.manage.coupons.code}
          name="code"
          required
          maxLength={32}
          autoCapitalize="characters"
          value={values.code}
          onChange={(event) => setValues({ ...values, code: event.target.value })}
          hint={t.manage.coupons.codeHint}
          error={errors.code}
        />
        <SelectField
          label={t.manage.coupons.kind}
          name="kind"
          value={values.kind}
          onChange={(event) => setValues({ ...values, kind: event.target.value as Kind })}
          options={couponKinds.map((kind) => ({
            value: kind,
            label: t.manage.coupons.kinds[kind],
          }))}
          error={errors.kind}
        />
        {values.kind === 'free_shipping' ? null : (
          <TextField
            label={
              values.kind === 'percentage'
                ? t.manage.coupons.percent
                : t.manage.coupons.amount(tenant.currency)
            }
            name="value"
            inputMode="decimal"
            required
            value={values.value}
            onChange={(event) => setValues({ ...values, value: event.target.value })}
            error={errors.value}
          />
        )}
        <TextField
          label={t.manage.coupons.minSubtotal(tenant.currency)}
          name="minSubtotal"
          inputMode="decimal"
          value={values.minSubtotal}
          onChange={(event) => setValues({ ...values, minSubtotal: event.target.value })}
          hint={t.manage.common.optional}
          error={errors.minSubtotal}
        />
        <TextField
          label={t.manage.coupons.startsAt}
          name="startsAt"
          type="date"
          value={values.startsAt}
          onChange={(event) => setValues({ ...values, startsAt: event.target.value })}
          hint={t.manage.common.optional}
          error={errors.startsAt}
        />
        <TextField
          label={t.manage.coupons.endsAt}
          name="endsAt"
          type="date"
          value={values.endsAt}
          onChange={(event) => setValues({ ...values, endsAt: event.target.value })}
          hint={t.manage.common.optional}
          error={errors.endsAt}
        />
        <TextField
          label={t.manage.coupons.usageLimit}
          name="usageLimit"
          type="number"
          inputMode="numeric"
          min={1}
          value={values.usageLimit}
          onChange={(event) => setValues({ ...values, usageLimit: event.target.value })}
          hint={t.manage.coupons.noLimit}
          error={errors.usageLimit}
        />
        <TextField
          label={t.manage.coupons.perCustomerLimit}
          name="perCustomerLimit"
          type="number"
          inputMode="numeric"
          min={1}
          value={values.perCustomerLimit}
          onChange={(event) => setValues({ ...values, perCustomerLimit: event.target.value })}
          hint={t.manage.coupons.noLimit}
          error={errors.perCustomerLimit}
        />
      </div>
      <CheckboxField
        label={t.manage.coupons.active}
        checked={values.active}
        onChange={(event) => setValues({ ...values, active: event.target.checked })}
      />
      <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
        {t.manage.coupons.add}
      </Button>
    </form>
  );
}
