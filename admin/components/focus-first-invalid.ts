/**
 * Moves focus to the first field marked invalid once React has rendered the errors, so
 * keyboard and screen-reader users land on the problem (its error is read with it).
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.setTimeout(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, 0);
}
