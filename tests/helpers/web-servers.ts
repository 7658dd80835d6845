/**
 * Debian's nginx and Apache 2.4, started unprivileged-style on a loopback port with the
 * configuration `npm run server-config` prints, over a built site. Both run in the foreground
 * (nginx `daemon off;`, apache2 -X) with every path they write in a temporary folder, and are
 * stopped by their process id. Apache refuses to serve as root: as root it runs as www-data.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './content.ts';

/** `htaccess`: Apache whose site section allows overrides and holds nothing else, so dist/.htaccess alone shapes the responses (a host that allows only .htaccess). */
export type ServerKind = 'nginx' | 'apache' | 'htaccess';

export interface WebServer {
  kind: ServerKind;
  origin: string;
  url: (path: string) => string;
  /** The generated site configuration, as printed. */
  config: string;
  close: () => Promise<void>;
}

export const SERVER_BINARIES = { nginx: '/usr/sbin/nginx', apache: '/usr/sbin/apache2' } as const;
const APACHE_MODULES = '/usr/lib/apache2/modules';

export function missingServers(): string[] {
  return Object.entries(SERVER_BINARIES).filter(([, bin]) => !existsSync(bin)).map(([name]) => name);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The configuration printed by `npm run server-config` (run as a separate process, like an IT officer would). */
export function serverConfig(kind: ServerKind, site: string, base: string, listen: string): string {
  if (kind === 'htaccess') {
    return [`Listen ${listen}`, `<VirtualHost ${listen}>`, base === '/' ? `    DocumentRoot "${site}"` : `    Alias "${base}" "${site}/"`, `    <Directory "${site}">`, '        AllowOverride All', '        Require all granted', '    </Directory>', '</VirtualHost>', ''].join('\n');
  }
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'server-config.ts'), '--server', kind, '--root', site, '--base', base, '--listen', listen], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`server-config ${kind} gagal:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** The main configuration around the generated site file: what /etc/nginx/nginx.conf or apache2.conf would hold. */
function mainConfig(kind: ServerKind, dir: string, siteFile: string): string {
  if (kind === 'nginx') {
    return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
    include ${siteFile};
}
`;
  }
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'headers', 'filter', 'deflate', 'brotli'];
  return [
    'ServerRoot /etc/apache2',
    'ServerName localhost',
    `PidFile ${dir}/httpd.pid`,
    `ErrorLog ${dir}/error.log`,
    `Mutex file:${dir}`,
    ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
    ...modules.filter((m) => existsSync(`${APACHE_MODULES}/mod_${m}.so`)).map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
    'TypesConfig /etc/mime.types',
    `Include ${siteFile}`,
    '',
  ].join('\n');
}

function command(kind: ServerKind, main: string, dir: string, test: boolean): [string, string[], NodeJS.ProcessEnv] {
  if (kind === 'nginx') return [SERVER_BINARIES.nginx, [...(test ? ['-t'] : []), '-c', main, '-e', join(dir, 'error.log')], process.env];
  return [SERVER_BINARIES.apache, [test ? '-t' : '-X', '-f', main], { ...process.env, APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir, APACHE_LOG_DIR: dir }];
}

/** `nginx -t` / `apache2 -t` over a configuration: exit status and output. */
export function checkConfig(kind: ServerKind, siteConfig: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), `etalase-${kind}-t-`));
  try {
    writeFileSync(join(dir, 'site.conf'), siteConfig);
    writeFileSync(join(dir, 'main.conf'), mainConfig(kind, dir, join(dir, 'site.conf')));
    const [bin, args, env] = command(kind, join(dir, 'main.conf'), dir, true);
    const r = spawnSync(bin, args, { env, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the server over `site` (a folder readable by www-data) under `base`; resolves once it answers. */
export async function startServer(kind: ServerKind, site: string, base: string): Promise<WebServer> {
  const dir = mkdtempSync(join(tmpdir(), `etalase-${kind}-`));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const config = serverConfig(kind, site, base, `127.0.0.1:${port}`);
  writeFileSync(join(dir, 'site.conf'), config);
  writeFileSync(join(dir, 'main.conf'), mainConfig(kind, dir, join(dir, 'site.conf')));
  const [bin, args, env] = command(kind, join(dir, 'main.conf'), dir, false);
  const child: ChildProcess = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${kind} berhenti (kode ${child.exitCode}):\n${log()}`);
    try {
      await fetch(`${origin}${base}`);
      break;
    } catch {
      if (i > 100) throw new Error(`${kind} tidak menjawab di ${origin}:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    kind,
    origin,
    config,
    url: (path: string) => `${origin}${base}${path.replace(/^\/+/, '')}`,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
