import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExternalLink } from 'lucide-react';
import { ActionButton } from '@/components/admin/action-button';
import { DataTable, Td, Th } from '@/components/admin/data-table';
import { ImageManager } from '@/components/admin/image-manager';
import { PageHeader } from '@/components/admin/page-header';
import { ProductEditForm } from '@/components/admin/product-edit-form';
import { Badge } from '@/components/admin/status-badge';
import { VariantForm } from '@/components/admin/variant-form';
import { FormAlert } from '@/components/ui/form-alert';
import { getDb } from '@/db/client';
import { IMAGE_ACCEPT } from '@/lib/admin/images/image-rules';
import { getAdminProduct, listProductChoices } from '@/lib/admin/products/get-admin-product';
import { requireAreaPage } from '@/lib/admin/shared/access';
import { listCategories } from '@/lib/catalog/list-categories';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { addVariantAction } from '@/lib/actions/admin/add-variant-action';
import { setProductStatusAction } from '@/lib/actions/admin/set-product-status-action';
import { updateImageAction } from '@/lib/actions/admin/update-image-action';
import { updateProductAction } from '@/lib/actions/admin/update-product-action';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Editar producto' };

async function loadProduct(id: string) {
  try {
    return await getAdminProduct(getDb(), id);
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

function Section({
  id,
  title,
  children,
  description,
}: {
  id: string;
  title: string;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
      <div>
        <h2 id={id} className="text-lg font-semibold text-stone-900">
          {title}
        </h2>
        {description ? <p className="text-sm text-stone-600">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

export default async function EditProductPage({ params, searchParams }: PageProps) {
  await requireAreaPage('catalog');
  const { id } = await params;
  const justCreated = (await searchParams).creado === '1';
  const db = getDb();
  const [product, categories, productChoices, settings] = await Promise.all([
    loadProduct(id),
    listCategories(db),
    listProductChoices(db),
    getStoreSettings(db),
  ]);
  const isLive = product.isActive && !product.deletedAt;
  const status = { action: setProductStatusAction, hidden: { productId: product.id } };

  return (
    <>
      <PageHeader
        title={product.name}
        back={{ href: '/admin/productos', label: 'Productos' }}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {product.deletedAt ? (
              <Badge tone="bad">Eliminado</Badge>
            ) : isLive ? (
              <Badge tone="good">Visible en la tienda</Badge>
            ) : (
              <Badge>Oculto</Badge>
            )}
            <span className="text-sm">{product.categoryName}</span>
          </span>
        }
        actions={
          <>
            {isLive ? (
              <Link
                href={`/productos/${product.slug}`}
                className="inline-flex items-center gap-1 rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                target="_blank"
              >
                Ver en la tienda <ExternalLink aria-hidden className="size-4" />
                <span className="sr-only">(se abre en otra pestaña)</span>
              </Link>
            ) : null}
            {!product.deletedAt ? (
              product.isActive ? (
                <ActionButton
                  {...status}
                  hidden={{ ...status.hidden, intent: 'deactivate' }}
                  label="Ocultar"
                  pendingLabel="Ocultando…"
                  confirm={{
                    title: '¿Ocultar este producto?',
                    body: 'Deja de verse en la tienda hasta que lo vuelvas a mostrar. Los pedidos existentes no cambian.',
                    confirmLabel: 'Ocultar',
                  }}
                />
              ) : (
                <ActionButton
                  {...status}
                  hidden={{ ...status.hidden, intent: 'activate' }}
                  label="Mostrar en la tienda"
                  pendingLabel="Publicando…"
                  variant="primary"
                />
              )
            ) : null}
            {product.deletedAt ? (
              <ActionButton
                {...status}
                hidden={{ ...status.hidden, intent: 'restore' }}
                label="Restaurar"
                pendingLabel="Restaurando…"
                variant="primary"
              />
            ) : (
              <ActionButton
                {...status}
                hidden={{ ...status.hidden, intent: 'delete' }}
                label="Eliminar"
                pendingLabel="Eliminando…"
                variant="danger"
                confirm={{
                  title: `¿Eliminar «${product.name}»?`,
                  body: 'Desaparece de la tienda y del catálogo. Sus pedidos, movimientos e historial de precios se conservan y puedes restaurarlo después.',
                  confirmLabel: 'Sí, eliminar',
                }}
              />
            )}
          </>
        }
      />
      {justCreated ? <FormAlert tone="success" message="Producto creado. Ahora agrega sus imágenes." /> : null}

      <Section
        id="images"
        title="Imágenes"
        description="La principal es la portada del producto. Las de una variante se ven primero cuando la clienta la elige."
      >
        <ImageManager
          updateAction={updateImageAction}
          productId={product.id}
          images={product.images}
          variants={product.variants.map((v) => ({ id: v.id, sku: v.sku, name: v.name }))}
          accept={IMAGE_ACCEPT}
        />
      </Section>

      <Section id="variants" title="Variantes">
        <DataTable
          caption="Variantes"
          head={
            <>
              <Th>SKU</Th>
              <Th>Variante</Th>
              <Th align="right">Precio</Th>
              <Th align="right">VIP</Th>
              <Th align="right">Disponible</Th>
              <Th align="right">Reservado</Th>
              <Th>
                <span className="sr-only">Acciones</span>
              </Th>
            </>
          }
        >
          {product.variants.map((v) => (
            <tr key={v.id}>
              <Td className="font-mono text-xs whitespace-nowrap">{v.sku}</Td>
              <Td>{v.name}</Td>
              <Td align="right">{formatCop(v.priceCents)}</Td>
              <Td align="right">{v.vipPriceCents === null ? '—' : formatCop(v.vipPriceCents)}</Td>
              <Td align="right">
                <span className={v.available <= v.lowStockThreshold ? 'font-semibold text-amber-900' : ''}>
                  {v.available}
                </span>
              </Td>
              <Td align="right">{v.reservedStock}</Td>
              <Td>
                <span className="flex gap-2 whitespace-nowrap">
                  <Link href={`/admin/variantes/${v.id}`} className="font-semibold text-brand-800 hover:underline">
                    Editar<span className="sr-only"> {v.sku}</span>
                  </Link>
                  <Link href={`/admin/inventario/${v.id}`} className="font-semibold text-brand-800 hover:underline">
                    Stock<span className="sr-only"> de {v.sku}</span>
                  </Link>
                </span>
              </Td>
            </tr>
          ))}
        </DataTable>
        <details className="rounded-lg border border-sand-200 p-3">
          <summary className="cursor-pointer font-semibold text-brand-800">Agregar una variante</summary>
          <div className="mt-4">
            <VariantForm
              action={addVariantAction}
              hidden={{ productId: product.id }}
              vipPercent={settings.vipDefaultDiscountPercent}
              submitLabel="Agregar variante"
            />
          </div>
        </details>
      </Section>

      <Section id="details" title="Datos del producto">
        <ProductEditForm
          action={updateProductAction}
          productId={product.id}
          categories={categories}
          productChoices={productChoices}
          defaults={{ ...product, tags: product.tags.map((t) => t.name), relatedIds: product.related.map((r) => r.id) }}
        />
      </Section>
    </>
  );
}
