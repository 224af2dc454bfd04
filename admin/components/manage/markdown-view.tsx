'use client';

import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../../lib/markdown';
import { linkClass } from '../styles';

/** A help article's Markdown as React elements (never as injected HTML). */
export function MarkdownView({ source }: { source: string }) {
  return (
    <div className="space-y-3 leading-relaxed">
      {parseMarkdown(source).map((block, index) => {
        switch (block.type) {
          case 'heading': {
            const Heading = `h${block.level}` as const;
            return (
              <Heading key={index} className="pt-2 font-semibold">
                {renderInline(block.children)}
              </Heading>
            );
          }
          case 'paragraph':
            return <p key={index}>{renderInline(block.children)}</p>;
          case 'quote':
            return (
              <blockquote key={index} className="border-l-4 border-slate-300 pl-3 text-slate-700">
                {renderInline(block.children)}
              </blockquote>
            );
          case 'code':
            return (
              <pre key={index} className="overflow-x-auto rounded-md bg-slate-100 p-3 text-sm">
                <code>{block.text}</code>
              </pre>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List
                key={index}
                className={`space-y-1 pl-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}
              >
                {block.items.map((item, at) => (
                  <li key={at}>{renderInline(item)}</li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'code':
        return (
          <code key={index} className="rounded bg-slate-100 px-1 text-sm">
            {node.text}
          </code>
        );
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'link': {
        const isExternal = /^https?:/i.test(node.href);
        return (
          <a
            key={index}
            href={node.href}
            className={linkClass}
            {...(isExternal ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {renderInline(node.children)}
          </a>
        );
      }
    }
  });
}
