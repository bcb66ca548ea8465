/**
 * Real web servers for deployment tests: nginx (and Caddy, when installed) serving a build folder
 * on 127.0.0.1 with the project's own configuration files from deploy/, each on a random free
 * port, with its pid file, temp files and logs in a temporary folder, in the foreground as a
 * child process (stopped by `stop()`). No root privileges are needed: as root, nginx's workers
 * drop to its default unprivileged user as usual.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

export type WebServer = { name: string; url: string; stop: () => Promise<void>; log: () => string };

const which = (command: string) =>
  ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin'].map((dir) => join(dir, command)).find(existsSync);

export const nginxPath = process.env['NGINX_PATH'] ?? which('nginx');
export const caddyPath = process.env['CADDY_PATH'] ?? which('caddy');

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the server answers HTTP, or fails with its log. */
async function ready(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`The server did not answer at ${url}:\n${log()}`);
}

function stopper(child: ChildProcess, temp: string, signal: NodeJS.Signals) {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill(signal);
      await exited;
    }
    rmSync(temp, { recursive: true, force: true });
  };
}

/**
 * nginx with deploy/nginx/gongkai.conf inside a minimal server block for `root`; `extra` adds
 * directives at the http level (maps) and in the server block (a test's own rules).
 */
export async function startNginx(root: string, extra: { http?: string; server?: string } = {}): Promise<WebServer> {
  if (!nginxPath) throw new Error('nginx is not installed (apt-get install -y nginx).');
  const temp = mkdtempSync(join(tmpdir(), 'gongkai-nginx-'));
  const port = await freePort();
  const config = `daemon off;
pid ${temp}/nginx.pid;
error_log ${temp}/error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${temp}/client_body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  ${extra.http ?? ''}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    ${extra.server ?? ''}
    include ${join(projectRoot, 'deploy/nginx/gongkai.conf')};
  }
}
`;
  writeFileSync(join(temp, 'nginx.conf'), config);
  const log = () => (existsSync(join(temp, 'error.log')) ? readFileSync(join(temp, 'error.log'), 'utf8') : '');
  const test = spawnSync(
    nginxPath,
    ['-t', '-q', '-p', temp, '-e', join(temp, 'error.log'), '-c', join(temp, 'nginx.conf')],
    {
      encoding: 'utf8',
    },
  );
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}${log()}`);
  const child = spawn(nginxPath, ['-p', temp, '-e', join(temp, 'error.log'), '-c', join(temp, 'nginx.conf')], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  // SIGQUIT: graceful shutdown of the master and its worker.
  const stop = stopper(child, temp, 'SIGQUIT');
  try {
    await ready(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: 'nginx', url, stop, log };
}

/** Caddy with deploy/Caddyfile, its site address replaced by this port and its root by `root`. */
export async function startCaddy(root: string): Promise<WebServer> {
  if (!caddyPath) throw new Error('Caddy is not installed (apt-get install -y caddy).');
  const temp = mkdtempSync(join(tmpdir(), 'gongkai-caddy-'));
  const port = await freePort();
  const source = readFileSync(join(projectRoot, 'deploy/Caddyfile'), 'utf8');
  const config = `{
  admin off
  auto_https off
  storage file_system ${temp}/data
}
${source
  .replace(/^\{[\s\S]*?^\}\n/m, '')
  .replace(/^mzj\.example\.gov\.cn \{/m, `http://127.0.0.1:${port} {`)
  .replace(/root \* \S+/, `root * ${root}`)}`;
  writeFileSync(join(temp, 'Caddyfile'), config);
  let output = '';
  const child = spawn(caddyPath, ['run', '--config', join(temp, 'Caddyfile'), '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: temp, XDG_DATA_HOME: temp, XDG_CONFIG_HOME: temp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, temp, 'SIGTERM');
  try {
    await ready(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: 'Caddy', url, stop, log };
}
