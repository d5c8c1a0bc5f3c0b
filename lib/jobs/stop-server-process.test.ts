import { describe, expect, it, vi } from 'vitest';

describe('stopServerProcess', () => {
  it('stops the job runner, then closes the pool, through the hook scripts/serve.ts calls', async () => {
    await import('./start-background-jobs');
    const g = globalThis as unknown as {
      boticaJobsRunner?: unknown;
      boticaDb?: unknown;
      boticaStopServerProcess?: () => Promise<void>;
    };
    const order: string[] = [];
    g.boticaJobsRunner = { tick: vi.fn(), stop: vi.fn(async () => void order.push('runner')) };
    const end = vi.fn(async () => void order.push('pool'));
    g.boticaDb = { $client: { end } };
    await g.boticaStopServerProcess!();
    expect(order).toEqual(['runner', 'pool']);
    expect(end).toHaveBeenCalledWith({ timeout: 5 });
    expect(g.boticaJobsRunner).toBeUndefined();
    expect(g.boticaDb).toBeUndefined();
    await g.boticaStopServerProcess!(); // twice is harmless
  }, 60_000);
});
