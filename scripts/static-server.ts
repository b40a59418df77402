/**
 * A small static file server for the benchmarks and tests: serves a built site
 * from a folder, gzip-compressing text as a real static host would, so the bytes
 * measured are the bytes a reader's browser would fetch. `headers` are sent with
 * every file, as a host would send a Content-Security-Policy.
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

export function serveStatic(root: string, { headers: extraHeaders = {} }: { headers?: Record<string, string> } = {}): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
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
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}
