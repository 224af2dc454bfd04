import { readableTextColour, themeStyle } from './theme';

describe('readableTextColour', () => {
  it.each([
    ['#000000', '#ffffff'],
    ['#1e3a8a', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#fde047', '#000000'],
    // Mid grey sits near the crossover: black contrasts slightly better.
    ['#808080', '#000000'],
  ])('puts %s text on %s', (background, expected) => {
    expect(readableTextColour(background)).toBe(expected);
  });
});

describe('themeStyle', () => {
  it('exposes the brand colours and their readable text colours as CSS variables', () => {
    expect(themeStyle({ primaryColor: '#111827', accentColor: '#facc15', logoUrl: null })).toEqual({
      '--brand-primary': '#111827',
      '--brand-on-primary': '#ffffff',
      '--brand-accent': '#facc15',
      '--brand-on-accent': '#000000',
    });
  });
});
