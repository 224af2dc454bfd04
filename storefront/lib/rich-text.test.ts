import { excerpt, parseRichText, richTextToPlain } from './rich-text';

describe('parseRichText', () => {
  it('keeps the allowed elements and their text', () => {
    expect(
      parseRichText('<p>Hand <strong>made</strong>.</p><ul><li>300&nbsp;ml</li></ul>'),
    ).toEqual([
      {
        type: 'element',
        tag: 'p',
        children: [
          { type: 'text', text: 'Hand ' },
          { type: 'element', tag: 'strong', children: [{ type: 'text', text: 'made' }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'element',
        tag: 'ul',
        children: [
          { type: 'element', tag: 'li', children: [{ type: 'text', text: '300\u00a0ml' }] },
        ],
      },
    ]);
  });

  it('decodes entities into text, which React escapes again', () => {
    expect(parseRichText('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#x27;')).toEqual([
      { type: 'text', text: "<script>alert(1)</script> & 'x'" },
    ]);
  });

  it('drops scripts, styles and unknown tags, keeping harmless text', () => {
    const nodes = parseRichText(
      '<div onclick="x()">Hi<script>alert(1)</script><style>p{}</style><img src=x onerror=y></div><!-- c -->',
    );
    expect(nodes).toEqual([{ type: 'text', text: 'Hi' }]);
  });

  it('keeps only http(s) and mailto links', () => {
    const links = parseRichText(
      '<a href="https://a.example/x?y=1&amp;z=2">ok</a><a href="javascript:alert(1)">bad</a><a href=\'mailto:a@b.example\'>mail</a><a href="  JaVaScRiPt:x">bad2</a>',
    );
    expect(links.map((node) => (node.type === 'element' ? (node.href ?? null) : 'text'))).toEqual([
      'https://a.example/x?y=1&z=2',
      null,
      'mailto:a@b.example',
      null,
    ]);
  });

  it('survives unbalanced markup', () => {
    expect(() => parseRichText('<p><em>open</p></li></em><ul><li>a')).not.toThrow();
    expect(richTextToPlain('<p><em>open</p></li></em><ul><li>a')).toBe('open a');
  });
});

describe('richTextToPlain and excerpt', () => {
  it('separates blocks with spaces but not inline elements', () => {
    expect(richTextToPlain('<h2>Mug</h2><p>Hand <em>made</em>.<br>Holds 300 ml.</p>')).toBe(
      'Mug Hand made. Holds 300 ml.',
    );
  });

  it('cuts long text at a word boundary', () => {
    const text = 'word '.repeat(60).trim();
    const cut = excerpt(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(excerpt('short', 50)).toBe('short');
  });
});
