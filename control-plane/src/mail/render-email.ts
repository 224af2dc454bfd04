import type { Language } from '@mpb/contracts';
import type { PlatformMail } from './mail-sender';

/** Fills `{name}` placeholders; unknown names stay as they are. */
export const fill = (text: string, values: Readonly<Record<string, string>>) =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The platform's email languages; anything else (or nothing) is English. */
export function emailLanguage(value: string | undefined): Language {
  return value === 'pt-BR' || value === 'es' ? value : 'en';
}

/**
 * One platform email with a single call to action: a heading, the text, a button to `link`,
 * the link spelled out for clients that show no buttons, notes in small print and the
 * "ignore this" line. Texts arrive finished (placeholders filled); the HTML version escapes
 * them, so neither a store name nor an address can inject markup.
 */
export function renderButtonEmail(input: {
  language: Language;
  to: string;
  subject: string;
  heading: string;
  intro: string;
  button: string;
  link: string;
  fallback: string;
  notes: string[];
  ignore: string;
}): PlatformMail {
  const text = [
    input.heading,
    '',
    input.intro,
    '',
    `${input.button}: ${input.link}`,
    '',
    ...input.notes,
    input.ignore,
  ].join('\n');
  const url = escapeHtml(input.link);
  const notes = input.notes
    .map((note) => `<p style="font-size:13px">${escapeHtml(note)}</p>`)
    .join('\n');
  const html = `<!doctype html><html lang="${input.language}"><body style="font-family:system-ui,sans-serif;color:#1f2937">
<h1 style="font-size:20px">${escapeHtml(input.heading)}</h1>
<p>${escapeHtml(input.intro)}</p>
<p><a href="${url}" style="display:inline-block;padding:10px 16px;background:#1f2937;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(input.button)}</a></p>
<p style="font-size:13px">${escapeHtml(input.fallback)}<br>${url}</p>
${notes}
<p style="font-size:13px;color:#6b7280">${escapeHtml(input.ignore)}</p>
</body></html>`;
  return { to: input.to, subject: input.subject, text, html };
}
