import 'react';

// Lets style objects carry CSS custom properties (the store's brand colours) without a cast.
declare module 'react' {
  interface CSSProperties {
    [variable: `--${string}`]: string | number | undefined;
  }
}
