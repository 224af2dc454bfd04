import type { Language } from '@mpb/contracts';
import { escapeHtml } from '../format';

/**
 * What an email is made of. Templates describe content as blocks of plain text; this layout is
 * the only code that writes HTML, and it escapes every string it places, so a product titled
 * `<script>` arrives as text whatever template it appears in.
 */
export type EmailBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'button'; label: string; url: string }
  /** A URL shown in full, for mail clients where the button does not work. */
  | { type: 'url'; url: string }
  | {
      type: 'items';
      columns: [item: string, quantity: string, amount: string];
      rows: { title: string; detail?: string; quantity: number; amount: string }[];
    }
  | { type: 'rows'; rows: { label: string; value: string; strong?: boolean }[] }
  | { type: 'address'; title: string; lines: string[] };

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface EmailContent {
  language: Language;
  storeName: string;
  subject: string;
  blocks: EmailBlock[];
  footer: string;
}

export function renderEmail(content: EmailContent): RenderedEmail {
  const subject = singleLine(content.subject);
  return {
    subject,
    html: renderHtml(content, subject),
    text: renderText(content),
  };
}

/** Header values must be one line; a store name with a newline must not add headers. */
function singleLine(value: string): string {
  return value.replace(/[\r\n\t\f\v]+/g, ' ').trim();
}

function safeUrl(url: string): string {
  // Links are built by us from the store's host; anything else is a bug, never a link to follow.
  if (!/^https?:\/\//i.test(url)) throw new Error('email links must be http(s) URLs');
  return escapeHtml(url);
}

const styles = {
  body: 'margin:0;padding:0;background:#f4f4f5;font-family:Helvetica,Arial,sans-serif;color:#18181b;',
  card: 'max-width:600px;margin:24px auto;background:#ffffff;border-radius:8px;padding:32px;',
  store: 'font-size:14px;font-weight:bold;color:#52525b;margin:0 0 24px;',
  heading: 'font-size:22px;margin:0 0 16px;',
  paragraph: 'font-size:15px;line-height:1.5;margin:0 0 16px;',
  muted: 'font-size:13px;line-height:1.5;margin:0 0 16px;color:#71717a;',
  button:
    'display:inline-block;background:#18181b;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold;',
  cell: 'padding:8px 0;border-bottom:1px solid #e4e4e7;font-size:14px;vertical-align:top;',
  footer: 'font-size:12px;color:#a1a1aa;margin:24px 0 0;',
};

function renderHtml(content: EmailContent, subject: string): string {
  const body = content.blocks.map(htmlBlock).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(content.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="${styles.body}">
<div style="${styles.card}">
<p style="${styles.store}">${escapeHtml(content.storeName)}</p>
${body}
<p style="${styles.footer}">${escapeHtml(content.footer)}</p>
</div>
</body>
</html>
`;
}

function htmlBlock(block: EmailBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h1 style="${styles.heading}">${escapeHtml(block.text)}</h1>`;
    case 'paragraph':
      return `<p style="${block.muted ? styles.muted : styles.paragraph}">${escapeHtml(block.text)}</p>`;
    case 'button':
      return `<p style="${styles.paragraph}"><a href="${safeUrl(block.url)}" style="${styles.button}">${escapeHtml(block.label)}</a></p>`;
    case 'url':
      return `<p style="${styles.muted}"><a href="${safeUrl(block.url)}">${escapeHtml(block.url)}</a></p>`;
    case 'items': {
      const [item, quantity, amount] = block.columns.map(escapeHtml);
      const rows = block.rows
        .map(
          (row) =>
            `<tr><td style="${styles.cell}">${escapeHtml(row.title)}${
              row.detail
                ? `<br><span style="color:#71717a;font-size:12px">${escapeHtml(row.detail)}</span>`
                : ''
            }</td><td style="${styles.cell}text-align:center">${row.quantity}</td><td style="${styles.cell}text-align:right">${escapeHtml(row.amount)}</td></tr>`,
        )
        .join('\n');
      return `<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="margin:0 0 16px">
<tr><th align="left" style="${styles.cell}">${item}</th><th style="${styles.cell}">${quantity}</th><th align="right" style="${styles.cell}">${amount}</th></tr>
${rows}
</table>`;
    }
    case 'rows': {
      const rows = block.rows
        .map((row) => {
          const weight = row.strong ? 'font-weight:bold;' : '';
          return `<tr><td style="${styles.cell}${weight}">${escapeHtml(row.label)}</td><td style="${styles.cell}${weight}text-align:right">${escapeHtml(row.value)}</td></tr>`;
        })
        .join('\n');
      return `<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="margin:0 0 16px">\n${rows}\n</table>`;
    }
    case 'address':
      return `<p style="${styles.paragraph}"><strong>${escapeHtml(block.title)}</strong><br>${block.lines.map(escapeHtml).join('<br>')}</p>`;
  }
}

function renderText(content: EmailContent): string {
  const parts = [content.storeName, ...content.blocks.map(textBlock), '--', content.footer];
  return `${parts.join('\n\n')}\n`;
}

function textBlock(block: EmailBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'button':
      return `${block.label}: ${block.url}`;
    case 'url':
      return block.url;
    case 'items':
      return block.rows
        .map(
          (row) =>
            `${row.quantity} × ${row.title}${row.detail ? ` (${row.detail})` : ''}: ${row.amount}`,
        )
        .join('\n');
    case 'rows':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
    case 'address':
      return [block.title, ...block.lines].join('\n');
  }
}
