import { randomBytes } from 'node:crypto';

function fakeJwt(type: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const issuedAt = Math.floor(Date.now() / 1000);
  // Same payload shape and 1 h lifetime as the docs' sample token (docs/payments.md#transactions-api); the signature part is random.
  const payload = {
    contract_id: type === 'END_USER_POLICY' ? 1 : 2,
    permalink: type,
    file_hash: 'fake',
    jit: `${issuedAt}-00000`,
    exp: issuedAt + 3600,
  };
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.${randomBytes(16).toString('base64url')}`;
}

/** `GET /v1/merchants/{public_key}` body (docs/payments.md#fake-wompi-contract). */
export function merchantBody(publicKey: string, baseUrl: string) {
  return {
    id: 1,
    name: 'Botica (Wompi falso)',
    public_key: publicKey,
    presigned_acceptance: {
      acceptance_token: fakeJwt('END_USER_POLICY'),
      permalink: `${baseUrl}/terminos.pdf`,
      type: 'END_USER_POLICY',
    },
    presigned_personal_data_auth: {
      acceptance_token: fakeJwt('PERSONAL_DATA_AUTH'),
      permalink: `${baseUrl}/datos-personales.pdf`,
      type: 'PERSONAL_DATA_AUTH',
    },
  };
}
