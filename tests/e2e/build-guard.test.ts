/**
 * The real `astro build` refuses bad content with the validator's Indonesian message
 * (file and field), and publishes nothing; valid content builds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'etalase-guard-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(contentDir: string, outDir: string, extra: Record<string, string> = {}) {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: `${outDir}-cache`, ASTRO_TELEMETRY_DISABLED: '1', ...extra },
    encoding: 'utf8',
  });
}

describe('astro build with a bad entry', () => {
  it('fails naming the file, the field and the fix, and writes no site', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const good = readFileSync(join(content, 'innovations', 'sianduk.md'), 'utf8');
    writeFileSync(
      join(content, 'innovations', 'salah-opd.mdx'),
      good.replace(/^opd: .*$/m, 'opd: dinas-yang-tidak-ada').replace(/^title: .*$/m, 'title: Entri Uji Salah'),
    );
    const out = join(work, 'dist-bad');
    const result = build(content, out);
    const log = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(log).toContain('salah-opd.mdx');
    expect(log).toMatch(/"opd" bernilai "dinas-yang-tidak-ada", tetapi tidak ada OPD dengan id itu/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    // Astro's English wrapper comes in Indonesian first, the original in brackets, and no stack trace of our code.
    expect(log).toMatch(/Build dihentikan: tahap "astro:build:start" gagal; penyebabnya tertulis di bawah \[An unhandled error occurred while running the "astro:build:start" hook\]/);
    expect(log).not.toMatch(/Stack trace:|content-guard\.ts:\d+/);
    // The other entries are untouched.
    expect(readFileSync(join(content, 'innovations', 'sianduk.md'), 'utf8')).toBe(good);
  });

  it('names file, field and fix when Astro\'s own schema refuses the entry while the check is still running', () => {
    // The check runs in a worker while Astro syncs the collections, so the schema refusal comes
    // first; the loader waits for the check and fails with its message instead of Astro's.
    const content = join(work, 'content-schema');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const file = join(content, 'innovations', 'sianduk.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: .*$/m, 'status: hidup-kadang'));
    const out = join(work, 'dist-schema');
    const result = build(content, out);
    const log = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(log).toMatch(/Konten tidak valid — 1 kesalahan, situs tidak dibangun:\n\S*sianduk\.md:\d+: "status" bernilai "hidup-kadang"; pilih salah satu: berjalan, dihentikan, tidak-diketahui/);
    expect(log).not.toMatch(/does not match collection schema/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

describe('the MDX compiler inside astro build', () => {
  it('refuses unsafe MDX on its own, even with the content-guard pre-check switched off', () => {
    const content = join(work, 'content-unsafe');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    // Entries are plain Markdown now; this one becomes MDX so that the MDX compiler reads it.
    const md = join(content, 'innovations', 'sianduk.md');
    const file = join(content, 'innovations', 'sianduk.mdx');
    writeFileSync(file, `${readFileSync(md, 'utf8')}\n\nimport Bahaya from './bahaya.js'\n\n<iframe src="https://contoh.com" />\n`);
    rmSync(md);
    const out = join(work, 'dist-unsafe');
    const result = build(content, out, { ETALASE_TEST_SKIP_CONTENT_GUARD: '1' });
    const log = result.stdout + result.stderr;
    expect(log).toContain('content-guard dilewati');
    expect(result.status).not.toBe(0);
    expect(log).toMatch(/Isi entri tidak aman — .*sianduk\.mdx/);
    expect(log).toMatch(/import\/export tidak diizinkan/);
    expect(log).toMatch(/<iframe> tidak diizinkan/);
    expect(existsSync(join(out, 'inovasi', 'sianduk', 'index.html'))).toBe(false);
  });
});

describe('an MDX syntax error the compiler finds', () => {
  it('is explained in Indonesian first, the compiler reason kept in brackets', () => {
    const content = join(work, 'content-syntax');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    // Entries are plain Markdown now; this one becomes MDX so that the MDX compiler reads it.
    const md = join(content, 'innovations', 'sianduk.md');
    writeFileSync(join(content, 'innovations', 'sianduk.mdx'), `${readFileSync(md, 'utf8')}\n\nTeks <b>tanpa penutup\n`);
    rmSync(md);
    const result = build(content, join(work, 'dist-syntax'), { ETALASE_TEST_SKIP_CONTENT_GUARD: '1' });
    const log = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(log).toMatch(/✗ Build gagal setelah \S+; penyebabnya tertulis di bawah \[✗ Build failed in/);
    expect(log).toMatch(/isi MDX tidak dapat dibaca: tag <b> dibuka tetapi tidak ditutup; tambahkan <\/b>.* \[Expected a closing tag for `<b>`/);
    expect(log).not.toMatch(/^Expected a closing tag/m);
  });
});
