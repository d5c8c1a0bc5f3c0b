/**
 * Local stand-ins for outside services, started by `npm start` and the E2E runner when the real ones
 * are not configured. Each returns the environment the app needs to reach it.
 */
export type LocalServices = { env: Record<string, string>; stop: () => Promise<void> };

export async function startLocalServices(_args: { appUrl: string; log: (line: string) => void }): Promise<LocalServices> {
  return { env: {}, stop: async () => {} };
}
