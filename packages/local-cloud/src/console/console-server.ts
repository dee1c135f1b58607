import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ConsoleServerOptions {
  /** The console's production build. */
  readonly dist: string;
  readonly port: number;
  /** What `/config.json` answers: the same document the deployment writes in AWS. */
  readonly config: Record<string, unknown>;
  /** The response headers CloudFront adds in AWS (CSP, HSTS, framing, …), from the same template. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface RunningConsoleServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serves the console's build as CloudFront serves it in AWS: a file where the path names one (hashed assets
 * cached for a year, `index.html` and `config.json` never), `index.html` for every other path that has no
 * file extension (the console's own routes), a 404 otherwise, and the same security headers on everything.
 *
 * @example
 * const server = await startConsoleServer({ dist, port: 3001, config: { apiUrl, clientId }, headers });
 */
export const startConsoleServer = async ({ dist, port, config, headers }: ConsoleServerOptions): Promise<RunningConsoleServer> => {
  const root = normalize(dist + sep);
  const server: Server = createServer((request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://console').pathname);
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (path === '/config.json') {
        response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(JSON.stringify(config));
        return;
      }
      // As the viewer-request function in AWS: a path without an extension is one of the console's routes.
      const file = extname(path) === '' ? join(root, 'index.html') : normalize(join(root, path));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const immutable = file.startsWith(join(root, 'assets') + sep);
      response.writeHead(200, {
        'content-type': MEDIA_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      // A malformed percent-encoding, say: that request's 400, never the server's end.
      if (!response.headersSent) response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
