import { storeJsonLd } from '@/lib/seo/json-ld';
import { getCachedStoreIdentity } from '@/lib/seo/cached-seo';
import { JsonLdScript } from './json-ld';

/** Organization and LocalBusiness (the spa's address and hours from the store settings), for the home page. */
export async function StoreJsonLd() {
  return <JsonLdScript data={storeJsonLd(await getCachedStoreIdentity())} />;
}
