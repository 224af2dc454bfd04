import Script from 'next/script';
import { ga4InitSnippet, ga4ScriptUrl, metaPixelSnippet } from '../lib/analytics-snippets';

/**
 * The merchant's GA4 and Meta pixel tags, each only when its id is set, loaded after the page
 * is interactive so they never hold up the store.
 */
export function AnalyticsScripts({
  ga4MeasurementId,
  metaPixelId,
}: {
  ga4MeasurementId: string | null;
  metaPixelId: string | null;
}) {
  const gtagUrl = ga4MeasurementId ? ga4ScriptUrl(ga4MeasurementId) : null;
  const gtagInit = ga4MeasurementId ? ga4InitSnippet(ga4MeasurementId) : null;
  const pixel = metaPixelId ? metaPixelSnippet(metaPixelId) : null;
  return (
    <>
      {gtagUrl && gtagInit ? (
        <>
          <Script id="ga4-loader" src={gtagUrl} strategy="afterInteractive" />
          <Script id="ga4-init" strategy="afterInteractive">
            {gtagInit}
          </Script>
        </>
      ) : null}
      {pixel ? (
        <Script id="meta-pixel" strategy="afterInteractive">
          {pixel}
        </Script>
      ) : null}
    </>
  );
}
