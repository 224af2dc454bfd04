'use client';

import type { StoreTemplate } from '@mpb/contracts';

/**
 * The template's preview image (`preview.thumbnail`, served from the admin's `public/`), on its
 * own background colour while it loads. Decorative: the name and description say it in words.
 */
export function TemplateThumbnail({ template }: { template: StoreTemplate }) {
  return (
    // A static 320×240 file of under 1 kB: Next's image optimiser would add nothing.
    <img
      src={template.preview.thumbnail}
      alt=""
      width={320}
      height={240}
      loading="lazy"
      className="aspect-[4/3] w-full rounded-md border border-slate-200 object-cover"
      style={{ backgroundColor: template.preview.backgroundColor }}
    />
  );
}
