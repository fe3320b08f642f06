// Serves the built app (dist/) as a production host should: the headers of dist/_headers
// (security headers, the CSP with frame-ancestors, long caching for hashed assets, no-cache for
// the page and the service worker), brotli or gzip (each file compressed once, off the main
// thread, and kept while the file is unchanged), and a 404 for anything that is not a file of the
// build. No framework: node's http. `npm start` runs it; so do the end-to-end tests and Lighthouse.
//
//   PORT=8080 HOST=0.0.0.0 node scripts/serve.mjs [dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** Netlify-style `_headers`: a path pattern (`/*`, `/assets/*`, `/sw.js`), then its headers, indented. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

const compressors = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/** The encoding to send: brotli where the client takes it, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding) {
  const offered = new Map(
    String(acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => [name.trim().toLowerCase(), Number(/q=([\d.]+)/.exec(params.join(';'))?.[1] ?? 1)]),
  );
  const takes = (name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  return takes('br') ? 'br' : takes('gzip') ? 'gzip' : null;
}

/**
 * Each file's bytes, and each encoding of them, made once: on the first request for it,
 * compressed on libuv's thread pool (the event loop keeps answering), shared by every request
 * that arrives meanwhile, and kept until the file changes (its size or time changes).
 */
function fileCache() {
  const entries = new Map();
  return (file, stat) => {
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    let entry = entries.get(file);
    if (!entry || entry.stamp !== stamp) entries.set(file, (entry = { stamp, raw: readFileSync(file), encoded: new Map() }));
    return {
      raw: entry.raw,
      encoded: (encoding) => {
        if (!entry.encoded.has(encoding)) entry.encoded.set(encoding, compressors[encoding](entry.raw));
        return entry.encoded.get(encoding);
      },
    };
  };
}

const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** Serves `root` on `host:port`; resolves to the server once it listens. */
export function serve({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const rules = parseHeaders(existsSync(join(base, '_headers')) ? readFileSync(join(base, '_headers'), 'utf8') : '');
  // The headers every response carries (the `/*` rules): errors too.
  const everywhere = Object.assign({}, ...rules.filter((rule) => rule.pattern === '/*').map((rule) => rule.headers));
  const cached = fileCache();
  const server = createServer(async (request, response) => {
    const send = (status, headers, body) => {
      response.writeHead(status, { ...everywhere, ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'Method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      return send(400, { 'content-type': 'text/plain' }, 'Bad request');
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(base, `.${path}`);
    const hidden = path.split('/').some((part) => part.startsWith('.') || part === '_headers');
    const stat = !hidden && (file === base || file.startsWith(base + sep)) && existsSync(file) ? statSync(file) : null;
    if (!stat?.isFile()) {
      return send(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' }, 'Not found');
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
    for (const rule of rules) if (matches(rule.pattern, path)) Object.assign(headers, rule.headers);
    const { raw, encoded } = cached(file, stat);
    const encoding = COMPRESSIBLE.has(extname(file)) ? chooseEncoding(request.headers['accept-encoding']) : null;
    let body = raw;
    if (encoding) {
      try {
        body = await encoded(encoding);
        headers['content-encoding'] = encoding;
      } catch {
        body = raw;
      }
    }
    headers['content-length'] = String(body.length);
    send(200, headers, body);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No build in ${root}/: run npm run build first.`);
    process.exit(1);
  }
  const server = await serve({ root, port: Number(process.env.PORT || 4173), host: process.env.HOST || '127.0.0.1' });
  const { address, port } = server.address();
  console.log(`Serving ${root}/ at http://${address.includes(':') ? `[${address}]` : address}:${port}/`);
}
