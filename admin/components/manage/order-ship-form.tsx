'use client';

import { useRef, useState, type FormEvent } from 'react';
import { shipOrderBodySchema, type AdminOrder } from '@mpb/contracts';
import { apiErrorToForm, fieldErrorsFromZod, type FieldErrors } from '../../lib/form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { useManage } from './manage-provider';

const fields = ['carrier', 'trackingNumber', 'trackingUrl'] as const;

/** Marks a paid order shipped with its carrier and tracking number. */
export function OrderShipForm({
  order,
  onShipped,
}: {
  order: AdminOrder;
  onShipped: (order: AdminOrder) => void;
}) {
  const { t } = useI18n();
  const { api } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ carrier: '', trackingNumber: '', trackingUrl: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      carrier: values.carrier,
      trackingNumber: values.trackingNumber,
      ...(values.trackingUrl.trim() ? { trackingUrl: values.trackingUrl } : {}),
    };
    const parsed = shipOrderBodySchema.safeParse(body);
    if (!parsed.success) return showErrors(fieldErrorsFromZod(parsed.error, t, values), null);
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      onShipped(await api.shipOrder(order.id, parsed.data));
    } catch (error) {
      const result = apiErrorToForm(error, t, fields);
      showErrors(result.fields, result.form);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="ship-heading"
      className="space-y-3"
    >
      <h2 id="ship-heading" className="font-semibold">
        {t.manage.orders.shipTitle}
      </h2>
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t.manage.orders.carrier}
          name="carrier"
          required
          maxLength={80}
          value={values.carrier}
          onChange={(event) => setValues({ ...values, carrier: event.target.value })}
          error={errors.carrier}
        />
        <TextField
          label={t.manage.orders.trackingNumber}
          name="trackingNumber"
          required
          maxLength={100}
          autoComplete="off"
          value={values.trackingNumber}
          onChange={(event) => setValues({ ...values, trackingNumber: event.target.value })}
          error={errors.trackingNumber}
        />
      </div>
      <TextField
        label={t.manage.orders.trackingUrl}
        name="trackingUrl"
        type="url"
        inputMode="url"
        maxLength={500}
        value={values.trackingUrl}
        onChange={(event) => setValues({ ...values, trackingUrl: event.target.value })}
        hint={t.manage.common.optional}
        error={errors.trackingUrl}
      />
      <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
        {t.manage.orders.markShipped}
      </Button>
    </form>
  );
}
