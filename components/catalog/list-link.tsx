import type { AnchorHTMLAttributes } from 'react';

/**
 * A link to a list state (`/productos?…`, `/categorias/x?…`): a full page load, not a client
 * navigation. The unfiltered list is a cached page that never reads the query string, and lists with
 * parameters are rewritten on the server to their search twin (next.config.js); the client router
 * would otherwise reuse the cached unfiltered page for any query. Cached pages load fast anyway.
 */
export function ListLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}

/** The same for code that navigates (filters, sort). */
export function goToList(href: string): void {
  window.location.assign(href);
}
