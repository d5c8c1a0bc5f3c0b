'use client';

import { centsToPesosInput } from '@/lib/admin/shared/pesos';
import { BulkTiersEditor } from './bulk-tiers-editor';
import { CheckboxField, InputField } from '@/components/ui/form-fields';

export type VariantDefaults = {
  sku?: string;
  name?: string;
  priceCents?: number;
  vipPriceCents?: number | null;
  minOrderQuantity?: number;
  maxOrderQuantity?: number;
  lowStockThreshold?: number;
  weightGrams?: number | null;
  lengthCm?: number | null;
  widthCm?: number | null;
  heightCm?: number | null;
  bulkDiscounts?: Array<{ minQuantity: number; percent: number }>;
};

/**
 * The fields of one variant, named `${prefix}field` so the same block serves the create form's rows
 * (`variants.0.`) and the single-variant forms (no prefix). Prices are typed in pesos.
 */
export function VariantFields({
  prefix = '',
  defaults = {},
  errors = {},
  withInitialStock,
  vipPercent,
}: {
  prefix?: string;
  defaults?: VariantDefaults;
  errors?: Record<string, string>;
  withInitialStock: boolean;
  vipPercent: number;
}) {
  const e = (name: string) => errors[`${prefix}${name}`];
  const id = (name: string) => `v-${prefix.replace(/\W/g, '-')}${name}`;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <InputField
          id={id('sku')}
          label="SKU"
          name={`${prefix}sku`}
          required
          defaultValue={defaults.sku}
          error={e('sku')}
          autoCapitalize="characters"
          hint="Único en la tienda."
        />
        <InputField
          id={id('name')}
          label="Nombre de la variante"
          name={`${prefix}name`}
          required
          defaultValue={defaults.name}
          error={e('name')}
          placeholder="30 ml"
        />
        <InputField
          id={id('price')}
          label="Precio (COP)"
          name={`${prefix}price`}
          required
          inputMode="numeric"
          defaultValue={centsToPesosInput(defaults.priceCents)}
          error={e('price')}
          placeholder="49.900"
        />
        <InputField
          id={id('vipPrice')}
          label="Precio VIP (COP)"
          name={`${prefix}vipPrice`}
          inputMode="numeric"
          defaultValue={centsToPesosInput(defaults.vipPriceCents)}
          error={e('vipPrice')}
          hint={`Vacío: ${vipPercent} % menos que el precio.`}
        />
      </div>
      <CheckboxField
        id={id('noVip')}
        label="Sin precio VIP para esta variante"
        name={`${prefix}noVip`}
        defaultChecked={defaults.vipPriceCents === null && defaults.priceCents !== undefined}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {withInitialStock ? (
          <InputField
            id={id('initialStock')}
            label="Stock inicial"
            name={`${prefix}initialStock`}
            type="number"
            min={0}
            inputMode="numeric"
            defaultValue="0"
            error={e('initialStock')}
            hint="Entra como reposición en el inventario."
          />
        ) : null}
        <InputField
          id={id('minOrderQuantity')}
          label="Mínimo por pedido"
          name={`${prefix}minOrderQuantity`}
          type="number"
          min={1}
          defaultValue={defaults.minOrderQuantity ?? 1}
          error={e('minOrderQuantity')}
        />
        <InputField
          id={id('maxOrderQuantity')}
          label="Máximo por pedido"
          name={`${prefix}maxOrderQuantity`}
          type="number"
          min={1}
          defaultValue={defaults.maxOrderQuantity ?? 100}
          error={e('maxOrderQuantity')}
        />
        <InputField
          id={id('lowStockThreshold')}
          label="Aviso de stock bajo"
          name={`${prefix}lowStockThreshold`}
          type="number"
          min={0}
          defaultValue={defaults.lowStockThreshold ?? 5}
          error={e('lowStockThreshold')}
          hint="Unidades disponibles."
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <InputField
          id={id('weightGrams')}
          label="Peso (g)"
          name={`${prefix}weightGrams`}
          type="number"
          min={1}
          defaultValue={defaults.weightGrams ?? ''}
          error={e('weightGrams')}
        />
        <InputField
          id={id('length')}
          label="Largo (cm)"
          name={`${prefix}dimensionsCm.length`}
          inputMode="decimal"
          defaultValue={defaults.lengthCm ?? ''}
          error={e('dimensionsCm.length') ?? e('dimensionsCm')}
        />
        <InputField
          id={id('width')}
          label="Ancho (cm)"
          name={`${prefix}dimensionsCm.width`}
          inputMode="decimal"
          defaultValue={defaults.widthCm ?? ''}
          error={e('dimensionsCm.width')}
        />
        <InputField
          id={id('height')}
          label="Alto (cm)"
          name={`${prefix}dimensionsCm.height`}
          inputMode="decimal"
          defaultValue={defaults.heightCm ?? ''}
          error={e('dimensionsCm.height')}
        />
      </div>
      <BulkTiersEditor prefix={prefix} initial={defaults.bulkDiscounts} errors={errors} />
    </div>
  );
}
