import { ga4InitSnippet, ga4ScriptUrl, metaPixelSnippet } from './analytics-snippets';

describe('analytics tags', () => {
  it('configures GA4 with the measurement id as a string', () => {
    expect(ga4ScriptUrl('G-AB12CD34EF')).toBe(
      'https://www.googletagmanager.com/gtag/js?id=G-AB12CD34EF',
    );
    expect(ga4InitSnippet('G-AB12CD34EF')).toContain(`gtag('config', "G-AB12CD34EF");`);
  });

  it('initialises the Meta pixel with its id and counts the page view', () => {
    const snippet = metaPixelSnippet('123456789012345')!;
    expect(snippet).toContain(`fbq('init', "123456789012345");`);
    expect(snippet).toContain("fbq('track', 'PageView');");
  });

  it.each([
    'G-ABC");alert(1);("',
    'UA-12345-1',
    'g-ab12cd34ef',
    '</script><script>alert(1)</script>',
  ])('writes nothing for the GA4 id %j', (id) => {
    expect(ga4ScriptUrl(id)).toBeNull();
    expect(ga4InitSnippet(id)).toBeNull();
  });

  it.each(['1234', '12345abc', '1");alert(1);("'])('writes nothing for the pixel id %j', (id) => {
    expect(metaPixelSnippet(id)).toBeNull();
  });
});
