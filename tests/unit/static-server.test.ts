// The local static server (npm start, browser tests, bench) answers a malformed address with a 400
// and keeps serving the site.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
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
function get(path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
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
