import sanitizeHtml from 'sanitize-html';

/**
 * Product descriptions are rich text written by merchants and shown to shoppers as HTML, so
 * they are sanitised on the way in to a small allow-list: no scripts, styles, event handlers,
 * iframes or images (those come through media), and links only to http(s) and mailto.
 */
export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
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
    ],
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', {
        rel: 'nofollow noopener noreferrer',
        target: '_blank',
      }),
    },
  }).trim();
}

/** Plain text of a description, for search and meta descriptions. */
export function descriptionText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
