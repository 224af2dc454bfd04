'use client';

import { useRef, useState, type FormEvent } from 'react';
import { ticketMessageBodySchema } from '@mpb/contracts';
import { apiErrorToForm, fieldErrorsFromZod, type FieldErrors } from '../../lib/form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { TextareaField } from '../ui/textarea-field';

/** A message on a support ticket; operators may close the ticket with their answer. */
export function ReplyForm({
  onSend,
  canClose = false,
}: {
  onSend: (body: string, close: boolean) => Promise<void>;
  canClose?: boolean;
}) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState('');
  const [close, setClose] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ticketMessageBodySchema.safeParse({ body });
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, { body }));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      await onSend(parsed.data.body, close);
      setBody('');
      setClose(false);
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['body']);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="space-y-3">
      <FormAlert message={formError} />
      <TextareaField
        label={t.manage.help.reply}
        name="body"
        required
        rows={5}
        maxLength={10_000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body}
      />
      {canClose ? (
        <CheckboxField
          label={t.manage.help.closeWithAnswer}
          checked={close}
          onChange={(event) => setClose(event.target.checked)}
        />
      ) : null}
      <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
        {t.manage.help.send}
      </Button>
    </form>
  );
}
