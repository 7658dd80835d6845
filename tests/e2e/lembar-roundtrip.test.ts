/**
 * The data request round trip: an OPD's lembar isian from the built dist/ is filled as the office
 * would (an outcome figure backed by a clean PDF made here with pdf-lib), imported with
 * `npm run import -- --perbarui` into a temporary copy of content/, validated, built into a
 * temporary out dir, and the entry page — in Chromium — shows the figure with "Menurut dokumen …"
 * and links the document, served under /dokumen/. The sheet as downloaded imports as no change.
 * Nothing is written into content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { BUILDS, requireBuild } from '../helpers/builds.ts';
import { ROOT } from '../helpers/content.ts';
import { launch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { fillSheet } from '../helpers/lembar.ts';

const build = BUILDS[0]!;
const OPD = 'disdukcapil';
let work: string;
let content: string;
let out: string;
let entry: string;
let pdf: Uint8Array;
const run: Record<string, ReturnType<typeof spawnSync>> = {};
let browser: Browser | undefined;
let served: Served | undefined;

const node = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });

beforeAll(async () => {
  requireBuild(build);
  work = mkdtempSync(join(tmpdir(), 'etalase-lembar-'));
  content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const sheet = readFileSync(resolve(build.dir, 'opd', OPD, 'lembar-isian.csv'), 'utf8');
  writeFileSync(join(work, 'kosong.csv'), sheet);
  // The first innovation of the office that still lacks an outcome figure.
  const rows = parse(sheet, { bom: true, delimiter: ';' }) as string[][];
  const missing = rows[0]!.indexOf('Yang masih kurang');
  entry = rows.slice(2).find((r) => r[missing]!.includes('angka outcome'))![0]!;

  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Laporan Kinerja 2025', { x: 50, y: 700, font, size: 14 });
  doc.addPage().drawText('Waktu tunggu rata-rata 2 hari.', { x: 50, y: 700, font, size: 12 });
  pdf = await doc.save();
  mkdirSync(join(work, 'kiriman'));
  writeFileSync(join(work, 'kiriman', 'LKjIP Disdukcapil 2025.pdf'), pdf);
  writeFileSync(
    join(work, 'terisi.csv'),
    fillSheet(sheet, entry, {
      'Outcome: apa yang diukur': 'Waktu tunggu rata-rata layanan',
      'Outcome: angka': '2',
      'Outcome: satuan': 'hari',
      'Outcome: tanggal angka': '31/12/2025',
      'Bukti: jenis': 'dokumen',
      'Bukti: nama berkas yang dikirim': 'LKjIP Disdukcapil 2025.pdf',
      'Bukti: judul dokumen atau perihal surat': 'Laporan Kinerja Instansi Pemerintah 2025',
      'Bukti: tanggal': '15/01/2026',
      'Bukti: halaman angka outcome': '2',
    }),
  );

  const importer = join(ROOT, 'scripts', 'import-csv.ts');
  run.unfilled = node([importer, '--perbarui', join(work, 'kosong.csv')]);
  run.dry = node([importer, '--perbarui', join(work, 'terisi.csv'), '--dokumen', join(work, 'kiriman'), '--dry-run']);
  run.dryLeftAlone = { status: existsSync(join(content, 'dokumen', OPD)) ? 1 : 0 } as ReturnType<typeof spawnSync>;
  run.imported = node([importer, '--perbarui', join(work, 'terisi.csv'), '--dokumen', join(work, 'kiriman')]);
  run.validated = node([join(ROOT, 'scripts', 'validate.ts')]);
  out = join(work, 'dist');
  run.built = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

const said = (r: ReturnType<typeof spawnSync> | undefined) => `${r?.stdout ?? ''}${r?.stderr ?? ''}`;

describe('lembar isian round trip', () => {
  it('imports the sheet as downloaded as no change', () => {
    expect(run.unfilled!.status, said(run.unfilled)).toBe(0);
    expect(said(run.unfilled)).toContain('tidak ada perubahan');
  });

  it('prints the change per entry in a dry run and writes nothing', () => {
    expect(run.dry!.status, said(run.dry)).toBe(0);
    expect(said(run.dry)).toMatch(new RegExp(`innovations/${entry}\\.mdx?`));
    expect(said(run.dry)).toContain('+ outcome baru "Waktu tunggu rata-rata layanan": 2 hari (2025-12-31)');
    expect(run.dryLeftAlone!.status).toBe(0);
  });

  it('imports the filled sheet: the document is copied in with its hash, and validate accepts the content', () => {
    expect(run.imported!.status, said(run.imported)).toBe(0);
    const copied = join(content, 'dokumen', OPD, 'lkjip-disdukcapil-2025.pdf');
    expect(new Uint8Array(readFileSync(copied))).toEqual(pdf);
    expect(run.validated!.status, said(run.validated).slice(-3000)).toBe(0);
  });

  it('builds, and the entry page shows the figure with its provenance and links the document served under /dokumen/', async () => {
    expect(run.built!.status, said(run.built).slice(-3000)).toBe(0);
    served = await serveDist(out, '/');
    browser = await launch();
    const page = await browser.newPage();
    await page.goto(served.url(`inovasi/${entry}/`));
    // The figure, beside it its provenance and the mark that the office reports it.
    const figure = page.locator('figure.metric', { hasText: 'Waktu tunggu rata-rata layanan' });
    await figure.waitFor();
    const text = await figure.innerText();
    expect(text).toMatch(/\b2\b/);
    expect(text).toMatch(/Menurut dokumen Dinas Kependudukan dan Pencatatan Sipil[^\n]*Januari 2026[^\n]*hlm\. 2/);
    expect(await figure.locator('.office-mark').count()).toBe(1);
    const href = await page.locator(`a[href$="dokumen/${OPD}/lkjip-disdukcapil-2025.pdf"]`).first().getAttribute('href');
    expect(href).toBeTruthy();
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(new Uint8Array(await response.body())).toEqual(pdf);
  });
});
