// The inline code of the merchant's analytics tags. The ids are checked against their formats
// (the API's, again here because they end up inside a script) and written as JSON strings, so
// nothing a merchant types can become code.

const ga4Pattern = /^G-[A-Z0-9]{4,16}$/;
const pixelPattern = /^\d{6,20}$/;

/** The gtag.js loader's URL for a GA4 measurement id, or null when the id is not one. */
export function ga4ScriptUrl(measurementId: string): string | null {
  if (!ga4Pattern.test(measurementId)) return null;
  return `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(measurementId)}`;
}

/** gtag's initialisation for a GA4 measurement id, or null when the id is not one. */
export function ga4InitSnippet(measurementId: string): string | null {
  if (!ga4Pattern.test(measurementId)) return null;
  return [
    'window.dataLayer = window.dataLayer || [];',
    'function gtag(){dataLayer.push(arguments);}',
    "gtag('js', new Date());",
    `gtag('config', ${JSON.stringify(measurementId)});`,
  ].join('\n');
}

/** Meta's base pixel code (loads fbevents.js, counts the page view), or null for a bad id. */
export function metaPixelSnippet(pixelId: string): string | null {
  if (!pixelPattern.test(pixelId)) return null;
  return [
    '!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?',
    'n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;',
    "n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;",
    "t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script',",
    "'https://connect.facebook.net/en_US/fbevents.js');",
    `fbq('init', ${JSON.stringify(pixelId)});`,
    "fbq('track', 'PageView');",
  ].join('');
}
