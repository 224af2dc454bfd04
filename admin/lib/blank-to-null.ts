/** An optional text field's value for the API: `null` when left blank, else as typed. */
export function blankToNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
