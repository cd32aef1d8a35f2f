/**
 * Runs Debian's nginx with deploy/nginx.conf, unchanged but for its `listen` line, as a
 * non-daemon child process on 127.0.0.1 and a free port, in a temp prefix (conf/, logs/, temp/;
 * html/ is the web root the caller filled).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { root } from '../../site/paths.ts';

export const nginxPath = process.env.NGINX_PATH || '/usr/sbin/nginx';
export const configFile = path.join(root, 'deploy/nginx.conf');

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The repository's configuration, listening on `127.0.0.1:port` instead. */
export function configFor(port: number): string {
  const conf = fs.readFileSync(configFile, 'utf8');
  const listens = conf.match(/^\s*listen\s+[^;]+;/gm) ?? [];
  if (listens.length !== 1) throw new Error(`deploy/nginx.conf: expected one listen line, found ${listens.length}`);
  return conf.replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`);
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}\n${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port}\n${log()}`);
}

/** Starts nginx over `prefix` (whose html/ holds the site); resolves to its origin and a `close()`. */
export async function startNginx(prefix: string): Promise<{ origin: string; close: () => Promise<void>; log: () => string }> {
  for (const d of ['conf', 'logs', 'temp']) fs.mkdirSync(path.join(prefix, d), { recursive: true });
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, 'conf/nginx.conf'), configFor(port));
  let output = '';
  // Run as root, nginx's workers would drop to `nobody`, who cannot enter a checkout made private
  // (mode 700, as mktemp -d makes it): they serve the files as the user who owns them instead.
  const globals = process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;';
  const child = spawn(nginxPath, ['-p', prefix + '/', '-c', 'conf/nginx.conf', '-e', 'stderr', '-g', globals], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const errorLog = () => {
    const f = path.join(prefix, 'logs/error.log');
    return output + (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
  };
  try {
    await waitForPort(port, child, errorLog);
  } catch (e) {
    child.kill('SIGTERM');
    throw e;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    log: errorLog,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT'); // graceful: the master stops its workers, removes its pid file
      }),
  };
}
