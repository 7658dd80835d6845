/**
 * The search index is the second step of `npm run build`, in its own process: a site it cannot
 * index (no page marked for search, or pages in an unexpected language) makes the step, and so
 * the build, fail with an Indonesian message; a valid one is indexed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'etalase-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const run = (dir: string) => spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'search-index.ts'), dir], { cwd: ROOT, encoding: 'utf8' });

function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('scripts/search-index.ts', () => {
  it('indexes a site with Indonesian and English pages marked for search', () => {
    const dir = site('ok', {
      'index.html': page('id', '<main data-pagefind-body><h1>Layanan KTP</h1><p>Pelayanan kependudukan.</p></main>'),
      'en/index.html': page('en', '<main data-pagefind-body><h1>ID cards</h1><p>Civil registration.</p></main>'),
    });
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Pagefind: 2 halaman diindeks \(bahasa (en, id|id, en);/);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('adds the records of entries without an English page to the English index, beside the Indonesian page, and removes their file', () => {
    const dir = site('records', {
      'index.html': page('id', '<main><h1>Beranda</h1></main>'),
      'inovasi/sianduk/index.html': page('id', '<main data-pagefind-body><h1>Sianduk</h1><p>Antar dokumen lewat ojek.</p></main>'),
      'en/index.html': page('en', '<main data-pagefind-body><h1>ID cards</h1></main>'),
      'search-records.json': JSON.stringify([{ url: '/inovasi/sianduk/#isi', language: 'en', content: 'Sianduk. Antar dokumen lewat ojek.', meta: { title: 'Sianduk (Bahasa Indonesia)', lang: 'id' }, filters: { opd: ['disdukcapil'] } }]),
    });
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Pagefind: 3 halaman diindeks');
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en!.page_count).toBe(2);
    expect(entry.languages.id!.page_count).toBe(1);
    expect(existsSync(join(dir, 'search-records.json'))).toBe(false);
  });

  it('fails when no page is marked for search', () => {
    const r = run(site('unmarked', { 'index.html': page('id', '<main><h1>Beranda</h1></main>') }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tidak ada halaman dengan data-pagefind-body');
  });

  it('fails when the index is not exactly Indonesian and English', () => {
    const r = run(site('one-language', { 'index.html': page('id', '<main data-pagefind-body><h1>Layanan</h1></main>') }));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/seharusnya tepat en dan id/);
  });

  it('indexes each language in its own run into one bundle listing both languages', () => {
    const dir = site('two-runs', {
      'index.html': page('id', '<main data-pagefind-body><h1>Layanan KTP</h1></main>'),
      'inovasi/a/index.html': page('id', '<main data-pagefind-body><h1>Antar dokumen</h1></main>'),
      'en/index.html': page('en', '<main data-pagefind-body><h1>ID cards</h1></main>'),
    });
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('satu proses per bahasa');
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; hash: string }> };
    expect(Object.keys(entry.languages)).toEqual(['en', 'id']);
    expect(entry.languages.id!.page_count).toBe(2);
    expect(entry.languages.en!.page_count).toBe(1);
    // Both runs' files are in the bundle: each language's meta file named by its hash.
    for (const lang of ['en', 'id']) expect(existsSync(join(dir, 'pagefind', `pagefind.${entry.languages[lang]!.hash}.pf_meta`))).toBe(true);
  });

  it('fails naming the page when a page in the English folder is marked as another language', () => {
    const r = run(site('wrong-folder', {
      'index.html': page('id', '<main data-pagefind-body><h1>Layanan</h1></main>'),
      'en/inovasi/a/index.html': page('id', '<main data-pagefind-body><h1>Layanan</h1></main>'),
    }));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/en\/inovasi\/a\/index\.html berbahasa "id".*berbahasa en/);
  });

  it('fails with a clear message when the folder holds no built site', () => {
    const r = run(join(work, 'nothing'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('belum berisi situs hasil build');
  });
});
