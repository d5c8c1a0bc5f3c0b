/** The list's state as it lives in the URL: filters, sort and page. Blank values are dropped. */
export type UrlState = Record<string, string | undefined>;

/** `base?…` with `changes` applied to `current`; any change other than the page resets to page 1. */
export function hrefWith(base: string, current: UrlState, changes: UrlState): string {
  const next: UrlState = { ...current, ...changes };
  if (!('page' in changes)) delete next.page;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== '') params.set(key, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** Next's `searchParams` (values may repeat) as a flat UrlState. */
export function toUrlState(params: Record<string, string | string[] | undefined>): UrlState {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
