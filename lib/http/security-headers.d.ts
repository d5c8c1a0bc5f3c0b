/** Types for security-headers.js (plain JavaScript so next.config.js can import it). */
export function securityHeaders(options: {
  appUrl?: string;
  wompiCheckoutUrl?: string;
  isDev?: boolean;
}): Array<{ key: string; value: string }>;
