import type { CSSProperties } from 'react';

export interface Theme {
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
}

/** WCAG 2 relative luminance of a "#rrggbb" colour, from 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two "#rrggbb" colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Normal-size text must reach 4.5:1 against its background (WCAG 2, level AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * Black or white, whichever contrasts more with the background: merchants pick any brand colour,
 * and text on buttons and badges must stay readable on all of them. Either choice reaches at
 * least 4.58:1, whatever the background.
 */
export function readableTextColour(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000')
    ? '#ffffff'
    : '#000000';
}

function toHex(channels: number[]): string {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The brand colour itself when it is readable as text on `background` (white by default),
 * otherwise the same hue mixed toward black (or white, on a dark background) just enough to
 * reach 4.5:1. Templates use it for brand-coloured links, prices and headings on the page
 * background, where a light yellow or pale pink would otherwise be unreadable.
 */
export function readableInk(colour: string, background = '#ffffff'): string {
  if (contrastRatio(colour, background) >= MIN_TEXT_CONTRAST) return colour.toLowerCase();
  const target = luminance(background) > 0.18 ? 0 : 255;
  const channels = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
  for (let step = 1; step <= 20; step += 1) {
    const mixed = toHex(channels.map((c) => c + ((target - c) * step) / 20));
    if (contrastRatio(mixed, background) >= MIN_TEXT_CONTRAST) return mixed;
  }
  return target === 0 ? '#000000' : '#ffffff';
}

/**
 * The store's brand as CSS custom properties for globals.css to use: each colour, the text
 * colour readable on it, and an "ink" version of it readable as text on white. The colours were
 * checked against the contract's "#rrggbb" pattern when the response was parsed, so they are
 * safe to place in a style attribute.
 */
export function themeStyle(theme: Theme): CSSProperties {
  return {
    '--brand-primary': theme.primaryColor,
    '--brand-on-primary': readableTextColour(theme.primaryColor),
    '--brand-primary-ink': readableInk(theme.primaryColor),
    '--brand-accent': theme.accentColor,
    '--brand-on-accent': readableTextColour(theme.accentColor),
    '--brand-accent-ink': readableInk(theme.accentColor),
  };
}
