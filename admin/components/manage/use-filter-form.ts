'use client';

import {
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type FormEvent,
  type SetStateAction,
} from 'react';
import type { z } from 'zod';
import { fieldErrorsFromZod, type FieldErrors } from '../../lib/form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { useI18n } from '../i18n-provider';

/**
 * A list's filter form: edits a copy of the filters in the URL, follows the URL when Back or
 * Forward changes it, and applies only the filled-in fields once they pass `schema`.
 */
export function useFilterForm<Values extends Record<string, string>>(
  current: Values,
  empty: Values,
  schema: z.ZodType,
  onApply: (filters: Partial<Values>) => void,
): {
  formRef: React.RefObject<HTMLFormElement | null>;
  values: Values;
  setValues: Dispatch<SetStateAction<Values>>;
  errors: FieldErrors;
  submit: (event: FormEvent<HTMLFormElement>) => void;
  clear: () => void;
} {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(current);
  const [errors, setErrors] = useState<FieldErrors>({});
  const currentKey = JSON.stringify(current);
  useEffect(() => setValues(JSON.parse(currentKey) as Values), [currentKey]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const present = Object.fromEntries(
      Object.entries(values).filter(([, value]) => value.trim() !== ''),
    ) as Partial<Values>;
    const parsed = schema.safeParse(present);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, values));
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    onApply(present);
  }

  function clear() {
    setValues(empty);
    setErrors({});
    onApply({});
  }

  return { formRef, values, setValues, errors, submit, clear };
}
