/**
 * npm run release: the archive holds exactly the build (hidden .htaccess included), SHA256SUMS
 * verifies with sha256sum -c and keeps earlier archives' lines, and a build whose URLs are
 * localhost is refused. The "build" is a small synthetic folder in a temporary directory.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content.ts';

const work = mkdtempSync(join(tmpdir(), 'etalase-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fakeBuild(dir: string, site: string) {
  mkdirSync(join(dir, 'inovasi', 'sianduk'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Beranda</title>');
  writeFileSync(join(dir, 'inovasi', 'sianduk', 'index.html'), '<!doctype html><title>Sianduk</title>');
  writeFileSync(join(dir, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  writeFileSync(join(dir, '.htaccess'), 'Options -Indexes\n');
  writeFileSync(join(dir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap-index.xml\n`);
}
const release = (dist: string, out: string) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'release.ts'), '--dist', dist, '--out', out], { cwd: ROOT, encoding: 'utf8' });

describe('npm run release', () => {
  it('packs the build as etalase-<date>.tar.gz with a SHA256SUMS that sha256sum -c accepts', () => {
    const dist = join(work, 'dist');
    const out = join(work, 'rilis');
    fakeBuild(dist, 'https://inovasi.contoh.go.id');
    mkdirSync(out);
    writeFileSync(join(out, 'SHA256SUMS'), `${'0'.repeat(64)}  etalase-2026-01-01.tar.gz\n`);
    const before = new Date().toISOString().slice(0, 10);
    const r = release(dist, out);
    expect(r.status, r.stderr).toBe(0);
    const after = new Date().toISOString().slice(0, 10);
    const archive = readdirSync(out).find((f) => f.endsWith('.tar.gz'))!;
    expect([`etalase-${before}.tar.gz`, `etalase-${after}.tar.gz`]).toContain(archive);
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', archive]);
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
    expect(sums.startsWith(`${'0'.repeat(64)}  etalase-2026-01-01.tar.gz\n`)).toBe(true);
    const check = spawnSync('sha256sum', ['-c', '--ignore-missing', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain(`${archive}: OK`);
    // Unpacked, it is the build, byte for byte.
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    expect(spawnSync('tar', ['-xzf', join(out, archive), '-C', unpacked]).status).toBe(0);
    for (const f of ['index.html', 'inovasi/sianduk/index.html', '_headers', '.htaccess', 'robots.txt']) expect(readFileSync(join(unpacked, f)), f).toEqual(readFileSync(join(dist, f)));
    // Packed again, the line is replaced, not added.
    expect(release(dist, out).status).toBe(0);
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8').split('\n').filter((l) => l.endsWith(archive))).toHaveLength(1);
  });

  it('refuses a build whose URLs are localhost, and a folder that is not a build', () => {
    const local = join(work, 'local');
    fakeBuild(local, 'http://localhost:4321');
    const r = release(local, join(work, 'rilis-local'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/dibangun tanpa SITE_URL.*npm run build:deploy/);
    const empty = join(work, 'kosong');
    mkdirSync(empty);
    expect(release(empty, join(work, 'rilis-kosong')).stderr).toMatch(/belum berisi situs/);
  });
});
