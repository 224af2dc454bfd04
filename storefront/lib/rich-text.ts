/**
 * Product and collection descriptions arrive as HTML that the cell API sanitised on the way in.
 * Rather than trust that with `dangerouslySetInnerHTML` (a missed path in the API would become
 * stored XSS on every store's origin, where the cart cookie lives), they are read here into a
 * small tree of allowed elements and rendered by React, which escapes all text. Unknown tags
 * disappear but keep their text; the only attribute kept is an http(s)/mailto `href`.
 */

export const richTextTags = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'a',
  'h2',
  'h3',
  'h4',
  'blockquote',
] as const;
export type RichTextTag = (typeof richTextTags)[number];

export type RichTextNode =
  | { type: 'text'; text: string }
  | { type: 'element'; tag: RichTextTag; href?: string; children: RichTextNode[] };

const allowed = new Set<string>(richTextTags);
const voidTags = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source']);
// Content of these is never text for the reader, even if a sanitiser let one through.
const dropContent = new Set(['script', 'style', 'template', 'iframe', 'object', 'noscript']);

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return namedEntities[entity.toLowerCase()] ?? whole;
  });
}

function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const href = decodeEntities(value).trim();
  if (/^mailto:/i.test(href)) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function hrefOf(attributes: string): string | undefined {
  const match = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Parses sanitised description HTML into allowed elements and text. */
export function parseRichText(html: string): RichTextNode[] {
  const root: RichTextNode[] = [];
  const stack: { tag: string; children: RichTextNode[] }[] = [{ tag: '#root', children: root }];
  let dropping: string | undefined;
  const top = () => stack[stack.length - 1]!;
  const pushText = (raw: string) => {
    if (dropping || raw.length === 0) return;
    const text = decodeEntities(raw);
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (last?.type === 'text') last.text += text;
    else siblings.push({ type: 'text', text });
  };

  const tokens =
    /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let position = 0;
  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    pushText(html.slice(position, match.index));
    position = match.index + match[0].length;
    if (!match[2]) continue; // a comment
    const closing = match[1] === '/';
    const tag = match[2].toLowerCase();
    if (dropping) {
      if (closing && tag === dropping) dropping = undefined;
      continue;
    }
    if (dropContent.has(tag)) {
      if (!closing && !match[3]?.trim().endsWith('/')) dropping = tag;
      continue;
    }
    if (closing) {
      const index = stack.findLastIndex((entry) => entry.tag === tag);
      if (index > 0) stack.length = index;
      continue;
    }
    if (!allowed.has(tag)) continue;
    const element: RichTextNode = { type: 'element', tag: tag as RichTextTag, children: [] };
    if (tag === 'a') {
      const href = safeHref(hrefOf(match[3] ?? ''));
      if (href) element.href = href;
    }
    top().children.push(element);
    if (!voidTags.has(tag)) stack.push({ tag, children: element.children });
  }
  pushText(html.slice(position));
  return root;
}

const inlineTags = new Set<RichTextTag>(['a', 'strong', 'b', 'em', 'i', 'u']);

/** The text of a description, whitespace collapsed, for meta descriptions and JSON-LD. */
export function richTextToPlain(html: string): string {
  const parts: string[] = [];
  const walk = (nodes: RichTextNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        parts.push(node.text);
        continue;
      }
      // Block elements and line breaks separate words; inline ones do not.
      const separator = inlineTags.has(node.tag) ? '' : ' ';
      parts.push(separator);
      walk(node.children);
      parts.push(separator);
    }
  };
  walk(parseRichText(html));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
