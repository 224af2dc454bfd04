'use client';

import { useRef, useState, type FormEvent } from 'react';
import { refundOrderBodySchema, type AdminOrder } from '@mpb/contracts';
import {
  apiErrorToForm,
  describeMoneyError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { formatMoney, parseMoney } from '../../lib/money';
import { minorToInput } from '../../lib/money-input';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { Dialog } from '../ui/dialog';
import { useManage } from './manage-provider';

const fields = ['amount', 'reason', 'restock'] as const;

/**
 * Refunds part or all of a paid order. The dialog keeps one idempotency key while it is open,
 * so a retry after a lost answer is the same refund, never a second one.
 */
export function OrderRefundDialog({
  order,
  isOpen,
  onClose,
  onRefunded,
}: {
  order: AdminOrder;
  isOpen: boolean;
  onClose: () => void;
  onRefunded: (order: AdminOrder) => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t.manage.orders.refundTitle} onClose={onClose}>
      {/* Mounted only while open: each opening starts a fresh refund with a new key. */}
      {isOpen ? <RefundForm order={order} onClose={onClose} onRefunded={onRefunded} /> : null}
    </Dialog>
  );
}

function RefundForm({
  order,
  onClose,
  onRefunded,
}: {
  order: AdminOrder;
  onClose: () => void;
  onRefunded: (order: AdminOrder) => void;
}) {
  const { t, language } = useI18n();
  const { api } = useManage();
  const currency = order.totals.currency;
  const formRef = useRef<HTMLFormElement>(null);
  const [idempotencyKey] = useState(() => `refund-${crypto.randomUUID()}`);
  const [amount, setAmount] = useState(() => minorToInput(order.refundable, currency, language));
  const [reason, setReason] = useState('');
  const [restock, setRestock] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const maximum = formatMoney(order.refundable, currency, language);

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const money = parseMoney(amount, currency);
    const parsed = refundOrderBodySchema.safeParse({
      amount: money.ok ? money.minor : 0,
      restock,
      ...(reason.trim() ? { reason } : {}),
    });
    const found: FieldErrors = parsed.success
      ? {}
      : fieldErrorsFromZod(parsed.error, t, { amount, reason });
    if (!money.ok) found.amount = describeMoneyError(money, t);
    else if (money.minor > order.refundable) found.amount = t.manage.orders.refundTooMuch(maximum);
    if (!parsed.success || Object.keys(found).length > 0) return showErrors(found, null);

    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      const result = await api.refundOrder(order.id, parsed.data, idempotencyKey);
      onRefunded(result.order);
      onClose();
    } catch (error) {
      const result = apiErrorToForm(error, t, fields);
      showErrors(result.fields, result.form);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="space-y-3">
      <FormAlert message={formError} />
      <TextField
        label={t.manage.orders.refundAmount}
        name="amount"
        inputMode="decimal"
        autoComplete="off"
        required
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        hint={t.manage.orders.refundable(maximum)}
        error={errors.amount}
      />
      <TextField
        label={t.manage.orders.reason}
        name="reason"
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        hint={t.manage.common.optional}
        error={errors.reason}
      />
      <CheckboxField
        label={t.manage.orders.restock}
        hint={t.manage.orders.restockHint}
        checked={restock}
        onChange={(event) => setRestock(event.target.checked)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
          {t.manage.orders.refund}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t.manage.common.cancel}
        </Button>
      </div>
    </form>
  );
}
