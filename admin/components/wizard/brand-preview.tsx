'use client';

import { textColorOn } from '../../lib/brand-colors';
import { useI18n } from '../i18n-provider';

interface Props {
  name: string;
  logoUrl: string | null;
  primaryColor: string;
  accentColor: string;
}

/**
 * A sketch of the storefront's header and a product card in the brand being chosen. It follows
 * every change at once; the template step shows the real storefront.
 */
export function BrandPreview({ name, logoUrl, primaryColor, accentColor }: Props) {
  const { t } = useI18n();
  const initial = name.trim().charAt(0).toUpperCase() || '?';
  return (
    <figure className="overflow-hidden rounded-lg border border-slate-300 bg-white">
      <div
        className="flex items-center gap-3 px-4 py-3"
        style={{ backgroundColor: primaryColor, color: textColorOn(primaryColor) }}
      >
        {logoUrl ? (
          <img src={logoUrl} alt="" className="size-10 rounded bg-white object-contain p-0.5" />
        ) : (
          <span
            aria-hidden="true"
            className="inline-flex size-10 items-center justify-center rounded bg-white/20 text-lg font-bold"
          >
            {initial}
          </span>
        )}
        <span className="truncate text-lg font-semibold">
          {name.trim() || t.wizard.identity.previewName}
        </span>
      </div>
      <div className="grid grid-cols-2 gap-3 p-4">
        {[0, 1].map((index) => (
          <div key={index} className="space-y-2">
            <div aria-hidden="true" className="aspect-square rounded-md bg-slate-100" />
            <div aria-hidden="true" className="h-3 w-3/4 rounded bg-slate-200" />
            <span
              className="inline-flex rounded-md px-2 py-1 text-xs font-medium"
              style={{ backgroundColor: accentColor, color: textColorOn(accentColor) }}
            >
              {t.wizard.identity.previewButton}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="border-t border-slate-200 px-4 py-2 text-sm text-slate-600">
        {t.wizard.identity.previewCaption}
      </figcaption>
    </figure>
  );
}
