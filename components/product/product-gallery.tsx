'use client';

import clsx from 'clsx';
import Image from 'next/image';
import { useState } from 'react';
import type { ProductImage } from '@/lib/catalog/types';

/** Main picture plus thumbnails; thumbnails are buttons, so the gallery works from the keyboard. */
export function ProductGallery({ images, productName }: { images: ProductImage[]; productName: string }) {
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];
  if (!current) {
    return (
      <div className="aspect-square rounded-3xl bg-sand-100" role="img" aria-label={`${productName}: sin imagen`} />
    );
  }
  return (
    <div className="space-y-3">
      <div className="overflow-hidden rounded-3xl border border-sand-200 bg-sand-100">
        <Image
          src={current.url}
          alt={current.alt}
          width={600}
          height={600}
          unoptimized
          priority
          className="aspect-square size-full object-cover"
        />
      </div>
      {images.length > 1 ? (
        <ul className="flex gap-2" aria-label="Imágenes del producto">
          {images.map((img, i) => (
            <li key={img.url}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-current={i === index ? 'true' : undefined}
                aria-label={`Ver imagen ${i + 1} de ${images.length}`}
                className={clsx(
                  'block size-20 overflow-hidden rounded-xl border-2',
                  i === index ? 'border-brand-700' : 'border-transparent hover:border-sand-200',
                )}
              >
                <Image src={img.url} alt="" width={80} height={80} unoptimized className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
