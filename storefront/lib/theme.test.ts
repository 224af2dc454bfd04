import {
  contrastRatio,
  MIN_TEXT_CONTRAST,
  readableInk,
  readableTextColour,
  themeStyle,
} from './theme';

describe('contrastRatio', () => {
  it('follows WCAG 2: 21 for black on white, 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#db2777', '#db2777')).toBe(1);
    // Tailwind's neutral-500 on white is the textbook 4.6:1 grey.
    expect(contrastRatio('#737373', '#ffffff')).toBeCloseTo(4.74, 1);
  });
});

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

  it('always reaches 4.5:1, whatever the brand colour', () => {
    for (let value = 0; value < 0xffffff; value += 0x0f0f0f / 7) {
      const colour = `#${Math.floor(value).toString(16).padStart(6, '0')}`;
      expect(contrastRatio(colour, readableTextColour(colour))).toBeGreaterThanOrEqual(
        MIN_TEXT_CONTRAST,
      );
    }
  });
});

describe('readableInk', () => {
  it('keeps a brand colour that is already readable on white', () => {
    expect(readableInk('#1E3A8A')).toBe('#1e3a8a');
    expect(readableInk('#0f766e')).toBe('#0f766e');
  });

  it('darkens a light brand colour just enough to read as text on white', () => {
    const ink = readableInk('#facc15');
    expect(ink).not.toBe('#facc15');
    expect(contrastRatio(ink, '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    // Still the brand's hue: red stays above blue, not a plain black.
    const [r, , b] = [1, 3, 5].map((start) => parseInt(ink.slice(start, start + 2), 16));
    expect(r).toBeGreaterThan(b!);
  });

  it('lightens a dark colour on a dark background', () => {
    const ink = readableInk('#1e3a8a', '#0a0a0a');
    expect(contrastRatio(ink, '#0a0a0a')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('reaches 4.5:1 on white for every colour', () => {
    for (let value = 0; value < 0xffffff; value += 0x0f0f0f / 7) {
      const colour = `#${Math.floor(value).toString(16).padStart(6, '0')}`;
      expect(contrastRatio(readableInk(colour), '#ffffff')).toBeGreaterThanOrEqual(
        MIN_TEXT_CONTRAST,
      );
    }
  });
});

describe('themeStyle', () => {
  it('exposes the brand colours, their readable text colours and inks as CSS variables', () => {
    expect(themeStyle({ primaryColor: '#111827', accentColor: '#facc15', logoUrl: null })).toEqual({
      '--brand-primary': '#111827',
      '--brand-on-primary': '#ffffff',
      '--brand-primary-ink': '#111827',
      '--brand-accent': '#facc15',
      '--brand-on-accent': '#000000',
      '--brand-accent-ink': readableInk('#facc15'),
    });
  });
});
