/**
 * The task staff do most in the web editor: updating an existing entry. Practice mode holds the
 * real catalogue, so in real Chromium an existing entry gets an uploaded office document (a
 * small clean PDF made here) and an outcome figure citing it with its page; the file the editor
 * writes, beside the uploaded PDF in a copy of content/, passes validateContentAndDocuments
 * (schema, cross-field rules, the document's type, structure and recorded SHA-256). A figure
 * citing a source the entry does not have cannot be saved: the editor shows the schema's
 * Indonesian message and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parse } from 'yaml';
import { launch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { BUILDS, requireBuild } from '../helpers/builds.ts';
import { ROOT } from '../helpers/content.ts';
import { practiceBytes, practiceText } from '../helpers/admin.ts';
import { contentPaths, validateContentAndDocuments } from '../../src/validation/content.ts';
import { formatProblem } from '../../src/validation/problems.ts';

const SCREENSHOTS = join(ROOT, 'docs', 'img');
const ENTRY = 'akta-keliling';
const DOC_ID = 'laporan-disdukcapil-2025';

let browser: Browser;
let served: Served;
let work: string;
beforeAll(async () => {
  requireBuild(BUILDS[0]!);
  browser = await launch();
  served = await serveDist(BUILDS[0]!.dir, BUILDS[0]!.base);
  work = mkdtempSync(join(tmpdir(), 'etalase-admin-update-'));
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

const groupName = (label: string) => `“\u2068${label}\u2069” Field`;

/** The last editor field with this label inside scope, scrolled to (Sveltia renders fields as they scroll into view). */
async function lastField(page: Page, label: string, scope: Page | Locator = page): Promise<Locator> {
  const group = scope.getByRole('group', { name: groupName(label), exact: true });
  for (let i = 0; i < 80; i++) {
    if (await group.count()) {
      const last = group.last();
      await last.scrollIntoViewIfNeeded();
      return last;
    }
    await page.mouse.move(300, 500);
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(80);
  }
  throw new Error(`Kolom editor "${label}" tidak muncul`);
}

async function openEntry(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.url('admin/coba/'));
  await expect.poll(() => page.getByRole('note').innerText()).toMatch(/mode latihan[\s\S]*permintaan tinjauan/i);
  await page.getByRole('button', { name: 'Work with Test Repository' }).waitFor();
  if (width < 500) await page.screenshot({ path: join(SCREENSHOTS, 'editor-0-masuk-390.png') });
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.getByRole('radio', { name: 'Contents' }).waitFor();
  await page.goto(served.url(`admin/coba/#/collections/inovasi/entries/${ENTRY}`));
  await page.getByRole('textbox', { name: 'Nama inovasi', exact: true }).waitFor();
  return { page, errors };
}

/** Adds an outcome figure at the end of "Output dan outcome" with one measured value. */
async function addOutcome(page: Page, value: { value: string; date: string; source: string; page?: string }) {
  const metrics = await lastField(page, 'Output dan outcome');
  await metrics.getByRole('button', { name: /^Add/ }).last().click();
  await (await lastField(page, 'Jenis ukuran', metrics)).getByRole('radio', { name: /Outcome/ }).check();
  await (await lastField(page, 'Yang dihitung', metrics)).getByRole('textbox').fill('Akta kelahiran terbit lewat layanan keliling');
  await (await lastField(page, 'Satuan', metrics)).getByRole('textbox').fill('akta per tahun');
  const values = await lastField(page, 'Nilai terukur', metrics);
  await values.getByRole('button', { name: /^Add/ }).last().click();
  await (await lastField(page, 'Angka', values)).getByRole('spinbutton').fill(value.value);
  await (await lastField(page, 'Tanggal', values)).getByRole('textbox').fill(value.date);
  await (await lastField(page, 'Sumber', values)).getByRole('textbox').fill(value.source);
  if (value.page) await (await lastField(page, 'Halaman dokumen', values)).getByRole('spinbutton').fill(value.page);
}

async function cleanPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]);
  doc.addPage([595, 842]).drawText('Akta kelahiran terbit: 1.234', { x: 72, y: 760, size: 14, font });
  return Buffer.from(await doc.save());
}

describe('updating an existing entry in practice mode', () => {
  it('adds an uploaded document and an outcome figure with its page; validate accepts what the editor wrote', async () => {
    const { page, errors } = await openEntry();
    await addOutcome(page, { value: '1234', date: '2025', source: DOC_ID, page: '2' });

    // The source: its kind first, then only what a document needs, and the file itself.
    await lastField(page, 'Draf (tidak diterbitkan)');
    const sources = await lastField(page, 'Sumber');
    await sources.getByRole('button', { name: /^Add/ }).last().click();
    await page.getByRole('menuitem', { name: /Dokumen OPD/ }).click();
    await (await lastField(page, 'Kode sumber', sources)).getByRole('textbox').fill(DOC_ID);
    await (await lastField(page, 'Judul', sources)).getByRole('textbox').fill('Laporan Kinerja Disdukcapil 2025');
    await (await lastField(page, 'Penerbit', sources)).getByRole('textbox').fill('Dinas Kependudukan dan Pencatatan Sipil Kota Tangerang Selatan');
    await (await lastField(page, 'Tanggal terbit', sources)).getByRole('textbox').fill('2026-01');
    const newSource = sources.getByRole('group', { name: groupName('Kode sumber'), exact: true }).last().locator('xpath=..');
    expect(await newSource.getByRole('group', { name: groupName('Alamat'), exact: true }).count(), 'dokumen tidak menanyakan alamat web').toBe(0);
    const file = await lastField(page, 'Berkas dokumen', sources);
    await file.locator('input[type=file]').first().setInputFiles({ name: 'Laporan Disdukcapil 2025.pdf', mimeType: 'application/pdf', buffer: await cleanPdf() });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-5-dokumen.png') });

    await page.getByRole('button', { name: 'Save' }).click();
    let saved: string | null = null;
    for (let i = 0; i < 60 && !saved?.includes(DOC_ID); i++) {
      await page.waitForTimeout(200);
      saved = await practiceText(page, `content/innovations/${ENTRY}.md`);
    }
    const refused = (await page.getByRole('alertdialog').or(page.getByRole('dialog')).allInnerTexts()).join('\n');
    expect(saved, `editor menyimpan entri ${refused}`).toContain(DOC_ID);
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(saved!)![1]!);
    const doc = front.sources.find((s: { id: string }) => s.id === DOC_ID);
    expect(doc).toMatchObject({ kind: 'dokumen', file: `dokumen/${ENTRY}/laporan-disdukcapil-2025.pdf`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(front.metrics.at(-1)).toMatchObject({ type: 'outcome', values: [{ value: 1234, source: DOC_ID, page: 2 }] });
    const pdf = await practiceBytes(page, `content/${doc.file}`);
    expect(pdf, 'berkas PDF tersimpan di content/dokumen/<opd>/').toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();

    // The entry and the uploaded file in a copy of content/: validate (documents included) accepts them.
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'innovations', `${ENTRY}.md`), saved!);
    mkdirSync(join(content, 'dokumen', ENTRY), { recursive: true });
    writeFileSync(join(content, doc.file), new Uint8Array(pdf!));
    const result = await validateContentAndDocuments(contentPaths(work), [join(content, 'innovations', `${ENTRY}.md`)]);
    const errorsFound = result.problems.filter((p) => p.severity === 'error');
    expect(errorsFound.map(formatProblem)).toEqual([]);
    expect(result.documents.map((d) => d.path)).toContain(doc.file);
  }, 180_000);

  it('cannot save a figure citing a source the entry does not have: the Indonesian message is shown, nothing is written', async () => {
    const { page } = await openEntry(390);
    const before = await practiceText(page, `content/innovations/${ENTRY}.md`);
    await addOutcome(page, { value: '50', date: '2025', source: 'tidak-ada-2025' });
    // On a phone too, a source's kind is chosen first.
    await lastField(page, 'Draf (tidak diterbitkan)');
    await (await lastField(page, 'Sumber')).getByRole('button', { name: /^Add/ }).last().click();
    await page.getByRole('menuitem', { name: /Pernyataan resmi/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-7-jenis-sumber-390.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect.poll(() => dialog.allInnerTexts().then((t) => t.join('\n')), { timeout: 10_000 }).toMatch(/merujuk sumber "tidak-ada-2025" yang tidak ada/);
    const text = (await dialog.allInnerTexts()).join('\n');
    expect(text).toMatch(/belum disimpan/);
    expect(text).toMatch(/Output dan outcome \d+ › Nilai terukur 1 › Sumber/);
    expect(text).not.toMatch(/at \w+ \(|ZodError|stack/i);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-6-ditolak-390.png') });
    expect(await practiceText(page, `content/innovations/${ENTRY}.md`)).toBe(before);
    await page.close();
  }, 180_000);
});
