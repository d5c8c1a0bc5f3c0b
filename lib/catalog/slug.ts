/** Whether a URL segment can be a catalogue slug; anything else is a 404 without touching the database. */
export function isCatalogSlug(value: string): boolean {
  return value.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
