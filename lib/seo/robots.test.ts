import { describe, expect, it } from 'vitest';
import { robotsRules } from './robots';

describe('robotsRules', () => {
  it('keeps private and transactional areas out and points to the sitemap', () => {
    const robots = robotsRules('https://botica.example');
    expect(robots.sitemap).toBe('https://botica.example/sitemap.xml');
    expect(robots.rules).toEqual([
      {
        userAgent: '*',
        allow: '/',
        disallow: expect.arrayContaining(['/admin', '/cuenta', '/checkout', '/carrito', '/api']),
      },
    ]);
  });
});
