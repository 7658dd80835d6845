/**
 * An entry citing an office document (kind dokumen, a figure with its page) and a letter (kind
 * pernyataan, a figure with the letter's words) validates, builds, shows its provenance in words
 * and the letter's number, links the document, and the document is published under /dokumen/.
 * The entry and the PDF are synthetic and live only in a temporary copy of content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContent } from '../helpers/builds.ts';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/content.ts';
import { launch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { sha256Of } from '../../src/validation/documents.ts';
import { contentPaths, validateContentAndDocuments } from '../../src/validation/content.ts';

const FILE = 'dokumen/disdukcapil/laporan-uji-2025.pdf';
let work: string;
let out: string;
let status: number | null;
let log: string;
let browser: Browser;
let served: Served;

async function reportPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 4; i++) doc.addPage([420, 595]).drawText(`Laporan uji, halaman ${i}`, { x: 40, y: 540, font, size: 14 });
  return doc.save();
}

const entry = (sha: string) => `---
title: Layanan Uji Dokumen
summary: Entri uji yang mengutip dokumen OPD dan surat resmi.
opd: disdukcapil
tahapan: penerapan
jenis: digital
bentuk: pelayanan-publik
urusan: administrasi-kependudukan
status: berjalan
lastVerified: 2026-01-15
statusSource: surat-uji
confidence: satu-sumber
metrics:
  - type: outcome
    name: Waktu tunggu di loket
    unit: menit
    values:
      - value: 35
        date: 2025-12
        source: laporan-uji
        page: 4
      - value: 20
        date: 2026-01
        source: surat-uji
        quote: "rata-rata waktu tunggu di loket kini 20 menit"
sources:
  - kind: dokumen
    id: laporan-uji
    title: Laporan Kinerja Uji 2025
    publisher: Dinas Kependudukan dan Pencatatan Sipil
    number: 050/12-Uji
    date: 2026-01
    file: ${FILE}
    sha256: ${sha}
  - kind: pernyataan
    id: surat-uji
    title: Jawaban atas permintaan data
    publisher: Dinas Kependudukan dan Pencatatan Sipil
    signatory: Kepala Dinas
    number: 470/88-Uji
    date: 2026-01-15
---
## Latar belakang

Entri uji.

## Solusi

Entri uji.

## Manfaat

Entri uji.
`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'etalase-dokumen-e2e-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const pdf = await reportPdf();
  mkdirSync(join(content, 'dokumen', 'disdukcapil'), { recursive: true });
  writeFileSync(join(content, FILE), pdf);
  writeFileSync(join(content, 'innovations', 'layanan-uji-dokumen.md'), entry(sha256Of(pdf)));
  out = join(work, 'dist');
  ({ status, log } = buildContent(content, out, join(work, 'cache')));
  browser = await launch();
  served = await serveDist(out);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('an entry citing an office document and a letter', () => {
  it('validates with its document', async () => {
    const { problems } = await validateContentAndDocuments(contentPaths(work));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('builds and publishes the checked document under /dokumen/', () => {
    expect(status, log.slice(-3000)).toBe(0);
    expect(existsSync(join(out, FILE))).toBe(true);
    expect(readFileSync(join(out, FILE))).toEqual(readFileSync(join(work, 'content', FILE)));
  });

  it('shows provenance in words, the letter number, the evidence on demand, and links the document (390 px, Chromium)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(served.url('/inovasi/layanan-uji-dokumen/'));
    const rows = page.locator('.metric-rows li');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('.metric-meta').innerText()).toContain('Menurut dokumen Dinas Kependudukan dan Pencatatan Sipil (No. 050/12-Uji, Januari 2026, hlm. 4)');
    expect(await rows.nth(1).locator('.metric-meta').innerText()).toContain('Surat Kepala Dinas Dinas Kependudukan dan Pencatatan Sipil No. 470/88-Uji (15 Januari 2026)');
    expect(await rows.nth(0).locator('.office-mark').innerText()).toMatch(/Dilaporkan instansi pemerintah sendiri/);
    // The evidence is closed until asked for, and opens without JavaScript.
    const quote = rows.nth(1).locator('details.evidence blockquote');
    expect(await quote.isVisible()).toBe(false);
    await rows.nth(1).locator('details.evidence summary').click();
    expect(await quote.innerText()).toContain('rata-rata waktu tunggu di loket kini 20 menit');
    const docLink = rows.nth(0).locator('details.evidence a');
    expect(await docLink.getAttribute('href')).toBe(`/${FILE}#page=4`);
    const sources = page.locator('ol.sources');
    expect(await sources.innerText()).toMatch(/Dokumen OPD:\s*Laporan Kinerja Uji 2025 \(PDF\)/);
    expect(await sources.innerText()).toMatch(/Surat resmi:\s*Jawaban atas permintaan data — Dinas Kependudukan dan Pencatatan Sipil, Nomor 470\/88-Uji, ditandatangani Kepala Dinas/);
    const response = await page.request.get(served.url(`/${FILE}`));
    expect(response.status()).toBe(200);
    expect(Buffer.from(await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: join(tmpdir(), 'etalase-dokumen-entri-390.png'), fullPage: true });
    await page.close();
  });

  it('promises the document its own headers in _headers: a sandboxed CSP, shown inline, under the site-wide nosniff', () => {
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    const block = headers.split(/\n(?=\S)/).find((b) => b.startsWith('/dokumen/*'));
    expect(block, headers).toBeDefined();
    expect(block).toMatch(/^ {2}Content-Security-Policy: sandbox; default-src 'none'/m);
    expect(block).toMatch(/^ {2}Content-Disposition: inline$/m);
    expect(headers.split(/\n(?=\S)/).find((b) => b.startsWith('/*'))).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
  });

  it('counts the figures by kind of source on /statistik/', () => {
    const html = readFileSync(join(out, 'statistik', 'index.html'), 'utf8');
    expect(html).toContain('id="asal-fakta"');
    const json = JSON.parse(readFileSync(join(out, 'data', 'statistik.json'), 'utf8')) as { tables: { id: string; rows: { key: string; figures: number }[] }[] };
    const table = json.tables.find((t) => t.id === 'asal-fakta')!;
    expect(table.rows.find((r) => r.key === 'dokumen')!.figures).toBe(1);
    expect(table.rows.find((r) => r.key === 'pernyataan')!.figures).toBe(1);
  });
});
