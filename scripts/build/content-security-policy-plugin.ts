import type { Plugin } from 'vite';

/** The page's Content-Security-Policy (the project's quality bars: no inline script, nothing from elsewhere). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The headers a host should send with the built app (scripts/serve.mjs sends them; Netlify and
 * Cloudflare Pages read `dist/_headers`). The policy as a header can also forbid framing,
 * which a meta tag cannot.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Share links carry the answers: they are not sent on to the sources the page links to.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** The `_headers` file of static hosts that read one: security headers everywhere, long caching for hashed assets. */
function headersFile(): string {
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...security, '/assets/*', '  Cache-Control: public, max-age=31536000, immutable', '/index.html', '  Cache-Control: no-cache', '/sw.js', '  Cache-Control: no-cache', ''].join('\n');
}

/** Puts the policy in the built page as a meta tag, and writes `_headers`. Only in the build: the dev server needs inline scripts. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
