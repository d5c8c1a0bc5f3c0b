import { beforeEach, describe, expect, it, vi } from 'vitest';

const sonner = vi.hoisted(() => Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn(), info: vi.fn() }));
vi.mock('sonner', () => ({ toast: sonner }));

// A fresh module per test: the queue and the "listening" flag are module state.
async function load() {
  vi.resetModules();
  return import('./toast');
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('deferred toasts', () => {
  beforeEach(() => vi.clearAllMocks());

  it('queues toasts until the Toaster listens, then shows them in order with their options', async () => {
    const { toast, toasterMounted, isToasterWanted, subscribeToToasts } = await load();
    const onWanted = vi.fn();
    subscribeToToasts(onWanted);
    expect(isToasterWanted()).toBe(false);

    const options = { action: { label: 'Ver lista', onClick: () => {} } };
    toast.success('Guardado', options);
    toast.error('No pudimos');
    toast('Hecho');
    await settle();
    expect(sonner.success).not.toHaveBeenCalled();
    expect(isToasterWanted()).toBe(true);
    expect(onWanted).toHaveBeenCalledTimes(1); // the slot mounts the Toaster once

    toasterMounted();
    await vi.waitFor(() => expect(sonner).toHaveBeenCalledWith('Hecho', undefined));
    expect(sonner.success).toHaveBeenCalledWith('Guardado', options);
    expect(sonner.error).toHaveBeenCalledWith('No pudimos', undefined);
    expect(sonner.success.mock.invocationCallOrder[0]).toBeLessThan(sonner.error.mock.invocationCallOrder[0]!);
  });

  it('shows at once once the Toaster listens', async () => {
    const { toast, toasterMounted } = await load();
    toasterMounted();
    toast.info('Unimos tu carrito');
    await vi.waitFor(() => expect(sonner.info).toHaveBeenCalledWith('Unimos tu carrito', undefined));
  });
});
