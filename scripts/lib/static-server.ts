// A tiny static file server for the built site (dist/): used by `npm start`, the browser tests,
// the screenshots and the benchmark. Serves directories' index.html, 404.html for missing files,
// and the MIME types the site needs (wasm, parquet, topojson), with the validators (ETag,
// Last-Modified, 304) and the gzip compression of text that any host gives a visitor.
import { createServer, type Server } from 'node:http';
import { createReadStream, type Stats } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<{ file: string; info: Stats } | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return { file: path, info };
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

/** Text formats worth compressing (binary formats such as Parquet and WebAssembly are sent as they are). */
const compressible = /^(text\/|application\/(json|geo\+json|xml)|image\/svg)/;

/** Serves `root` on 127.0.0.1; port 0 picks a free port. Resolves once listening. */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    // A malformed address (bad percent-encoding) gets a 400: it must never take the server down.
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Adresse mal formée');
      return;
    }
    const target = normalize(join(base, pathname));
    // Refuse paths that climb out of the site folder.
    const found = target.startsWith(base) ? await fileAt(target) : undefined;
    const served = found ?? (await fileAt(join(base, '404.html')));
    const status = found ? 200 : 404;
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable');
      return;
    }
    const { file, info } = served;
    const type = mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': 'no-cache',
      etag,
      'last-modified': info.mtime.toUTCString(),
      vary: 'Accept-Encoding',
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = String(info.size);
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
