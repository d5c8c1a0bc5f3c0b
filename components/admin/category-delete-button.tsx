'use client';

import Link from 'next/link';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/http/action-state-shape';
import { ConfirmDialog } from './confirm-dialog';
import { buttonStyles } from './page-header';
import { useAdminAction } from './use-admin-action';

/**
 * "Eliminar" with confirmation. A category that still has products is refused by the server with
 * the count (MKT-CATEGORY-IN-USE); the refusal shows it with a link to those products.
 */
export function CategoryDeleteButton({
  action,
  category,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  category: { id: string; name: string; slug: string };
}) {
  const { state, onSubmit, pending, formRef } = useAdminAction(action);
  return (
    <form onSubmit={onSubmit} ref={formRef} className="inline-flex flex-col gap-1">
      <input type="hidden" name="categoryId" value={category.id} />
      <input type="hidden" name="intent" value="delete" />
      <ConfirmDialog
        trigger={pending ? 'Eliminando…' : 'Eliminar'}
        title={`¿Eliminar la categoría «${category.name}»?`}
        confirmLabel="Sí, eliminar"
        pending={pending}
        triggerClassName={buttonStyles.danger}
      >
        Solo se puede eliminar una categoría sin productos. Deja de verse en la tienda al instante.
      </ConfirmDialog>
      {!state.ok && state.message ? (
        <div className="max-w-xs">
          <FormAlert message={state.message} />
          {state.code === 'MKT-CATEGORY-IN-USE' ? (
            <Link
              href={`/admin/productos?category=${encodeURIComponent(category.slug)}`}
              className="text-sm font-semibold text-brand-700 underline"
            >
              Ver sus productos
            </Link>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
