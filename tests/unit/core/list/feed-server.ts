/** A real HTTP server on 127.0.0.1 serving good and bad feeds for the refresh tests. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, base: { port: number }) => void;

export interface FeedServer {
  url: (path: string) => string;
  port: number;
  requests: string[];
  close: () => Promise<void>;
}

export async function startFeedServer(routes: Record<string, Route>): Promise<FeedServer> {
  const requests: string[] = [];
  let port = 0;
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes[(req.url ?? '').split('?')[0]!];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>');
      return;
    }
    route(req, res, { port });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const send =
  (body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
  };
