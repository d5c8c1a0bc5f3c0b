// A base nobody can own: a target that resolves to any other origin is not a same-site path.
const BASE = 'http://botica.invalid';
const MAX_LENGTH = 2_048;

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The one check for "where to go after sign-in/up": only a same-site absolute path, else `fallback`.
 *
 * Browsers do not read a Location the way a string check does: they drop tabs and newlines
 * (`/\t/evil.example` becomes `//evil.example`), treat `\` as `/`, and resolve `/.//x` to the path
 * `//x`, which a later redirect takes as another host. So the value is refused if it holds any
 * control character or backslash, then parsed with the WHATWG URL parser (what browsers use)
 * against a fixed origin: it must stay on that origin, and its path must not start with two
 * slashes even after decoding (`/%2F%2Fevil` behind a proxy that decodes). What is returned is the
 * parser's own serialisation, never the raw input. The bypass corpus is in safe-redirect.test.ts.
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  // Control characters (C0, DEL, C1), backslashes and whitespace other than an encoded one.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.username || url.password) return fallback;
  const path = url.pathname;
  const decoded = decodeOnce(decodeOnce(path));
  if (path.startsWith('//') || /^\/[/\\]/.test(decoded) || /[\u0000-\u001f\u007f\\]/.test(decoded)) return fallback;
  return `${path}${url.search}${url.hash}`;
}
