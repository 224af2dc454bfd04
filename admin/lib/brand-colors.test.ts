import { contrastRatio, isReadableBrandColor, textColorOn } from './brand-colors';

describe('brand colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('puts white text on dark colours and dark text on light ones', () => {
    expect(textColorOn('#4338ca')).toBe('#ffffff');
    expect(textColorOn('#fde047')).toBe('#111827');
  });

  it('warns about colours no text reads well on', () => {
    expect(isReadableBrandColor('#4338ca')).toBe(true);
    expect(isReadableBrandColor('#fde047')).toBe(true);
    // Pure red: neither white nor near-black text reaches 4.5:1 on it.
    expect(isReadableBrandColor('#ff0000')).toBe(false);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('not a #rrggbb colour');
  });
});
