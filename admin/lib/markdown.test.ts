import { isSafeHref, parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings one level below the page title, paragraphs and lists', () => {
    const blocks = parseMarkdown(
      '# Connect Stripe\n\nOpen **Integrations**\nand click *Connect*.\n\n- one\n- two\n\n1. first\n2. second\n',
    );
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'list']);
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 2 });
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Open ' },
        { type: 'strong', children: [{ type: 'text', text: 'Integrations' }] },
        { type: 'text', text: ' and click ' },
        { type: 'em', children: [{ type: 'text', text: 'Connect' }] },
        { type: 'text', text: '.' },
      ],
    });
    expect(blocks[2]).toMatchObject({ type: 'list', ordered: false });
    expect(blocks[3]).toMatchObject({ type: 'list', ordered: true });
  });

  it('keeps code blocks verbatim and quotes as quotes', () => {
    expect(parseMarkdown('```\nhandle,sku\n<b>x</b>\n```\n> Note')).toEqual([
      { type: 'code', text: 'handle,sku\n<b>x</b>' },
      { type: 'quote', children: [{ type: 'text', text: 'Note' }] },
    ]);
  });

  it('leaves HTML as text: nothing is ever rendered as markup', () => {
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
    ]);
  });
});

describe('links', () => {
  it('keeps web, email and in-app links', () => {
    expect(parseInline('[Stripe](https://stripe.com) and [help](/stores)')).toEqual([
      { type: 'link', href: 'https://stripe.com', children: [{ type: 'text', text: 'Stripe' }] },
      { type: 'text', text: ' and ' },
      { type: 'link', href: '/stores', children: [{ type: 'text', text: 'help' }] },
    ]);
  });

  it('turns a javascript: or protocol-relative link into its text', () => {
    expect(parseInline('[click](javascript:alert)')).toEqual([{ type: 'text', text: 'click' }]);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('//evil.example.com')).toBe(false);
    expect(isSafeHref('mailto:help@example.com')).toBe(true);
  });

  it('reads inline code without looking inside it', () => {
    expect(parseInline('use `**not bold**`')).toEqual([
      { type: 'text', text: 'use ' },
      { type: 'code', text: '**not bold**' },
    ]);
  });
});
