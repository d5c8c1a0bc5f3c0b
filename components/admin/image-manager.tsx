'use client';

import { ArrowDown, ArrowUp, Star } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { ConfirmDialog } from './confirm-dialog';
import { CheckboxField, InputField, SelectField } from '@/components/ui/form-fields';
import { buttonStyles } from './page-header';
import { PendingButton } from './pending-button';
import { Badge } from './status-badge';
import { useAdminAction } from './use-admin-action';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Image = { id: string; url: string; alt: string; variantId: string | null; isPrimary: boolean };
type Variant = { id: string; sku: string; name: string };

const WHOLE_PRODUCT = { value: '', label: 'Todo el producto' };
const variantOptions = (variants: Variant[]) => [
  WHOLE_PRODUCT,
  ...variants.map((v) => ({ value: v.id, label: `${v.name} (${v.sku})` })),
];

/**
 * Images go to their own door, POST /api/v1/admin/products/{id}/images: server actions are capped at
 * 128 KiB (next.config.js), an image may weigh 5 MB. The answer is turned into the same form state.
 */
async function uploadThroughApi(_previous: ActionState, form: FormData): Promise<ActionState> {
  const body = new FormData();
  body.set('file', form.get('image') ?? '');
  body.set('alt', form.get('alt') ?? '');
  const variantId = String(form.get('variantId') ?? '');
  if (variantId) body.set('variantId', variantId);
  if (form.get('isPrimary') !== null) body.set('isPrimary', 'true');
  try {
    const res = await fetch(`/api/v1/admin/products/${encodeURIComponent(String(form.get('productId')))}/images`, {
      method: 'POST',
      body,
    });
    if (res.ok) return { ok: true, message: 'Imagen agregada.' };
    const answer = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: { fields?: Record<string, string> } };
    } | null;
    const { file, ...fields } = answer?.error?.details?.fields ?? {};
    return {
      ok: false,
      code: answer?.error?.code,
      message:
        res.status === 413 ? 'La imagen pesa más de 5 MB.' : (answer?.error?.message ?? 'No pudimos subir la imagen.'),
      fields: { ...fields, ...(file ? { image: file } : {}) },
    };
  } catch {
    return { ok: false, message: 'No hay conexión con la tienda. Intenta de nuevo.' };
  }
}

function UploadForm({ productId, accept, variants }: { productId: string; accept: string; variants: Variant[] }) {
  const router = useRouter();
  const { state, pending, formRef, onSubmit } = useAdminAction(uploadThroughApi, {
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  const errors = state.fields ?? {};
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      // Named without the word "imagen", so the file field stays the only control labelled "Imagen".
      aria-labelledby="upload-image-title"
      className="space-y-3 rounded-lg border border-dashed border-stone-300 p-4"
    >
      <h3 id="upload-image-title" className="font-semibold text-stone-900">
        Agregar a la galería
      </h3>
      <input type="hidden" name="productId" value={productId} />
      <FormAlert message={state.ok || errors.image || errors.alt || errors.variantId ? undefined : state.message} />
      <div className="grid gap-4 md:grid-cols-2">
        <InputField
          label="Imagen"
          name="image"
          type="file"
          accept={accept}
          required
          error={errors.image}
          hint="PNG, JPEG o WebP; máximo 5 MB y al menos 200×200 px."
        />
        <InputField
          label="Texto alternativo"
          name="alt"
          required
          error={errors.alt}
          hint="Qué se ve, para quien no puede verla: «Frasco de aceite de lavanda de 30 ml»."
        />
        <SelectField
          label="Variante que muestra"
          name="variantId"
          options={variantOptions(variants)}
          defaultValue=""
          error={errors.variantId}
          hint="Al elegir esa variante en la tienda, sus imágenes se ven primero."
        />
        <CheckboxField
          label="Marcar como principal (portada del producto)"
          name="isPrimary"
          className="self-center"
          hint="La portada del producto en listados, carrito y buscadores."
        />
      </div>
      <div className="flex justify-end">
        <PendingButton pending={pending} pendingLabel="Subiendo…">
          Subir imagen
        </PendingButton>
      </div>
    </form>
  );
}

function ImageRow({
  action,
  image,
  index,
  count,
  variants,
}: {
  action: Action;
  image: Image;
  index: number;
  count: number;
  variants: Variant[];
}) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  const n = index + 1;
  return (
    <li className="flex flex-wrap items-start gap-3 py-3" data-testid="admin-image-row">
      <div className="flex shrink-0 flex-col items-center gap-1">
        {/* eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as-is */}
        <img src={image.url} alt="" className="size-20 rounded-lg border border-sand-200 object-cover" />
        {image.isPrimary ? <Badge tone="good">Principal</Badge> : null}
      </div>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="flex min-w-0 flex-1 flex-wrap items-end gap-2">
        <input type="hidden" name="imageId" value={image.id} />
        <InputField
          id={`alt-${image.id}`}
          label={`Texto alternativo de la imagen ${n}`}
          name="alt"
          defaultValue={image.alt}
          error={state.fields?.alt}
          className="min-w-56 flex-1"
        />
        <SelectField
          id={`variant-${image.id}`}
          label={`Variante de la imagen ${n}`}
          name="variantId"
          options={variantOptions(variants)}
          defaultValue={image.variantId ?? ''}
          error={state.fields?.variantId}
          className="min-w-44"
        />
        <PendingButton pending={pending} pendingLabel="Guardando…" variant="secondary" name="intent" value="save">
          Guardar
        </PendingButton>
        <button
          type="submit"
          name="move"
          value="up"
          disabled={pending || index === 0}
          className={buttonStyles.subtle}
          aria-label={`Subir la imagen ${n}`}
        >
          <ArrowUp aria-hidden className="size-4" />
        </button>
        <button
          type="submit"
          name="move"
          value="down"
          disabled={pending || index === count - 1}
          className={buttonStyles.subtle}
          aria-label={`Bajar la imagen ${n}`}
        >
          <ArrowDown aria-hidden className="size-4" />
        </button>
        {!state.ok && state.message && !state.fields ? <FormAlert message={state.message} /> : null}
      </form>
      <div className="flex flex-col gap-2">
        {image.isPrimary ? null : <MakePrimary action={action} imageId={image.id} index={index} />}
        <DeleteImage action={action} imageId={image.id} index={index} isPrimary={image.isPrimary} />
      </div>
    </li>
  );
}

function MakePrimary({ action, imageId, index }: { action: Action; imageId: string; index: number }) {
  const { pending, formRef, onSubmit } = useAdminAction(action);
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="imageId" value={imageId} />
      <input type="hidden" name="intent" value="primary" />
      <button type="submit" disabled={pending} className={buttonStyles.subtle}>
        <Star aria-hidden className="size-4" />
        {pending ? 'Marcando…' : 'Hacer principal'}
        <span className="sr-only"> la imagen {index + 1}</span>
      </button>
    </form>
  );
}

function DeleteImage({
  action,
  imageId,
  index,
  isPrimary,
}: {
  action: Action;
  imageId: string;
  index: number;
  isPrimary: boolean;
}) {
  const { pending, formRef, onSubmit } = useAdminAction(action);
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="imageId" value={imageId} />
      <input type="hidden" name="intent" value="delete" />
      <ConfirmDialog
        trigger={pending ? 'Eliminando…' : 'Eliminar'}
        title={`¿Eliminar la imagen ${index + 1}?`}
        confirmLabel="Sí, eliminar"
        pending={pending}
        triggerClassName={buttonStyles.danger}
      >
        La imagen deja de mostrarse en la tienda y su archivo se borra.
        {isPrimary ? ' Es la principal: la siguiente de la galería pasa a serlo.' : null}
      </ConfirmDialog>
    </form>
  );
}

/**
 * The product's gallery: upload (to the whole product or one variant) with checks, alt text, variant,
 * order, the primary image (exactly one per product: the first upload is it until another is marked)
 * and removal.
 */
export function ImageManager({
  updateAction,
  productId,
  images,
  variants,
  accept,
}: {
  updateAction: Action;
  productId: string;
  images: Image[];
  variants: Variant[];
  accept: string;
}) {
  return (
    <div className="space-y-4">
      {images.length === 0 ? (
        <p className="text-sm text-stone-700">
          Este producto aún no tiene imágenes: la tienda muestra un marcador en su lugar.
        </p>
      ) : (
        <ol className="divide-y divide-sand-100" aria-label="Imágenes en el orden de la galería">
          {images.map((image, i) => (
            <ImageRow
              key={image.id}
              action={updateAction}
              image={image}
              index={i}
              count={images.length}
              variants={variants}
            />
          ))}
        </ol>
      )}
      <UploadForm productId={productId} accept={accept} variants={variants} />
    </div>
  );
}
