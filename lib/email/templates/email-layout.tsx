import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export const BRAND = {
  green: '#30553d',
  greenDark: '#1c3024',
  sand: '#fbf8f3',
  sandLine: '#e8dcc7',
  text: '#292524',
  muted: '#57534e',
  clay: '#a4502f',
};

/** Botica's frame for every email: the wordmark, a sand background, one white card, the footer. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="es-CO">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: BRAND.sand,
          color: BRAND.text,
          fontFamily: 'Georgia, "Times New Roman", serif',
          margin: 0,
          padding: '24px 0',
        }}
      >
        <Container style={{ maxWidth: '560px', margin: '0 auto', padding: '0 16px' }}>
          <Text style={{ fontSize: '26px', color: BRAND.green, margin: '0 0 16px', fontFamily: 'Georgia, serif' }}>
            Botica
          </Text>
          <Section
            style={{
              backgroundColor: '#ffffff',
              border: `1px solid ${BRAND.sandLine}`,
              borderRadius: '12px',
              padding: '24px',
              fontFamily: 'Arial, Helvetica, sans-serif',
            }}
          >
            {children}
          </Section>
          <Hr style={{ borderColor: BRAND.sandLine, margin: '24px 0 12px' }} />
          <Text style={{ fontSize: '12px', color: BRAND.muted, margin: 0, fontFamily: 'Arial, Helvetica, sans-serif' }}>
            Botica Spa · Productos de spa en Colombia. Recibes este correo por tu cuenta en Botica; puedes ver todos tus
            avisos en «Notificaciones».
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
