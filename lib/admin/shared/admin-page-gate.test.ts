import { describe, expect, it } from 'vitest';
import { canUseArea } from './area-roles';
import { adminAreaOfPath } from './admin-page-gate';

describe('adminAreaOfPath', () => {
  it('maps each admin page to the area its own check asks for', () => {
    expect(adminAreaOfPath('/admin')).toBe('dashboard');
    expect(adminAreaOfPath('/admin/pedidos/123')).toBe('orders');
    expect(adminAreaOfPath('/admin/productos/nuevo')).toBe('catalog');
    expect(adminAreaOfPath('/admin/variantes/abc')).toBe('catalog');
    expect(adminAreaOfPath('/admin/ajustes')).toBe('settings');
    expect(adminAreaOfPath('/admin/correos')).toBe('orders');
    expect(adminAreaOfPath('/admin/no-existe')).toBe('dashboard');
  });

  it('lets staff into orders but not the catalogue, and shoppers nowhere', () => {
    expect(canUseArea('STAFF', adminAreaOfPath('/admin/pedidos'))).toBe(true);
    expect(canUseArea('STAFF', adminAreaOfPath('/admin/productos'))).toBe(false);
    expect(canUseArea('CUSTOMER', adminAreaOfPath('/admin'))).toBe(false);
  });
});
