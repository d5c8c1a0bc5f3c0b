/** The form in the API's JSON terms: the order as an integer when it is one, the checkbox as a boolean. */
export function categoryFormInput(form: FormData): Record<string, unknown> {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const order = text('sortOrder');
  return {
    name: text('name'),
    ...(text('slug') ? { slug: text('slug') } : {}),
    description: text('description'),
    ...(order ? { sortOrder: /^-?\d+$/.test(order) ? Number(order) : order } : {}),
    isActive: form.get('isActive') !== null,
  };
}
