import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { checksumsMatch, eventChecksum, integritySignature, verifyEventChecksum } from '@/lib/payments/wompi/signature';

// Test vectors from docs/payments.md#integrity-signature and #event-checksum (recomputed with sha256sum, Python and Node).
const DOCS_INTEGRITY_SECRET = 'prod_integrity_Z5mMke9x0k8gpErbDqwrJXMqsI6SFli6';
const DOCS_EVENTS_SECRET = 'prod_events_OcHnIzeBl5socpwByQ4hA52Em3USQ93Z';
const FAKE_EVENTS_SECRET = 'test_events_fakeSecret123';
const PROPERTIES = ['transaction.id', 'transaction.status', 'transaction.amount_in_cents'];

function docsEvent() {
  return {
    event: 'transaction.updated',
    data: {
      transaction: { id: '1234-1610641025-49201', status: 'APPROVED', amount_in_cents: 4490000, reference: 'R1' },
    },
    environment: 'prod',
    signature: {
      properties: [...PROPERTIES],
      checksum: '5a18ec5e8fdb7df463e9f94774cba8f583ba21bd04a09ceff2ea68a4bc0aefbe',
    },
    timestamp: 1530291411,
    sent_at: '2018-07-20T16:45:05.000Z',
  };
}

function fakeEvent(status: 'APPROVED' | 'DECLINED', checksum: string) {
  return {
    event: 'transaction.updated',
    data: { transaction: { id: '12345-1700000000-00001', status, amount_in_cents: 4990000 } },
    environment: 'test',
    signature: { properties: [...PROPERTIES], checksum },
    timestamp: 1700000000,
  };
}

describe('integritySignature', () => {
  it.each([
    {
      name: 'docs example',
      reference: 'sk8-438k4-xmxm392-sn2m',
      amountInCents: 2_490_000,
      secret: DOCS_INTEGRITY_SECRET,
      expirationTime: undefined,
      expected: '37c8407747e595535433ef8f6a811d853cd943046624a0ec04662b17bbf33bf5',
    },
    {
      name: 'docs example with expiration',
      reference: 'sk8-438k4-xmxm392-sn2m',
      amountInCents: 2_490_000,
      secret: DOCS_INTEGRITY_SECRET,
      expirationTime: '2023-06-09T20:28:50.000Z',
      expected: 'e972f58e7de36b283fbb93d9318d39a54ffdff4e8e917b534f30d63c9d7bb89c',
    },
    {
      name: 'fake server vector',
      reference: 'ORD-1001',
      amountInCents: 4_990_000,
      secret: 'test_integrity_fakeSecret123',
      expirationTime: undefined,
      expected: '7212d1c3166f9435e9bb60bfdde4bc201eda92fec2a9ade3a80f38c54fe9c8da',
    },
    {
      name: 'fake server vector with expiration',
      reference: 'ORD-1001',
      amountInCents: 4_990_000,
      secret: 'test_integrity_fakeSecret123',
      expirationTime: '2030-01-01T00:00:00.000Z',
      expected: '8361c984c128e202fa4f454d1260401ac35ab06d4cfaea66c69137985f38d3fc',
    },
  ])('matches the $name', ({ reference, amountInCents, secret, expirationTime, expected }) => {
    expect(
      integritySignature({ reference, amountInCents, currency: 'COP', expirationTime, integritySecret: secret }),
    ).toBe(expected);
  });

  it('changes when the amount is edited after signing', () => {
    const signed = integritySignature({
      reference: 'ORD-1001',
      amountInCents: 4_990_000,
      currency: 'COP',
      integritySecret: 'test_integrity_fakeSecret123',
    });
    const tampered = integritySignature({
      reference: 'ORD-1001',
      amountInCents: 100_000,
      currency: 'COP',
      integritySecret: 'test_integrity_fakeSecret123',
    });
    expect(tampered).not.toBe(signed);
  });

  it.each([49900.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, 0, -100])(
    'refuses the non-integer or non-positive amount %s',
    (amountInCents) => {
      expect(() =>
        integritySignature({ reference: 'ORD-1', amountInCents, currency: 'COP', integritySecret: 's' }),
      ).toThrow(RangeError);
    },
  );

  it('refuses an empty secret', () => {
    expect(() =>
      integritySignature({ reference: 'ORD-1', amountInCents: 100, currency: 'COP', integritySecret: '' }),
    ).toThrow();
  });
});

describe('eventChecksum', () => {
  it('pins the docs concatenation and its real SHA-256 (the docs print a wrong 3476DDA5…)', () => {
    const concat = '1234-1610641025-49201APPROVED44900001530291411prod_events_OcHnIzeBl5socpwByQ4hA52Em3USQ93Z';
    expect(createHash('sha256').update(concat).digest('hex')).toBe(
      '5a18ec5e8fdb7df463e9f94774cba8f583ba21bd04a09ceff2ea68a4bc0aefbe',
    );
    expect(eventChecksum(docsEvent(), DOCS_EVENTS_SECRET)).toBe(
      '5a18ec5e8fdb7df463e9f94774cba8f583ba21bd04a09ceff2ea68a4bc0aefbe',
    );
  });

  it.each([
    { status: 'APPROVED' as const, expected: '157c709e1b6d30b319c9f951a3d06d4e6e57d47e8a533569ffe931d3bd2a689b' },
    { status: 'DECLINED' as const, expected: '445f2117d2fc9ef9e7878a00204c3b6a38bc31b0e32ce5f0f2585429bcc88c0a' },
  ])('matches the fake server vector for $status', ({ status, expected }) => {
    expect(eventChecksum(fakeEvent(status, ''), FAKE_EVENTS_SECRET)).toBe(expected);
  });

  it('follows the property order given in the event instead of a fixed list', () => {
    const event = docsEvent();
    event.signature.properties = ['transaction.status', 'transaction.id', 'transaction.amount_in_cents'];
    const expected = createHash('sha256')
      .update(`APPROVED1234-1610641025-4920144900001530291411${DOCS_EVENTS_SECRET}`)
      .digest('hex');
    expect(eventChecksum(event, DOCS_EVENTS_SECRET)).toBe(expected);
  });
});

describe('verifyEventChecksum', () => {
  it('accepts the docs event and the fake vectors', () => {
    expect(verifyEventChecksum(docsEvent(), DOCS_EVENTS_SECRET)).toBe(true);
    expect(
      verifyEventChecksum(
        fakeEvent('APPROVED', '157c709e1b6d30b319c9f951a3d06d4e6e57d47e8a533569ffe931d3bd2a689b'),
        FAKE_EVENTS_SECRET,
      ),
    ).toBe(true);
  });

  it('accepts an uppercase checksum, in the body or given as the header value', () => {
    const event = docsEvent();
    event.signature.checksum = event.signature.checksum.toUpperCase();
    expect(verifyEventChecksum(event, DOCS_EVENTS_SECRET)).toBe(true);
    expect(
      verifyEventChecksum(
        docsEvent(),
        DOCS_EVENTS_SECRET,
        '5A18EC5E8FDB7DF463E9F94774CBA8F583BA21BD04A09CEFF2EA68A4BC0AEFBE',
      ),
    ).toBe(true);
  });

  it('rejects the checksum the docs print, which is not the SHA-256 of their own example', () => {
    const event = docsEvent();
    event.signature.checksum = '3476DDA50F64CD7CBD160689640506FEBEA93239BC524FC0469B2C68A3CC8BD0';
    expect(verifyEventChecksum(event, DOCS_EVENTS_SECRET)).toBe(false);
  });

  it('rejects an event whose amount was edited after signing', () => {
    const event = docsEvent();
    event.data.transaction.amount_in_cents = 100;
    expect(verifyEventChecksum(event, DOCS_EVENTS_SECRET)).toBe(false);
  });

  it('rejects a DECLINED event relabelled APPROVED', () => {
    const declined = fakeEvent('DECLINED', '445f2117d2fc9ef9e7878a00204c3b6a38bc31b0e32ce5f0f2585429bcc88c0a');
    declined.data.transaction.status = 'APPROVED';
    expect(verifyEventChecksum(declined, FAKE_EVENTS_SECRET)).toBe(false);
  });

  it('rejects the right checksum checked with another secret', () => {
    expect(verifyEventChecksum(docsEvent(), FAKE_EVENTS_SECRET)).toBe(false);
  });

  it('rejects an edited timestamp', () => {
    expect(verifyEventChecksum({ ...docsEvent(), timestamp: 1530291412 }, DOCS_EVENTS_SECRET)).toBe(false);
  });

  it.each([
    [
      'a checksum one digit short',
      {
        ...docsEvent(),
        signature: {
          properties: PROPERTIES,
          checksum: '5a18ec5e8fdb7df463e9f94774cba8f583ba21bd04a09ceff2ea68a4bc0aefb',
        },
      },
    ],
    [
      'a checksum one digit long',
      {
        ...docsEvent(),
        signature: {
          properties: PROPERTIES,
          checksum: '5a18ec5e8fdb7df463e9f94774cba8f583ba21bd04a09ceff2ea68a4bc0aefbe0',
        },
      },
    ],
    ['a missing checksum', { ...docsEvent(), signature: { properties: PROPERTIES } }],
    ['a missing signature', { ...docsEvent(), signature: undefined }],
    ['a missing timestamp', { ...docsEvent(), timestamp: undefined }],
    [
      'a timestamp nested inside signature',
      { ...docsEvent(), timestamp: undefined, signature: { ...docsEvent().signature, timestamp: 1530291411 } },
    ],
    [
      'a property missing from data',
      { ...docsEvent(), data: { transaction: { id: '1234-1610641025-49201', status: 'APPROVED' } } },
    ],
    [
      'an empty property list',
      { ...docsEvent(), signature: { properties: [], checksum: docsEvent().signature.checksum } },
    ],
    [
      'properties that are not an array',
      { ...docsEvent(), signature: { properties: 'transaction.id', checksum: docsEvent().signature.checksum } },
    ],
    [
      'a prototype path',
      { ...docsEvent(), signature: { properties: ['__proto__.toString'], checksum: docsEvent().signature.checksum } },
    ],
    ['null', null],
    ['a string', 'not an event'],
  ])('returns false, without throwing, for %s', (_name, event) => {
    expect(verifyEventChecksum(event, DOCS_EVENTS_SECRET)).toBe(false);
  });
});

describe('checksumsMatch', () => {
  it('rejects non-hex input of the right length', () => {
    expect(checksumsMatch('5a18ec5e8fdb7df463e9f94774cba8f583ba21bd04a09ceff2ea68a4bc0aefbe', 'z'.repeat(64))).toBe(
      false,
    );
  });
});
