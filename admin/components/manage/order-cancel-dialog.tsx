'use client';

import { useRef, useState, type FormEvent } from 'react';
import { cancelOrderBodySchema, type AdminOrder } from '@mpb/contracts';
import { apiErrorToForm, fieldErrorsFromZod, type FieldErrors } from '../../lib/form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useManage } from './manage-provider';

/** Cancels an order with a reason; a paid one is refunded in full by the server. */
export function OrderCancelDialog({
  order,
  isOpen,
  onClose,
  onCancelled,
}: {
  order: AdminOrder;
  isOpen: boolean;
  onClose: () => void;
  onCancelled: (order: AdminOrder) => void;
}) {
  const { t } = useI18n();
  const { api } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = cancelOrderBodySchema.safeParse({ reason });
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, { reason }));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setFormError(null);
    try {
      onCancelled(await api.cancelOrder(order.id, parsed.data));
      onClose();
    } catch (error) {
      const result = apiErrorToForm(error, t, ['reason']);
      setErrors(result.fields);
      setFormError(result.form);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <Dialog isOpen={isOpen} title={t.manage.orders.cancelTitle} onClose={onClose}>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="space-y-3">
        <p>
          {order.status === 'paid' ? t.manage.orders.cancelPaidNote : t.manage.orders.cancelNote}
        </p>
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
          <Button
            type="submit"
            variant="danger"
            isPending={isPending}
            pendingLabel={t.manage.common.saving}
          >
            {t.manage.orders.cancelOrder}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t.manage.common.keep}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
