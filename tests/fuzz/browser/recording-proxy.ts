/**
 * An HTTP proxy that records every connection the browser opens and forwards it. Chromium started
 * with `--proxy-server` and `--proxy-bypass-list=<-loopback>` sends everything through it, from
 * pages, extension pages, the service worker and the browser itself, so nothing escapes the log.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';


export interface ProxiedRequest {
  /** `CONNECT` for a tunnel (https), else the HTTP method. */
  method: string;
  /** host:port for a tunnel, the absolute URL otherwise. */
  target: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RecordingProxy {
  port: number;
  log: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const log: ProxiedRequest[] = [];
  const sockets = new Set<{ destroy(): void }>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      log.push({ method: req.method ?? '', target: req.url ?? '', headers: req.headers, body: body.toString('utf8') });
      let url: URL;
      try {
        url = new URL(req.url ?? '');
      } catch {
        return void res.writeHead(400).end();
      }
      const upstream = httpRequest(
        { host: url.hostname, port: url.port || 80, path: `${url.pathname}${url.search}`, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    });
  });
  server.on('connect', (req, client, head) => {
    log.push({ method: 'CONNECT', target: req.url ?? '', headers: req.headers, body: '' });
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port) || 443, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [upstream, client]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        upstream.destroy();
        client.destroy();
      });
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    log,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** host:port of a logged request. */
export function hostOf(r: ProxiedRequest): string {
  if (r.method === 'CONNECT') return r.target;
  try {
    const u = new URL(r.target);
    return `${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`;
  } catch {
    return r.target;
  }
}
