/**
 * SITE_URL: a deploy build without it stops with an Indonesian message (checked through the real
 * `npm run build:deploy`, which stops before Astro builds anything); any other build says in one
 * line that its URLs are localhost; a SITE_URL with a path is refused (the path is BASE_PATH's job).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { siteUrl } from '../../src/lib/site-url.ts';
import { ROOT } from '../helpers/content.ts';

describe('siteUrl', () => {
  it('uses SITE_URL as the origin, silently', () => {
    expect(siteUrl({ SITE_URL: 'https://inovasi.tangerangselatankota.go.id/' }, true)).toEqual({ site: 'https://inovasi.tangerangselatankota.go.id' });
    expect(siteUrl({ SITE_URL: 'https://inovasi.contoh.go.id', DEPLOY_BUILD: '1' }, true)).toEqual({ site: 'https://inovasi.contoh.go.id' });
  });

  it('without SITE_URL: localhost, said in one line on a build, nothing elsewhere', () => {
    const built = siteUrl({}, true);
    expect(built.site).toBe('http://localhost:4321');
    expect(built.error).toBeUndefined();
    expect(built.notice).toMatch(/^Catatan: SITE_URL tidak diisi.*http:\/\/localhost:4321/);
    expect(built.notice).not.toContain('\n');
    expect(siteUrl({}, false)).toEqual({ site: 'http://localhost:4321' });
  });

  it('refuses a deploy build without SITE_URL, and a SITE_URL that is not an origin', () => {
    expect(siteUrl({ DEPLOY_BUILD: '1' }, true).error).toMatch(/^SITE_URL belum diisi\..*npm run build:deploy/);
    expect(siteUrl({ SITE_URL: 'https://contoh.go.id/etalase/' }, true).error).toMatch(/BASE_PATH/);
    expect(siteUrl({ SITE_URL: 'inovasi.contoh.go.id' }, true).error).toMatch(/bukan alamat asal situs/);
    expect(siteUrl({ SITE_URL: 'ftp://contoh.go.id' }, true).error).toBeDefined();
  });

  it('npm run build:deploy without SITE_URL fails before building, naming the fix', { timeout: 120_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'etalase-deploy-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: out, CACHE_DIR: join(out, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
      delete env.SITE_URL;
      const r = spawnSync('npm', ['run', '--silent', 'build:deploy'], { cwd: ROOT, env, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('✗ SITE_URL belum diisi.');
      expect(r.stderr).toContain('SITE_URL=https://inovasi.tangerangselatankota.go.id npm run build:deploy');
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
      expect(readdirSync(out).filter((f) => f !== 'cache')).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
