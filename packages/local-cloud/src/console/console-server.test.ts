import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startConsoleServer } from './console-server.ts';
import type { RunningConsoleServer } from './console-server.ts';

const HEADERS = { 'content-security-policy': "default-src 'self'", 'x-frame-options': 'DENY' };
let server: RunningConsoleServer;

beforeAll(async () => {
  // GIVEN a build: index.html, a hashed asset, and a file beside the build that must never be served
  const root = mkdtempSync(join(tmpdir(), 'console-server-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  server = await startConsoleServer({ dist, port: 0, config: { apiUrl: 'http://localhost:3000', clientId: 'platform-console' }, headers: HEADERS });
});

afterAll(async () => {
  await server.stop();
});

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), csp: response.headers.get('content-security-policy'), body: await response.text() };
};

describe('startConsoleServer', () => {
  it("answers the console's own routes with index.html, never cached, as the viewer-request function does in AWS", async () => {
    expect(await get('/applications/0190-abc/withdraw?x=1')).toStrictEqual({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache', csp: "default-src 'self'", body: '<!doctype html><title>console</title>' });
  });

  it('serves hashed assets for a year, immutable', async () => {
    expect(await get('/assets/index-abc123.js')).toStrictEqual({ status: 200, type: 'text/javascript; charset=utf-8', cache: 'public, max-age=31536000, immutable', csp: "default-src 'self'", body: 'console.log(1)' });
  });

  it('answers config.json with the settings of this stage', async () => {
    expect(JSON.parse((await get('/config.json')).body)).toStrictEqual({ apiUrl: 'http://localhost:3000', clientId: 'platform-console' });
  });

  it('fails with 404 for a missing file, and for a path that climbs out of the build', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/..%2Fsecret.txt')).status).toBe(404);
    expect((await get('/assets/..%2F..%2Fsecret.txt')).status).toBe(404);
  });

  it('fails with 400 for a malformed percent-encoding, and keeps serving', async () => {
    expect((await get('/%ZZ')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
});
