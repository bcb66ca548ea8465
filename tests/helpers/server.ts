/** Serves a built site folder on 127.0.0.1 (a random free port) with sirv, as a static host would. */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export type StaticServer = { url: string; close: () => Promise<void> };

export async function serve(dir: string): Promise<StaticServer> {
  // dev: files are looked up on every request, so files written after start (a baseline
  // index) are served too.
  const handler = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('not found');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
