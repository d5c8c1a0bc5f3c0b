'use client';

import clsx from 'clsx';
import Image from 'next/image';
import { useMemo, useState } from 'react';
import { orderImagesForVariant } from '@/lib/catalog/order-images';
import type { ProductImage } from '@/lib/catalog/types';
import { useSelectedVariant } from './variant-selection';

/**
 * Main picture plus thumbnails; thumbnails are buttons, so the gallery works from the keyboard. Rendered
 * inside the page's <VariantSelectionProvider>: choosing a presentation puts its own images first and
 * shows the first of them (the cached HTML starts from the page's initial variant).
 */
export function ProductGallery({ images, productName }: { images: ProductImage[]; productName: string }) {
  const { variantId } = useSelectedVariant();
  const ordered = useMemo(() => orderImagesForVariant(images, variantId), [images, variantId]);
  // The thumbnail the shopper clicked, remembered per variant: a new choice starts again at its first image.
  const [picked, setPicked] = useState<{ variantId: string; url: string } | null>(null);
  const index =
    picked?.variantId === variantId
      ? Math.max(
          0,
          ordered.findIndex((i) => i.url === picked.url),
        )
      : 0;
  const current = ordered[index];
  if (!current) {
    return (
      <div className="aspect-square rounded-3xl bg-sand-100" role="img" aria-label={`${productName}: sin imagen`} />
    );
  }
  return (
    <div className="space-y-3">
      <div className="overflow-hidden rounded-3xl border border-sand-200 bg-sand-100">
        <Image
          key={current.url}
          src={current.url}
          alt={current.alt}
          width={600}
          height={600}
          unoptimized
          priority
          data-testid="product-main-image"
          className="aspect-square size-full object-cover"
        />
      </div>
      {ordered.length > 1 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Imágenes del producto">
          {ordered.map((img, i) => (
            <li key={img.url}>
              <button
                type="button"
                onClick={() => setPicked({ variantId, url: img.url })}
                aria-current={i === index ? 'true' : undefined}
                aria-label={`Ver imagen ${i + 1} de ${ordered.length}: ${img.alt}`}
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
