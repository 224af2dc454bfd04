/**
 * The small part of Markdown the help centre's articles use, parsed into a tree that React
 * renders as elements: no HTML from the server is ever injected into the page. Anything not
 * understood stays plain text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: Inline[] };

const listItem = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
      paragraph = [];
    }
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('```')) {
      flush();
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !(lines[index] ?? '').startsWith('```')) {
        code.push(lines[index] ?? '');
        index += 1;
      }
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      // The page's own title is the h1; article headings start one level below.
      const level = Math.min(4, Math.max(2, (heading[1] ?? '#').length + 1)) as 2 | 3 | 4;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] ?? '') });
      continue;
    }
    if (line.startsWith('>')) {
      flush();
      const quote: string[] = [];
      while (index < lines.length && (lines[index] ?? '').startsWith('>')) {
        quote.push((lines[index] ?? '').replace(/^>\s?/, ''));
        index += 1;
      }
      index -= 1;
      blocks.push({ type: 'quote', children: parseInline(quote.join(' ')) });
      continue;
    }
    const item = listItem.exec(line);
    if (item) {
      flush();
      const ordered = item[1] !== undefined;
      const items: Inline[][] = [];
      while (index < lines.length) {
        const next = listItem.exec(lines[index] ?? '');
        if (!next || (next[1] !== undefined) !== ordered) break;
        items.push(parseInline(next[2] ?? ''));
        index += 1;
      }
      index -= 1;
      blocks.push({ type: 'list', ordered, items });
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Links may go to web pages, email addresses or this app's own paths, nothing else. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href.trim());
}

export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = [];
  let rest = text;
  const pushText = (value: string) => {
    if (!value) return;
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text') last.text += value;
    else nodes.push({ type: 'text', text: value });
  };
  while (rest.length > 0) {
    const code = /^`([^`]+)`/.exec(rest);
    if (code) {
      nodes.push({ type: 'code', text: code[1] ?? '' });
      rest = rest.slice(code[0].length);
      continue;
    }
    const strong = /^(\*\*|__)(.+?)\1/.exec(rest);
    if (strong) {
      nodes.push({ type: 'strong', children: parseInline(strong[2] ?? '') });
      rest = rest.slice(strong[0].length);
      continue;
    }
    const em = /^(\*|_)(?!\s)(.+?)\1/.exec(rest);
    if (em) {
      nodes.push({ type: 'em', children: parseInline(em[2] ?? '') });
      rest = rest.slice(em[0].length);
      continue;
    }
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (link) {
      const href = link[2] ?? '';
      const children = parseInline(link[1] ?? '');
      if (isSafeHref(href)) nodes.push({ type: 'link', href, children });
      else nodes.push(...children);
      rest = rest.slice(link[0].length);
      continue;
    }
    // Up to the next character that may open something, at least one character.
    const plain = /^[^`*_[]+/.exec(rest)?.[0] ?? rest.charAt(0);
    pushText(plain);
    rest = rest.slice(plain.length);
  }
  return nodes;
}
