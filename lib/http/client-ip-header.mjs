// Shared by the production server (scripts/serve.mjs, through trusted-proxies.mjs) and the app
// (lib/http/client-ip.ts). Plain JavaScript with no imports: both the launcher and client bundles load it.

/** The only header the app reads the client's address from; the server deletes any copy a client sends. */
export const CLIENT_IP_HEADER = 'x-botica-client-ip';

/** Set on globalThis by the production server's workers: the stamp is there, so only it counts. */
export const CLIENT_IP_STAMPED = Symbol.for('botica.clientIpStamped');
