import { suggestNiche } from './niche-suggestion';

describe('suggestNiche', () => {
  it.each([
    ['Casa Azul', 'home'],
    ['Café do Porto', 'food'],
    ['Moda Bella', 'fashion'],
    ['Librería Central', 'books'],
    ['Pet Lovers', 'pets'],
    ['Beauty Corner', 'beauty'],
  ])('reads %s as %s', (name, niche) => {
    expect(suggestNiche(name)).toBe(niche);
  });

  it('says nothing when no word of the name helps', () => {
    expect(suggestNiche('Acme')).toBeNull();
    expect(suggestNiche('')).toBeNull();
  });
});
