import { describe, expect, it } from 'vitest';
import { isJsonContentType, readJsonBody } from './read-body';

const post = (body: string, contentType = 'application/json') =>
  new Request('http://localhost/x', { method: 'POST', body, headers: { 'content-type': contentType } });

describe('readJsonBody', () => {
  it('accepts application/json in UTF-8 only', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=UTF-8')).toBe(true);
    expect(isJsonContentType('application/json; charset=utf-16')).toBe(false);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });

  it('refuses invalid UTF-8, bad JSON, deep nesting, and empty PATCH bodies', async () => {
    const invalidUtf8 = new Request('http://localhost/x', {
      method: 'POST',
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
      headers: { 'content-type': 'application/json' },
    });
    await expect(readJsonBody(invalidUtf8)).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(post('{'))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(post('['.repeat(50) + ']'.repeat(50)))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(post('{}'), { requireFields: true })).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(post(''), { requireFields: true })).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(post(''))).resolves.toEqual({});
    await expect(readJsonBody(post('{"a":1}'))).resolves.toEqual({ a: 1 });
  });

  it('refuses a body over the limit by its declared length or while streaming', async () => {
    await expect(readJsonBody(post(`"${'x'.repeat(70_000)}"`))).rejects.toMatchObject({ status: 413 });
  });
});
