import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

const header = (list: Array<{ key: string; value: string }>, key: string) => list.find((h) => h.key === key)?.value;

describe('securityHeaders', () => {
  it('sends a CSP that closes plugins, <base>, framing and foreign form targets', () => {
    const csp = header(
      securityHeaders({ appUrl: 'https://botica.example', wompiCheckoutUrl: 'https://checkout.wompi.co/p/' }),
      'Content-Security-Policy',
    )!;
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' https://checkout.wompi.co");
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/); // no eval, no foreign host in production
    expect(csp).toContain('upgrade-insecure-requests');
  });

  it('sends HSTS only when the store is served over https', () => {
    expect(header(securityHeaders({ appUrl: 'https://botica.example' }), 'Strict-Transport-Security')).toMatch(
      /max-age=\d{8}/,
    );
    expect(header(securityHeaders({ appUrl: 'http://localhost:3000' }), 'Strict-Transport-Security')).toBeUndefined();
  });

  it('sends Permissions-Policy, COOP, nosniff and no-framing everywhere', () => {
    const list = securityHeaders({ appUrl: 'http://localhost:3000' });
    expect(header(list, 'Permissions-Policy')).toContain('camera=()');
    expect(header(list, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(header(list, 'X-Content-Type-Options')).toBe('nosniff');
    expect(header(list, 'X-Frame-Options')).toBe('DENY');
  });

  it("allows eval only in development (React's dev tooling)", () => {
    expect(header(securityHeaders({ isDev: true }), 'Content-Security-Policy')).toContain("'unsafe-eval'");
  });
});
