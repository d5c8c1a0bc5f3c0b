import { CheckboxField, InputField, SelectField, TextAreaField } from '@/components/ui/form-fields';

export type ProductDefaults = {
  name?: string;
  slug?: string;
  categorySlug?: string;
  description?: string;
  benefits?: string;
  howToUse?: string;
  whatIsIncluded?: string;
  preparationDays?: number;
  tags?: string[];
  relatedIds?: string[];
  isActive?: boolean;
  isFeatured?: boolean;
};

type Props = {
  defaults?: ProductDefaults;
  errors?: Record<string, string>;
  categories: Array<{ slug: string; name: string }>;
  productChoices: Array<{ id: string; name: string }>;
};

/** The product's own fields, shared by the create and edit forms. */
export function ProductFields({ defaults = {}, errors = {}, categories, productChoices }: Props) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <InputField label="Nombre" name="name" required defaultValue={defaults.name} error={errors.name} />
        <InputField
          label="Dirección en la tienda"
          name="slug"
          defaultValue={defaults.slug}
          error={errors.slug}
          hint="Vacío: se genera del nombre (aceite-de-coco) o se conserva la actual."
        />
        <SelectField
          label="Categoría"
          name="categorySlug"
          required
          defaultValue={defaults.categorySlug ?? ''}
          error={errors.categorySlug}
          options={[
            { value: '', label: 'Elige una categoría' },
            ...categories.map((c) => ({ value: c.slug, label: c.name })),
          ]}
        />
        <InputField
          label="Días de preparación"
          name="preparationDays"
          type="number"
          min={0}
          max={60}
          defaultValue={defaults.preparationDays ?? 0}
          error={errors.preparationDays}
          hint="Se suman a la fecha estimada de entrega."
        />
      </div>
      <TextAreaField
        label="Descripción"
        name="description"
        defaultValue={defaults.description}
        error={errors.description}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextAreaField
          label="Beneficios"
          name="benefits"
          rows={3}
          defaultValue={defaults.benefits}
          error={errors.benefits}
        />
        <TextAreaField
          label="Modo de uso"
          name="howToUse"
          rows={3}
          defaultValue={defaults.howToUse}
          error={errors.howToUse}
        />
      </div>
      <TextAreaField
        label="Qué incluye"
        name="whatIsIncluded"
        rows={3}
        defaultValue={defaults.whatIsIncluded}
        error={errors.whatIsIncluded}
        hint="Para kits: un elemento por línea («Aceite de lavanda 30 ml»). Déjalo vacío si no aplica."
      />
      <div className="grid gap-4 md:grid-cols-2">
        <InputField
          label="Etiquetas"
          name="tags"
          defaultValue={defaults.tags?.join(', ')}
          error={errors.tags}
          hint="Separadas por comas: Relajante, Lavanda."
        />
        <div>
          <label htmlFor="f-relatedProductIds" className="block text-sm font-medium text-stone-800">
            Productos relacionados
          </label>
          <select
            id="f-relatedProductIds"
            name="relatedProductIds"
            multiple
            size={5}
            defaultValue={defaults.relatedIds ?? []}
            aria-invalid={errors.relatedProductIds ? true : undefined}
            aria-describedby={errors.relatedProductIds ? 'f-relatedProductIds-error' : 'f-relatedProductIds-hint'}
            className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-2 py-1 text-sm shadow-sm"
          >
            {productChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {errors.relatedProductIds ? (
            <p id="f-relatedProductIds-error" className="mt-1 text-sm text-red-700">
              {errors.relatedProductIds}
            </p>
          ) : (
            <p id="f-relatedProductIds-hint" className="mt-1 text-sm text-stone-600">
              Ctrl o ⌘ para elegir varios. Se muestran en la ficha del producto.
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-wrap gap-6">
        <CheckboxField label="Visible en la tienda" name="isActive" defaultChecked={defaults.isActive ?? true} />
        <CheckboxField label="Destacado en el inicio" name="isFeatured" defaultChecked={defaults.isFeatured ?? false} />
      </div>
    </div>
  );
}
