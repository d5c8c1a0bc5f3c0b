import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it.each([
    ['/cuenta', '/cuenta'],
    ['/productos?q=jabon', '/productos?q=jabon'],
    ['/productos?q=jab%C3%B3n#resenas', '/productos?q=jab%C3%B3n#resenas'],
    ['/checkout?cupon=BIENVENIDA', '/checkout?cupon=BIENVENIDA'],
    ['/cuenta/pedidos/../direcciones', '/cuenta/direcciones'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  // Known open-redirect bypasses (OWASP / PortSwigger cheat sheets and the issue's own finding).
  const BYPASSES = [
    '//evil.example',
    '///evil.example',
    '////evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example', // the finding: ?next=/%09/evil.example decodes to a tab
    '/\n/evil.example',
    '/\r/evil.example',
    '/\u0000/evil.example',
    '/\u000b/evil.example',
    '/\u007f/evil.example',
    '/\u0085/evil.example',
    ' /evil.example',
    '/ /evil.example',
    '/.//evil.example',
    '/./\\evil.example',
    '/..//evil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%252F/evil.example',
    '/%09/evil.example',
    '/%0a/evil.example',
    'https://evil.example',
    'http://evil.example/',
    'HTTPS://evil.example',
    '//evil.example@botica.test',
    'https:evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//user:pass@evil.example',
    '/\\user@evil.example',
    'evil.example',
    '.evil.example',
    '',
    '/' + 'a'.repeat(3_000),
  ];
  it.each(BYPASSES.map((b) => [JSON.stringify(b), b]))('refuses %s', (_label, input) => {
    expect(safeRedirectPath(input)).toBe('/');
  });

  it.each([[undefined], [null], [42], [['/cuenta']], [{}]])('refuses the non-string %j', (input) => {
    expect(safeRedirectPath(input, '/inicio')).toBe('/inicio');
  });

  it('never returns anything a browser resolves to another origin', () => {
    for (const input of BYPASSES) {
      const out = safeRedirectPath(input);
      expect(new URL(out, 'https://botica.test').origin).toBe('https://botica.test');
    }
  });
});
