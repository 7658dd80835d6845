/**
 * npm run server-config as an IT officer runs it, over a small synthetic build in a temporary
 * folder: configs carry the build's CSP; a wrong base path or a missing build is refused in
 * Indonesian; --check accepts an installed config made from this build and refuses one whose CSP
 * lacks a hash the build now needs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content.ts';

const work = mkdtempSync(join(tmpdir(), 'etalase-server-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(dir: string, base: string, hash: string) {
  mkdirSync(join(dir, 'admin'), { recursive: true });
  const page = (csp: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body></body></html>`;
  writeFileSync(join(dir, 'index.html'), page(`default-src 'self'; script-src 'self' 'sha256-${hash}'`));
  writeFileSync(join(dir, 'admin', 'index.html'), page("default-src 'self'; style-src 'self' 'unsafe-inline'"));
  writeFileSync(join(dir, '_headers'), `${base}*\n  X-Content-Type-Options: nosniff\n`);
}
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'server-config.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run server-config', () => {
  const dist = join(work, 'dist');
  build(dist, '/etalase/', 'satu');

  it('prints nginx and Apache configs carrying the site and editor CSPs of the build', () => {
    for (const server of ['nginx', 'apache']) {
      const r = run('--server', server, '--root', '/srv/etalase/current', '--dist', dist, '--base', '/etalase/', '--listen', '127.0.0.1:8080');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("script-src 'self' 'sha256-satu'; frame-ancestors 'none'");
      expect(r.stdout).toContain("style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
      expect(r.stdout).toContain('/srv/etalase/current');
    }
  });

  it('refuses a base path the build was not made for, a missing build and an unknown server, in Indonesian', () => {
    expect(run('--server', 'nginx', '--root', '/srv/x', '--dist', dist).stderr).toMatch(/dibangun untuk base path \/etalase\/, bukan \//);
    expect(run('--server', 'nginx', '--root', '/srv/x', '--dist', join(work, 'kosong')).stderr).toMatch(/belum berisi situs yang dibangun/);
    expect(run('--server', 'caddy', '--root', '/srv/x', '--dist', dist).stderr).toMatch(/--server harus nginx atau apache/);
  });

  it('--check: an installed config from this build passes; after a code change that adds a hash it fails, naming the header', () => {
    const installed = join(work, 'etalase.conf');
    writeFileSync(installed, run('--server', 'nginx', '--root', '/srv/x', '--dist', dist, '--base', '/etalase/').stdout);
    expect(run('--check', installed, '--dist', dist, '--base', '/etalase/').status).toBe(0);
    const changed = join(work, 'dist-baru');
    build(changed, '/etalase/', 'dua');
    const r = run('--check', installed, '--dist', changed, '--base', '/etalase/');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tidak cocok.*Content-Security-Policy untuk \/etalase\/\*.*muat ulang server web/);
  });
});
