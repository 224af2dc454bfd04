import { carriedParams, switchHref } from './switcher-links';

describe('switcher links', () => {
  const query = new URLSearchParams('q=vaso&tag=inverno&currency=USD&preview=abc');

  it('keep the page and its query, changing one choice', () => {
    expect(switchHref('/search', query, 'lang', 'es')).toBe(
      '/search?q=vaso&tag=inverno&currency=USD&preview=abc&lang=es',
    );
    expect(switchHref('/search', query, 'currency', 'EUR')).toBe(
      '/search?q=vaso&tag=inverno&currency=EUR&preview=abc',
    );
  });

  it('never point off the store', () => {
    expect(switchHref('//evil.example', new URLSearchParams(), 'lang', 'en')).toBe('/?lang=en');
  });

  it('carry every parameter but the one the form sets', () => {
    expect(carriedParams(query, 'currency')).toEqual([
      ['q', 'vaso'],
      ['tag', 'inverno'],
      ['preview', 'abc'],
    ]);
  });
});
