/**
 * The Content-Security-Policy the site is built to work under, sent as an HTTP header
 * by the host (tests/e2e/csp.test.ts serves the build with it). No inline script or
 * style (nor style attribute) is allowed, so the build inlines none; 'wasm-unsafe-eval'
 * lets Pagefind compile its WebAssembly.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');
