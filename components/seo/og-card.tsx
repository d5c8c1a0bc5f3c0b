import { ImageResponse } from 'next/og';

/*
 * The 1200×630 link preview (Open Graph / Twitter card) that WhatsApp, Instagram and search show:
 * the picture on the left, the name and the price on the right, in the shop's colours. Satori only
 * knows flexbox, so every element with children sets display: flex.
 */

const BRAND_900 = '#1c3024';
const BRAND_700 = '#30553d';
const SAND_100 = '#f4ede2';

export type OgCardProps = {
  title: string;
  kicker?: string;
  price?: string;
  note?: string;
  imageDataUrl?: string | null;
};

export function ogCardResponse({ title, kicker, price, note, imageDataUrl }: OgCardProps): ImageResponse {
  return new ImageResponse(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: SAND_100, color: BRAND_900 }}>
      {imageDataUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
        <img src={imageDataUrl} width={630} height={630} alt="" style={{ objectFit: 'cover' }} />
      ) : (
        <div style={{ display: 'flex', width: 630, height: 630, background: BRAND_700 }} />
      )}
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: 56, flex: 1 }}>
        <div style={{ display: 'flex', fontSize: 28, letterSpacing: 4, color: BRAND_700 }}>
          {(kicker ?? 'BOTICA SPA').toUpperCase()}
        </div>
        <div style={{ display: 'flex', fontSize: title.length > 40 ? 48 : 60, fontWeight: 700, marginTop: 16 }}>
          {title}
        </div>
        {price ? <div style={{ display: 'flex', fontSize: 52, marginTop: 28, color: BRAND_700 }}>{price}</div> : null}
        {note ? <div style={{ display: 'flex', fontSize: 26, marginTop: 20 }}>{note}</div> : null}
        <div style={{ display: 'flex', fontSize: 24, marginTop: 36, color: BRAND_700 }}>botica · productos del spa</div>
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      // Previews are fetched by crawlers and chat apps: let them and any CDN keep one for a while.
      headers: { 'cache-control': 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400' },
    },
  );
}
