/** The cart's TanStack Query key, on its own so the header can use it without the cart's actions. */
export const CART_QUERY_KEY = ['cart'] as const;
