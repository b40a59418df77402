/**
 * A small static file server for the benchmarks and tests: serves a built
 * site from a folder, gzip-compressing text as a real static host would, so
 * the bytes measured are the bytes a reader's browser would fetch. It can
 * serve the site under a base path (as a site built with BASE_PATH is
 * published), and answers a path it has no file for, or one outside the
 * base, with the site's 404.html, as deploy/nginx.conf does.
 * `headers` are sent with every file, as a host would send a Content-Security-Policy.
 */
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The file under `root` that answers `pathname` when the site is served at `base`, or null. */
function fileFor(root: string, base: string, pathname: string): string | null {
  const prefix = base.replace(/\/+$/, '');
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null;
  let file = path.join(root, pathname.slice(prefix.length));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : null;
}

export function serveStatic(
  root: string,
  { base = '/', headers: extraHeaders = {} }: { base?: string; headers?: Record<string, string> } = {},
): Promise<{ url: string; close: () => void }> {
  const notFound = path.join(root, '404.html');
  const server = http.createServer((request, response) => {
    const found = fileFor(root, base, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    const file = found ?? (existsSync(notFound) ? notFound : null);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)];
    let body = readFileSync(file);
    const headers: Record<string, string> = { ...extraHeaders, 'content-type': type ?? 'application/octet-stream' };
    // Pagefind's own files are already compressed; text is compressed here.
    if (type && /gzip/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(found ? 200 : 404, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}
