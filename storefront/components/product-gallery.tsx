'use client';

import { useState } from 'react';
import type { ProductImage as Image } from '../lib/cell-api';
import { getMessages, interpolate } from '../lib/i18n';
import { useLanguage } from './language-provider';
import { ProductImage } from './product-image';

const mainSizes = '(min-width: 768px) 50vw, 100vw';

/** The product's images: one large, with thumbnails (buttons) to switch between them. */
export function ProductGallery({ images, title }: { images: Image[]; title: string }) {
  const messages = getMessages(useLanguage());
  const [current, setCurrent] = useState(0);
  const shown = images[current] ?? images[0];
  if (!shown) {
    return (
      <div
        aria-hidden="true"
        className="flex aspect-square items-center justify-center rounded-2xl bg-brand-accent/10 text-7xl font-semibold text-brand-accent"
      >
        {Array.from(title.trim())[0]?.toUpperCase() ?? ''}
      </div>
    );
  }
  return (
    <section aria-label={messages.productImages}>
      <ProductImage
        key={shown.url}
        image={shown}
        alt={shown.alt || title}
        sizes={mainSizes}
        priority
        className="aspect-square w-full rounded-2xl bg-neutral-100 object-contain"
      />
      {images.length > 1 ? (
        <ul className="mt-3 flex flex-wrap gap-2">
          {images.map((image, index) => (
            <li key={image.url}>
              <button
                type="button"
                aria-label={interpolate(messages.showImage, {
                  index: index + 1,
                  count: images.length,
                })}
                aria-pressed={index === current}
                onClick={() => setCurrent(index)}
                className="block overflow-hidden rounded-lg border-2 border-transparent aria-pressed:border-brand focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
              >
                <ProductImage
                  image={image}
                  alt=""
                  sizes="64px"
                  className="size-16 bg-neutral-100 object-cover"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
