import { describe, expect, it } from 'vitest';
import type { MeSummary } from './get-me-summary';
import { shopperHintFor } from './shopper-hint-for';

const guest: MeSummary = { user: null, cartItemCount: 0, wishlistProductIds: [], unreadNotifications: 0 };

describe('shopperHintFor', () => {
  it('names the presentation a cached page should start with', () => {
    expect(shopperHintFor(guest)).toBeNull();
    expect(shopperHintFor({ ...guest, cartItemCount: 2 })).toBe('cart');
    expect(shopperHintFor({ ...guest, user: { name: 'Ana', isVip: false, role: 'CUSTOMER' } })).toBe('member');
    expect(shopperHintFor({ ...guest, user: { name: 'Ana', isVip: true, role: 'CUSTOMER' }, cartItemCount: 3 })).toBe(
      'vip',
    );
  });
});
