/** Serves fixture pages from tests/fixtures/pages on 127.0.0.1, as a portal would serve them. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
const TLS = resolve(import.meta.dirname, '../../fixtures/tls');

/** Starts `server` on a free port of 127.0.0.1; the port. */
export async function listenLocal(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/** An https server with the committed self-signed test certificate (tests/fixtures/tls), not yet listening. */
export function httpsTestServer(handler: RequestListener): Server {
  return createHttpsServer({ key: readFileSync(join(TLS, 'test-key.pem')), cert: readFileSync(join(TLS, 'test-cert.pem')) }, handler);
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(dir = FIXTURE_PAGES): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  const origin = `http://127.0.0.1:${await listenLocal(server)}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** One page of HTML served at `path` (every path answers it) on 127.0.0.1, as a portal would serve it. */
export async function servePage(html: string, path: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  const url = `http://127.0.0.1:${await listenLocal(server)}/${path}`;
  return { url, close: () => new Promise<void>((done) => server.close(() => done())) };
}
