/** PostgreSQL NOTIFY channel that carries catalogue invalidations to every app instance and worker. */
export const CATALOG_CHANNEL = 'botica_catalog';
