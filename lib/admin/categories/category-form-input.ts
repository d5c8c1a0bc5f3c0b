/** The category form in the API's JSON terms: the order as an integer when it is one, the checkbox as a boolean. */
export function categoryFormInput(form: {
  name?: string;
  slug?: string;
  description?: string;
  sortOrder?: string;
  isActive?: string;
}): Record<string, unknown> {
  const order = (form.sortOrder ?? '').trim();
  const slug = (form.slug ?? '').trim();
  return {
    name: (form.name ?? '').trim(),
    ...(slug ? { slug } : {}),
    description: (form.description ?? '').trim(),
    ...(order ? { sortOrder: /^-?\d+$/.test(order) ? Number(order) : order } : {}),
    isActive: form.isActive !== undefined,
  };
}
