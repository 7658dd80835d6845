/**
 * Uploaded office documents are hostile until checked: each refusal below is made from a real
 * file built here (pdf-lib, a JPEG with a GPS block, an ELF header renamed .pdf), cited by a
 * real entry in a temporary content folder, and must come back as an Indonesian message naming
 * the entry and the field — never a stack trace. A clean PDF and letter are accepted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { contentPaths, validateContentAndDocuments } from '../../src/validation/content.ts';
import { sha256Of } from '../../src/validation/documents.ts';
import { fillDocumentHashes, documentHash } from '../../src/authoring/document-hash.ts';
import { MINIMAL_ENTRY_FIELDS, MINIMAL_OPD, MINIMAL_SITE } from '../helpers/minimal-content.ts';

const OPD = MINIMAL_OPD;
const SITE = (extra = '') => MINIMAL_SITE + extra;

function entry(sourceLines: string, figure = '        page: 4\n') {
  return `---
${MINIMAL_ENTRY_FIELDS}metrics:
  - type: output
    name: Dokumen terbit
    unit: dokumen
    values:
      - value: 1200
        date: 2025
        source: lap
${figure}sources:
${sourceLines}---
## Latar belakang

Masalahnya.

## Solusi

Caranya.

## Manfaat

Hasilnya.
`;
}

const doc = (file: string, sha?: string) => `  - kind: dokumen
    id: lap
    title: Laporan Kinerja 2025
    publisher: Dinas Contoh
    date: 2026-01
    file: ${file}
${sha ? `    sha256: ${sha}\n` : ''}`;

async function pdf(mutate?: (d: PDFDocument) => Promise<void> | void): Promise<Uint8Array> {
  const d = await PDFDocument.create();
  const page = d.addPage([300, 200]);
  page.drawText('Laporan kinerja', { x: 20, y: 150, font: await d.embedFont(StandardFonts.Helvetica), size: 14 });
  await mutate?.(d);
  return d.save();
}

let dir: string;
const content = () => join(dir, 'content');
function put(path: string, bytes: Uint8Array | string) {
  const full = join(content(), path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, bytes);
  return typeof bytes === 'string' ? sha256Of(Buffer.from(bytes)) : sha256Of(bytes);
}
async function errorsOf(sources: string, figure?: string) {
  writeFileSync(join(content(), 'innovations', 'contoh.md'), entry(sources, figure));
  const { problems } = await validateContentAndDocuments(contentPaths(dir));
  return problems.filter((p) => p.severity === 'error');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'etalase-dokumen-'));
  mkdirSync(join(content(), 'innovations'), { recursive: true });
  mkdirSync(join(content(), 'opd'), { recursive: true });
  writeFileSync(join(content(), 'opd', 'dinas-contoh.yaml'), OPD);
  writeFileSync(join(content(), 'site.yaml'), SITE());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('documents and letters as sources', () => {
  it('accepts a clean PDF cited with its hash, and a dated letter with its number and no file', async () => {
    const sha = put('dokumen/dinas-contoh/lkjip-2025.pdf', await pdf());
    const letter = `  - kind: pernyataan
    id: surat
    title: Jawaban atas lembar isian
    publisher: Dinas Contoh
    signatory: Kepala Dinas
    number: 400.10/77-Dinco
    date: 2026-02-03
`;
    expect(await errorsOf(doc('dokumen/dinas-contoh/lkjip-2025.pdf', sha) + letter)).toEqual([]);
  });

  it('refuses a missing file, naming the entry and the field', async () => {
    const [e] = await errorsOf(doc('dokumen/dinas-contoh/tidak-ada.pdf', 'a'.repeat(64)));
    expect(e).toMatchObject({ file: 'content/innovations/contoh.md', field: 'sources.0.file' });
    expect(e!.message).toMatch(/content\/dokumen\/dinas-contoh\/tidak-ada\.pdf tidak ada/);
    expect(e!.line).toBeGreaterThan(1);
  });

  it('refuses a path outside content/dokumen/', async () => {
    for (const path of ['dokumen/../innovations/contoh.pdf', 'innovations/contoh.pdf', '/etc/passwd.pdf']) {
      const errors = await errorsOf(doc(path, 'a'.repeat(64)));
      expect(errors.map((e) => e.field)).toContain('sources.0.file');
      expect(errors.find((e) => e.field === 'sources.0.file')!.message).toMatch(/content\/dokumen\/<id-opd>\//);
    }
  });

  it('refuses a program renamed .pdf, by its content', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]);
    const sha = put('dokumen/dinas-contoh/laporan.pdf', elf);
    const [e] = await errorsOf(doc('dokumen/dinas-contoh/laporan.pdf', sha));
    expect(e!.field).toBe('sources.0.file');
    expect(e!.message).toMatch(/bukan PDF, PNG, JPEG atau WebP.*application\/x-elf/);
  });

  it('refuses a PDF with JavaScript even when it sits in a compressed object stream', async () => {
    const bytes = await pdf((d) => {
      d.catalog.set(PDFName.of('OpenAction'), d.context.register(d.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') })));
    });
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/JavaScript');
    const sha = put('dokumen/dinas-contoh/js.pdf', bytes);
    const [e] = await errorsOf(doc('dokumen/dinas-contoh/js.pdf', sha));
    expect(e!.message).toMatch(/memuat JavaScript/);
  });

  it('refuses a PDF with a form or an embedded file', async () => {
    const form = await pdf((d) => d.getForm().createTextField('nama').addToPage(d.getPage(0), { x: 10, y: 10 }));
    const attached = await pdf(async (d) => d.attach(new TextEncoder().encode('MZ'), 'program.exe', { mimeType: 'application/octet-stream' }));
    expect((await errorsOf(doc('dokumen/dinas-contoh/f.pdf', put('dokumen/dinas-contoh/f.pdf', form))))[0]!.message).toMatch(/formulir isian/);
    expect((await errorsOf(doc('dokumen/dinas-contoh/e.pdf', put('dokumen/dinas-contoh/e.pdf', attached))))[0]!.message).toMatch(/berkas yang disisipkan/);
  });

  it('refuses a file over the size limit of site.yaml', async () => {
    writeFileSync(join(content(), 'site.yaml'), SITE('documentMaxMB: 0.0005\n'));
    const sha = put('dokumen/dinas-contoh/besar.pdf', await pdf((d) => void d.addPage([300, 200]).drawText('x'.repeat(400), { x: 1, y: 1, size: 4 })));
    const [e] = await errorsOf(doc('dokumen/dinas-contoh/besar.pdf', sha));
    expect(e!.message).toMatch(/melebihi batas 0,0005 MB|melebihi batas 0.0005 MB/);
  });

  it('refuses a file replaced after it was cited (the recorded hash differs)', async () => {
    const sha = put('dokumen/dinas-contoh/lap.pdf', await pdf());
    put('dokumen/dinas-contoh/lap.pdf', await pdf((d) => void d.addPage()));
    const [e] = await errorsOf(doc('dokumen/dinas-contoh/lap.pdf', sha));
    expect(e!.field).toBe('sources.0.sha256');
    expect(e!.message).toMatch(/diganti sesudah dikutip/);
  });

  it('refuses a photo that records where it was taken', async () => {
    const sharp = (await import('sharp')).default;
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 17/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 43/1 0/1' } })
      .toBuffer();
    const sha = put('dokumen/dinas-contoh/foto.jpg', jpeg);
    const [e] = await errorsOf(doc('dokumen/dinas-contoh/foto.jpg', sha));
    expect(e!.message).toMatch(/lokasi GPS/);
  });

  it('refuses a quote over 30 words, and a document without file or a letter without number', async () => {
    const sha = put('dokumen/dinas-contoh/lkjip.pdf', await pdf());
    const long = `        quote: "${Array.from({ length: 31 }, (_, i) => `kata${i}`).join(' ')}"\n`;
    const [q] = await errorsOf(doc('dokumen/dinas-contoh/lkjip.pdf', sha), long);
    expect(q).toMatchObject({ field: 'metrics.0.values.0.quote' });
    expect(q!.message).toMatch(/31 kata; kutipan paling banyak 30 kata/);
    const noFile = await errorsOf(`  - kind: dokumen\n    id: lap\n    title: L\n    publisher: Dinas Contoh\n    date: 2026\n`);
    expect(noFile.map((e) => e.field)).toContain('sources.0.file');
    const noNumber = await errorsOf(`  - kind: pernyataan\n    id: lap\n    title: S\n    publisher: Dinas Contoh\n    date: 2026-01-02\n`);
    expect(noNumber.find((e) => e.field === 'sources.0.number')!.message).toMatch(/nomor surat/);
  });
});

describe('npm run validate -- --isi-sidik', () => {
  it('writes the missing hash under the file line and leaves a recorded one alone', async () => {
    const sha = put('dokumen/dinas-contoh/lkjip.pdf', await pdf());
    const text = entry(doc('dokumen/dinas-contoh/lkjip.pdf'));
    const { text: filled, filled: which } = fillDocumentHashes(text, (p) => documentHash(content(), p));
    expect(which).toEqual(['dokumen/dinas-contoh/lkjip.pdf']);
    expect(filled).toContain(`    file: dokumen/dinas-contoh/lkjip.pdf\n    sha256: ${sha}\n`);
    expect(fillDocumentHashes(filled, () => 'f'.repeat(64)).filled).toEqual([]);
    writeFileSync(join(content(), 'innovations', 'contoh.md'), filled);
    const { problems } = await validateContentAndDocuments(contentPaths(dir));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(readFileSync(join(content(), 'innovations', 'contoh.md'), 'utf8')).toContain(sha);
  });
});
