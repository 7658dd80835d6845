/**
 * The web editor (/admin/, Sveltia CMS from the pinned npm package) in real Chromium: in
 * practice mode (Sveltia's test backend, files kept in the browser's origin-private file
 * system) an author fills the generated form, saves, and the file it produced passes
 * `npm run validate` and builds; an incomplete form is refused with the field named.
 * Also: both builds publish the editor with its own CSP, noindex, outside sitemap and search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { BUILDS, requireBuild } from '../helpers/builds.ts';
import { ROOT } from '../helpers/content.ts';
import { practiceText } from '../helpers/admin.ts';

const SCREENSHOTS = join(ROOT, 'docs', 'img');
const TITLE = 'Layanan Uji Editor Web';
const SLUG = 'layanan-uji-editor-web';

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'etalase-admin-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** An editor field by its label, inside scope (Sveltia renders fields as they scroll into view). */
async function field(page: Page, label: string, scope: Page | Locator = page) {
  const group = scope.getByRole('group', { name: `“\u2068${label}\u2069” Field`, exact: true });
  for (let i = 0; i < 60; i++) {
    if (await group.count()) {
      await group.first().scrollIntoViewIfNeeded();
      return group.first();
    }
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  throw new Error(`Kolom editor "${label}" tidak muncul`);
}

async function openNewEntry(served: Served): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  // Every request must stay on this origin (the CSP blocks the rest; none may succeed).
  page.on('requestfinished', (r) => {
    if (!r.url().startsWith(served.origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  await page.goto(served.url('admin/coba/'));
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.getByRole('radio', { name: 'Contents' }).waitFor();
  await page.goto(served.url('admin/coba/#/collections/inovasi/new'));
  await page.getByRole('textbox', { name: 'Nama inovasi', exact: true }).waitFor();
  return { page, outside, errors };
}

/**
 * Writes the body in the editor's Markdown mode ("Edit in Markdown"): typing into the rich-text
 * view after a click on a heading raced the editor's re-render on a loaded machine.
 */
async function writeBody(page: Page, markdown: string) {
  const body = await field(page, 'Isi: Latar belakang, Solusi, Manfaat');
  await body.getByRole('button', { name: 'Edit in Markdown' }).click();
  const raw = body.getByRole('textbox', { name: 'Isi: Latar belakang, Solusi, Manfaat' });
  await expect.poll(async () => raw.evaluate((el) => (el as HTMLElement).isContentEditable || el.tagName === 'TEXTAREA')).toBe(true);
  await raw.fill(markdown);
}

describe('web editor at /admin/', () => {
  for (const build of BUILDS) {
    it(`${build.name}: editor pages with their own CSP, noindex, outside the sitemap and search index`, () => {
      requireBuild(build);
      for (const page of ['admin/index.html', 'admin/coba/index.html']) {
        const html = readFileSync(join(build.dir, page), 'utf8');
        expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
        const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
        expect(csp).toContain("style-src 'self' 'unsafe-inline'");
        expect(csp).not.toMatch(/unsafe-eval|https:\/\/(unpkg|cdn\.jsdelivr)/);
      }
      expect(readFileSync(join(build.dir, 'admin/sveltia-cms.js'), 'utf8')).not.toContain('https://cdn.jsdelivr.net/fontsource');
      // Libraries the editor would fetch from unpkg (Immutable.js, needed by the preSave check) are served here.
      expect(readFileSync(join(build.dir, 'admin/sveltia-cms.js'), 'utf8')).toContain(`${build.base}admin/vendor/\${e}`);
      // /admin/ says in three lines what happens after saving: a review request, who reviews, when it goes live.
      const note = /id="setelah-simpan"[^>]*>([\s\S]*?)<\/(?:p|aside)>/.exec(readFileSync(join(build.dir, 'admin/index.html'), 'utf8'))?.[1] ?? '';
      expect(note.split('<br>')).toHaveLength(3);
      expect(note).toMatch(/permintaan tinjauan[\s\S]*memeriksa[\s\S]*tampil/);
      const config = parse(readFileSync(join(build.dir, 'admin/coba/config.yml'), 'utf8'));
      expect(config.backend.name).toBe('test-repo');
      expect(readFileSync(join(build.dir, 'robots.txt'), 'utf8')).toContain(`Disallow: ${build.base}admin/`);
      const sitemap = readFileSync(join(build.dir, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('<loc>');
      expect(sitemap).not.toContain('/admin/');
      // The public pages keep their strict policy in _headers; the editor gets its own block.
      const headers = readFileSync(join(build.dir, '_headers'), 'utf8');
      const [, adminRule] = headers.split(`${build.base}admin/*`);
      const publicRule = headers.split('\n\n')[0]!;
      expect(publicRule.startsWith(`${build.base}*\n`)).toBe(true);
      expect(publicRule).not.toContain('unsafe-inline');
      expect(adminRule).toContain('! Content-Security-Policy');
      expect(adminRule).toContain("style-src 'self' 'unsafe-inline'");
      // Not in the search index: Pagefind indexes only pages with data-pagefind-body.
      for (const page of ['admin/index.html', 'admin/coba/index.html']) expect(readFileSync(join(build.dir, page), 'utf8')).not.toContain('data-pagefind');
    });
  }

  describe('practice mode in Chromium', () => {
    const root = BUILDS[0]!;
    let served: Served;
    beforeAll(async () => {
      requireBuild(root);
      served = await serveDist(root.dir, root.base);
    });
    afterAll(async () => served?.close());

    it('creates an entry through the form; validate accepts the file and the site builds with it', async () => {
      const { page, outside, errors } = await openNewEntry(served);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.getByRole('textbox', { name: 'Nama inovasi', exact: true }).fill(TITLE);
      await page.getByRole('textbox', { name: 'Ringkasan', exact: true }).fill('Entri percobaan yang dibuat lewat editor web untuk menguji alurnya.');
      await page.getByRole('combobox', { name: 'OPD pemilik' }).click();
      await page.getByRole('option', { name: 'Dinas Kependudukan dan Pencatatan Sipil' }).click();
      await page.screenshot({ path: join(SCREENSHOTS, 'editor-1-form.png') });
      await (await field(page, 'Tahapan')).getByRole('radio', { name: 'Penerapan' }).check();
      await (await field(page, 'Jenis')).getByRole('radio', { name: 'Digital', exact: true }).check();
      await (await field(page, 'Bentuk')).getByRole('radio', { name: 'Inovasi pelayanan publik' }).check();
      await (await field(page, 'Urusan pemerintahan')).getByRole('combobox').click();
      await page.getByRole('option', { name: 'Administrasi kependudukan dan pencatatan sipil' }).click();
      await (await field(page, 'Status')).getByRole('radio', { name: 'Status terkini belum diketahui' }).check();
      await (await field(page, 'Keyakinan')).getByRole('radio', { name: 'Bertumpu pada satu sumber' }).check();

      // One metric with one value and its source.
      const metrics = await field(page, 'Output dan outcome');
      await metrics.getByRole('button', { name: /Add/ }).first().click();
      await (await field(page, 'Jenis ukuran', metrics)).getByRole('radio', { name: 'Output (yang dihasilkan)' }).check();
      await (await field(page, 'Yang dihitung', metrics)).getByRole('textbox').fill('Dokumen dicetak');
      await (await field(page, 'Satuan', metrics)).getByRole('textbox').fill('dokumen');
      const values = await field(page, 'Nilai terukur', metrics);
      await values.getByRole('button', { name: /Add/ }).first().click();
      await (await field(page, 'Angka', values)).getByRole('spinbutton').fill('120');
      await (await field(page, 'Tanggal', values)).getByRole('textbox').fill('2024-05-02');
      await (await field(page, 'Sumber', values)).getByRole('textbox').fill('contoh-2024-05-02');

      // The source it refers to (the entry's own list of sources, after the metrics).
      await field(page, 'Draf (tidak diterbitkan)');
      const sources = page.getByRole('group', { name: '“\u2068Sumber\u2069” Field', exact: true }).last();
      await sources.scrollIntoViewIfNeeded();
      await sources.getByRole('button', { name: /Add/ }).first().click();
      // The kind first: a news page asks for its address, not for a file.
      await page.getByRole('menuitem', { name: 'Berita (halaman media)' }).click();
      await (await field(page, 'Kode sumber', sources)).getByRole('textbox').fill('contoh-2024-05-02');
      await (await field(page, 'Judul', sources)).getByRole('textbox').fill('Contoh berita tentang layanan uji');
      await (await field(page, 'Alamat', sources)).getByRole('textbox').fill('https://contoh.go.id/berita/layanan-uji');
      await (await field(page, 'Penerbit', sources)).getByRole('textbox').fill('Contoh');
      await (await field(page, 'Tanggal terbit', sources)).getByRole('textbox').fill('2024-05-02');

      // The body starts with the three headings; the author writes under each.
      const body = await field(page, 'Isi: Latar belakang, Solusi, Manfaat');
      await expect(body.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual(['Latar belakang', 'Solusi', 'Manfaat']);
      await writeBody(page, '## Latar belakang\n\nWarga harus datang ke kantor untuk mencetak dokumen.\n\n## Solusi\n\nLayanan ini mencetak dokumen di tempat yang lebih dekat.\n\n## Manfaat\n\nWarga tidak perlu antre lama.\n');
      await page.screenshot({ path: join(SCREENSHOTS, 'editor-2-isi.png') });

      await page.getByRole('button', { name: 'Save' }).click();
      let saved: string | null = null;
      for (let i = 0; i < 50 && !saved; i++) {
        await page.waitForTimeout(200);
        saved = await practiceText(page, `content/innovations/${SLUG}.md`);
      }
      await page.screenshot({ path: join(SCREENSHOTS, 'editor-3-tersimpan.png') });
      expect(saved, 'editor menyimpan berkas .md').toBeTruthy();
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();

      // The file the editor wrote, next to the real content: validate and build accept it.
      const content = join(work, 'content');
      cpSync(join(ROOT, 'content'), content, { recursive: true });
      writeFileSync(join(content, 'innovations', `${SLUG}.md`), saved!);
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(saved!)![1]!);
      expect(front.opd).toBe('disdukcapil');
      expect(front.metrics[0].values[0]).toMatchObject({ value: 120, source: 'contoh-2024-05-02' });
      expect(front.sources[0]).toMatchObject({ kind: 'berita', id: 'contoh-2024-05-02' });
      expect(saved).toMatch(/## Solusi\s+Layanan ini mencetak/);

      const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
      const validate = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), ['scripts/validate.ts'], { cwd: ROOT, env, encoding: 'utf8' });
      expect(validate.stdout + validate.stderr).not.toMatch(new RegExp(`${SLUG}\\.md.*(kesalahan|error)`, 'i'));
      expect(validate.status, validate.stdout + validate.stderr).toBe(0);

      const out = join(work, 'dist');
      const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: ROOT, env: { ...env, OUT_DIR: out, CACHE_DIR: `${out}-cache` }, encoding: 'utf8' });
      expect(built.status, built.stdout + built.stderr).toBe(0);
      const html = readFileSync(join(out, 'inovasi', SLUG, 'index.html'), 'utf8');
      expect(html).toContain(TITLE);
      expect(html).toContain('Dokumen dicetak');
    }, 180_000);

    it('refuses to save an incomplete form and names what is missing', async () => {
      const { page } = await openNewEntry(served);
      await page.getByRole('textbox', { name: 'Nama inovasi', exact: true }).fill('Entri Belum Lengkap');
      // OPD, choices, sources and the three sections are left empty.
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForTimeout(1000);
      const opd = await field(page, 'OPD pemilik');
      await expect.poll(async () => opd.innerText()).toMatch(/required|wajib/i);
      const body = await field(page, 'Isi: Latar belakang, Solusi, Manfaat');
      await expect.poll(async () => body.innerText()).toContain('wajib berisi teks di bawah judulnya');
      await page.screenshot({ path: join(SCREENSHOTS, 'editor-4-belum-lengkap.png') });
      expect(await practiceText(page, 'content/innovations/entri-belum-lengkap.md')).toBeNull();
      await page.close();
    });
  });
});

