'use client';

import { ArrowDown, ArrowUp } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { ConfirmDialog } from './confirm-dialog';
import { InputField } from '@/components/ui/form-fields';
import { buttonStyles } from './page-header';
import { PendingButton } from './pending-button';
import { useAdminAction } from './use-admin-action';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Image = { id: string; url: string; alt: string };

/**
 * Images go to their own door, POST /api/v1/admin/products/{id}/images: server actions are capped at
 * 128 KiB (next.config.js), an image may weigh 5 MB. The answer is turned into the same form state.
 */
async function uploadThroughApi(_previous: ActionState, form: FormData): Promise<ActionState> {
  const body = new FormData();
  body.set('file', form.get('image') ?? '');
  body.set('alt', form.get('alt') ?? '');
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

function UploadForm({ productId, accept }: { productId: string; accept: string }) {
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
      className="space-y-3 rounded-lg border border-dashed border-stone-300 p-4"
    >
      <input type="hidden" name="productId" value={productId} />
      <FormAlert message={state.ok || errors.image || errors.alt ? undefined : state.message} />
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
      </div>
      <div className="flex justify-end">
        <PendingButton pending={pending} pendingLabel="Subiendo…">
          Subir imagen
        </PendingButton>
      </div>
    </form>
  );
}

function ImageRow({ action, image, index, count }: { action: Action; image: Image; index: number; count: number }) {
  const { state, pending, formRef, onSubmit } = useAdminAction(action);
  return (
    <li className="flex flex-wrap items-start gap-3 py-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as-is */}
      <img src={image.url} alt="" className="size-20 shrink-0 rounded-lg border border-sand-200 object-cover" />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="flex min-w-0 flex-1 flex-wrap items-end gap-2">
        <input type="hidden" name="imageId" value={image.id} />
        <InputField
          id={`alt-${image.id}`}
          label={`Texto alternativo de la imagen ${index + 1}`}
          name="alt"
          defaultValue={image.alt}
          error={state.fields?.alt}
          className="min-w-56 flex-1"
        />
        <PendingButton pending={pending} pendingLabel="Guardando…" variant="secondary" name="intent" value="alt">
          Guardar texto
        </PendingButton>
        <button
          type="submit"
          name="move"
          value="up"
          disabled={pending || index === 0}
          className={buttonStyles.subtle}
          aria-label={`Subir la imagen ${index + 1}`}
        >
          <ArrowUp aria-hidden className="size-4" />
        </button>
        <button
          type="submit"
          name="move"
          value="down"
          disabled={pending || index === count - 1}
          className={buttonStyles.subtle}
          aria-label={`Bajar la imagen ${index + 1}`}
        >
          <ArrowDown aria-hidden className="size-4" />
        </button>
        {!state.ok && state.message && !state.fields ? <FormAlert message={state.message} /> : null}
      </form>
      <DeleteImage action={action} imageId={image.id} index={index} />
    </li>
  );
}

function DeleteImage({ action, imageId, index }: { action: Action; imageId: string; index: number }) {
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
      </ConfirmDialog>
    </form>
  );
}

/** The product's gallery: upload with checks, alt text, order (the first image is the cover) and removal. */
export function ImageManager({
  updateAction,
  productId,
  images,
  accept,
}: {
  updateAction: Action;
  productId: string;
  images: Image[];
  accept: string;
}) {
  return (
    <div className="space-y-4">
      {images.length === 0 ? (
        <p className="text-sm text-stone-700">
          Este producto aún no tiene imágenes: la tienda muestra un marcador en su lugar.
        </p>
      ) : (
        <ol className="divide-y divide-sand-100" aria-label="Imágenes, la primera es la portada">
          {images.map((image, i) => (
            <ImageRow key={image.id} action={updateAction} image={image} index={i} count={images.length} />
          ))}
        </ol>
      )}
      <UploadForm productId={productId} accept={accept} />
    </div>
  );
}
