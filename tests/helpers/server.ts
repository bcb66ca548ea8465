/** Serves a built site folder on 127.0.0.1 (a random free port) with sirv, as a static host would. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * `notFoundPages`: a missing address gets the 404.html of the deepest folder above it that has one
 * (a site group: `/rsj/x` gets `/rsj/404.html`), as docs/site-groups.md asks of a host.
 */
export async function serve(dir: string, options: { notFoundPages?: boolean } = {}): Promise<StaticServer> {
  // dev: files are looked up on every request, so files written after start (a baseline
  // index) are served too.
  const handler = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const notFoundPage = (path: string) => {
    const parts = decodeURIComponent(path.split('?')[0] ?? '/')
      .split('/')
      .filter(Boolean);
    for (let n = parts.length; n >= 0; n--) {
      const file = join(dir, ...parts.slice(0, n), '404.html');
      if (existsSync(file)) return file;
    }
    return undefined;
  };
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      const page = options.notFoundPages ? notFoundPage(req.url ?? '/') : undefined;
      res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
      res.end(page ? readFileSync(page) : 'not found');
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
