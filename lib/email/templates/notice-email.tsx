import { Button, Column, Heading, Row, Section, Text } from '@react-email/components';
import { BRAND, EmailLayout } from './email-layout';

export type NoticeEmailProps = {
  preview: string;
  heading: string;
  greeting?: string;
  paragraphs: string[];
  /** Label/value lines (order number, total, tracking number…). */
  details?: Array<{ label: string; value: string }>;
  /** Simple list (e.g. low-stock lines in a digest). */
  items?: string[];
  cta?: { label: string; href: string };
};

/** The one transactional template: a heading, a few paragraphs, optional details, list and button. */
export function NoticeEmail({ preview, heading, greeting, paragraphs, details, items, cta }: NoticeEmailProps) {
  const paragraph = { fontSize: '15px', lineHeight: '22px', color: BRAND.text, margin: '0 0 12px' };
  return (
    <EmailLayout preview={preview}>
      <Heading as="h1" style={{ fontSize: '22px', color: BRAND.greenDark, margin: '0 0 16px' }}>
        {heading}
      </Heading>
      {greeting ? <Text style={paragraph}>{greeting}</Text> : null}
      {paragraphs.map((text) => (
        <Text key={text} style={paragraph}>
          {text}
        </Text>
      ))}
      {details && details.length > 0 ? (
        <Section
          style={{ backgroundColor: BRAND.sand, borderRadius: '8px', padding: '12px 16px', margin: '8px 0 16px' }}
        >
          {details.map((d) => (
            <Row key={d.label}>
              <Column style={{ fontSize: '14px', color: BRAND.muted, padding: '4px 0', width: '45%' }}>
                {d.label}
              </Column>
              <Column style={{ fontSize: '14px', color: BRAND.text, padding: '4px 0', fontWeight: 'bold' }}>
                {d.value}
              </Column>
            </Row>
          ))}
        </Section>
      ) : null}
      {items && items.length > 0 ? (
        <Section style={{ margin: '0 0 16px' }}>
          {items.map((item) => (
            <Text key={item} style={{ ...paragraph, margin: '0 0 4px' }}>
              • {item}
            </Text>
          ))}
        </Section>
      ) : null}
      {cta ? (
        <Button
          href={cta.href}
          style={{
            backgroundColor: BRAND.green,
            color: '#ffffff',
            borderRadius: '8px',
            padding: '12px 20px',
            fontSize: '15px',
            fontWeight: 'bold',
            textDecoration: 'none',
          }}
        >
          {cta.label}
        </Button>
      ) : null}
    </EmailLayout>
  );
}
