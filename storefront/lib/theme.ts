import type { CSSProperties } from 'react';

export interface Theme {
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
}

/** WCAG relative luminance of a "#rrggbb" colour, from 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Black or white, whichever contrasts more with the background: merchants pick any brand colour,
 * and text on buttons and badges must stay readable on all of them.
 */
export function readableTextColour(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  // Contrast ratio against white is 1.05 / (l + 0.05), against black (l + 0.05) / 0.05.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/**
 * The store's brand as CSS custom properties for globals.css to use. The colours were checked
 * against the contract's "#rrggbb" pattern when the response was parsed, so they are safe to
 * place in a style attribute.
 */
export function themeStyle(theme: Theme): CSSProperties {
  return {
    '--brand-primary': theme.primaryColor,
    '--brand-on-primary': readableTextColour(theme.primaryColor),
    '--brand-accent': theme.accentColor,
    '--brand-on-accent': readableTextColour(theme.accentColor),
  };
}
