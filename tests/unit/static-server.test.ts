// The local static server (npm start, browser tests, bench) answers a malformed address with a 400
// and keeps serving the site.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

let dir: string;
let server: StaticServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(dir, 'index.html'), '<h1>Accueil</h1>');
  server = await startStaticServer(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw GET (fetch would reject the malformed path before sending it). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; raw: Buffer; headers: Record<string, unknown> }> {
  const { port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        ok({ status: res.statusCode ?? 0, body: raw.toString(), raw, headers: res.headers });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

it('a bad percent-encoding gets a 400 and the server keeps serving', async () => {
  expect((await get('/ressources/%')).status).toBe(400);
  expect((await get('/%E0%A4%A')).status).toBe(400);
  const home = await get('/');
  expect(home.status).toBe(200);
  expect(home.body).toContain('Accueil');
});

it('sends validators and answers 304 when the page has not changed', async () => {
  const first = await get('/');
  expect(first.headers['etag']).toMatch(/^W\/"/);
  expect(first.headers['last-modified']).toBeTruthy();
  const again = await get('/', { 'if-none-match': String(first.headers['etag']) });
  expect(again.status).toBe(304);
  expect(again.body).toBe('');
});

it('compresses text for a client that accepts gzip, and only then', async () => {
  const zipped = await get('/', { 'accept-encoding': 'gzip, br' });
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(zipped.raw).toString()).toBe('<h1>Accueil</h1>');
  const plain = await get('/');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toBe('<h1>Accueil</h1>');
});
