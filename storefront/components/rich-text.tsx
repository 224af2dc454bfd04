import type { ReactNode } from 'react';
import { parseRichText, type RichTextNode } from '../lib/rich-text';

const classNames: Partial<Record<string, string>> = {
  p: 'my-3',
  ul: 'my-3 list-disc pl-6',
  ol: 'my-3 list-decimal pl-6',
  h2: 'mt-6 mb-2 text-xl font-semibold',
  h3: 'mt-5 mb-2 text-lg font-semibold',
  h4: 'mt-4 mb-2 font-semibold',
  blockquote: 'my-3 border-l-4 border-neutral-300 pl-4 italic',
  a: 'font-medium underline underline-offset-2',
};

function render(nodes: RichTextNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'text') return node.text;
    const Tag = node.tag;
    if (Tag === 'br') return <br key={index} />;
    if (Tag === 'a') {
      return node.href ? (
        <a
          key={index}
          href={node.href}
          rel="nofollow noopener noreferrer"
          target="_blank"
          className={classNames.a}
        >
          {render(node.children)}
        </a>
      ) : (
        <span key={index}>{render(node.children)}</span>
      );
    }
    return (
      <Tag key={index} className={classNames[Tag]}>
        {render(node.children)}
      </Tag>
    );
  });
}

/** A merchant's description, rendered from the parsed tree (see lib/rich-text.ts), never as raw HTML. */
export function RichText({ html, className = '' }: { html: string; className?: string }) {
  const nodes = parseRichText(html);
  if (nodes.length === 0) return null;
  return <div className={className}>{render(nodes)}</div>;
}
