import { choose, findVariant, initialVariant, valueState } from './variant-picker';

const variants = [
  { id: 'm-blue', available: true, options: { size: 'M', colour: 'blue' } },
  { id: 'l-blue', available: false, options: { size: 'L', colour: 'blue' } },
  { id: 'l-red', available: true, options: { size: 'L', colour: 'red' } },
];

describe('variant picker', () => {
  it('starts on the variant asked for, else the first in stock', () => {
    expect(initialVariant(variants, 'l-red')?.id).toBe('l-red');
    expect(initialVariant(variants, 'nope')?.id).toBe('m-blue');
    expect(initialVariant([variants[1]!])?.id).toBe('l-blue');
  });

  it('finds the variant of a full selection', () => {
    expect(findVariant(variants, { size: 'L', colour: 'red' })?.id).toBe('l-red');
    expect(findVariant(variants, { size: 'M', colour: 'red' })).toBeUndefined();
  });

  it('moves the other axes when a pick has no variant with them', () => {
    expect(choose(variants, { size: 'M', colour: 'blue' }, 'colour', 'red')).toEqual({
      size: 'L',
      colour: 'red',
    });
    expect(choose(variants, { size: 'M', colour: 'blue' }, 'size', 'L')).toEqual({
      size: 'L',
      colour: 'blue',
    });
  });

  it('tells available, sold-out and missing values apart', () => {
    const current = { size: 'M', colour: 'blue' };
    expect(valueState(variants, current, 'size', 'M')).toBe('available');
    expect(valueState(variants, current, 'size', 'L')).toBe('sold-out');
    expect(valueState(variants, current, 'colour', 'red')).toBe('unavailable');
  });
});
