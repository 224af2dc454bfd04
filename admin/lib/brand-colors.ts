/** Brand colours as the wizard offers them: `#rrggbb`, lower case. */
export const defaultBrandColors = { primaryColor: '#4338ca', accentColor: '#db2777' } as const;

const hex = /^#([0-9a-f]{6})$/i;

export function isHexColor(value: string): boolean {
  return hex.test(value);
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(color: string): number {
  const match = hex.exec(color);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${color}`);
  const value = Number.parseInt(match[1], 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function textColorOn(background: string): '#ffffff' | '#111827' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111827')
    ? '#ffffff'
    : '#111827';
}

/**
 * Whether a brand colour can carry text (buttons, the header): WCAG AA asks 4.5:1 for body
 * text, and the better of white or black text must reach it.
 */
export function isReadableBrandColor(color: string): boolean {
  return contrastRatio(color, textColorOn(color)) >= 4.5;
}
