import { z } from 'zod';

/** The spa's public details, as the structured data and feeds show them. */
export type StoreIdentity = {
  name: string;
  address: string;
  city: string;
  hours: string;
  phone: string | null;
  email: string | null;
};

/** What the store showed before its details were editable (components/layout/site-footer.tsx). */
export const DEFAULT_STORE_IDENTITY: StoreIdentity = {
  name: 'Botica Spa',
  address: 'Calle 93 #11-26',
  city: 'Bogotá',
  hours: 'Lunes a sábado, 9:00 a 19:00',
  phone: null,
  email: null,
};

// The `store` group of the settings (api.md: `store: { name, address, city, hours, phone, whatsapp, email }`).
// Read loosely so this works before and after the settings page adds it: any missing field keeps its default.
const storeGroup = z
  .object({
    name: z.string().min(1).optional().catch(undefined),
    address: z.string().min(1).optional().catch(undefined),
    city: z.string().min(1).optional().catch(undefined),
    hours: z.string().min(1).optional().catch(undefined),
    phone: z.string().min(1).nullish().catch(undefined),
    email: z.string().min(1).nullish().catch(undefined),
  })
  .catch({});

export function storeIdentityFrom(settings: unknown): StoreIdentity {
  const store = storeGroup.parse((settings as { store?: unknown } | null)?.store ?? {});
  return {
    name: store.name ?? DEFAULT_STORE_IDENTITY.name,
    address: store.address ?? DEFAULT_STORE_IDENTITY.address,
    city: store.city ?? DEFAULT_STORE_IDENTITY.city,
    hours: store.hours ?? DEFAULT_STORE_IDENTITY.hours,
    phone: store.phone ?? DEFAULT_STORE_IDENTITY.phone,
    email: store.email ?? DEFAULT_STORE_IDENTITY.email,
  };
}
