import { createInngestEndpoint } from '@/inngest/serve-endpoint';

/** Inngest syncs and calls the functions here; a JSON 503 when jobs run in the embedded runner (see the module). */
export const { GET, POST, PUT } = createInngestEndpoint();
