/**
 * The per-OPD data request: the sheet's rows and columns (src/lib/lembar-isian.ts) and merging a
 * filled sheet back (src/authoring/lembar-import.ts). Synthetic entries only (tests/helpers/lembar.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { HINT_ROW_MARK, lembarCsv, lembarGroups, lembarIsian } from '../../src/lib/lembar-isian.ts';
import { conflictText, mergeLembar, sheetNumber, sheetProblemText, spliceYaml, type LembarResult } from '../../src/authoring/lembar-import.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { sheetDate } from '../../src/authoring/csv-import.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { sha256Of } from '../../src/validation/documents.ts';
import { ENTRY_A, ENTRY_B, OPD_YAML, fillSheet, frontmatter, syntheticCatalog } from '../helpers/lembar.ts';

const NOW = new Date('2026-12-01T00:00:00Z');
const catalog = syntheticCatalog();
const sheet = lembarCsv(lembarIsian(catalog.opds[0]!, catalog.innovations, NOW, 365));
const PDF = new TextEncoder().encode('%PDF-1.4 synthetic');

function merge(csv: string, documents: Record<string, Uint8Array> = {}): LembarResult {
  return mergeLembar({
    sheet: csv,
    entries: new Map([
      ['layanan-antar', { file: 'content/innovations/layanan-antar.md', text: ENTRY_A }],
      ['layanan-baru', { file: 'content/innovations/layanan-baru.md', text: ENTRY_B }],
    ]),
    opds: new Map([['dinco', { file: 'content/opd/dinco.yaml', text: OPD_YAML }]]),
    document: (name) => documents[name],
  });
}

const OUTCOME = {
  'Outcome: apa yang diukur': 'Waktu tunggu dokumen',
  'Outcome: angka': '1.250',
  'Outcome: satuan': 'hari',
  'Outcome: tanggal angka': '31/12/2025',
};
const DOCUMENT = {
  'Bukti: jenis': 'dokumen',
  'Bukti: nama berkas yang dikirim': 'LKjIP 2025.pdf',
  'Bukti: judul dokumen atau perihal surat': 'Laporan Kinerja 2025',
  'Bukti: tanggal': '2026-01-15',
  'Bukti: halaman angka outcome': '4',
};
const LETTER = {
  'Bukti: jenis': 'surat',
  'Bukti: judul dokumen atau perihal surat': 'Status layanan',
  'Bukti: nomor': '400.10/12-Dinco',
  'Bukti: tanggal': '2026-02-01',
  'Bukti: jabatan penanda tangan': 'Kepala Dinas',
};

describe('lembar isian (the sheet)', () => {
  const rows = parse(sheet, { bom: true, delimiter: ';' }) as string[][];
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);

  it('is written for Excel with Indonesian settings: UTF-8 BOM, ";" between cells, CRLF', () => {
    expect(sheet.startsWith('\uFEFF"Kode inovasi (jangan diubah)";"Nama inovasi";')).toBe(true);
    expect(sheet.split('\r\n').length).toBe(rows.length + 1);
  });

  it('has a hint row, then one prefilled row per innovation with what is missing, and empty columns to fill', () => {
    expect(rows[1]![0]).toBe(HINT_ROW_MARK);
    expect(rows.slice(2).map((r) => r[0])).toEqual(['layanan-antar', 'layanan-baru']);
    const antar = rows[2]!;
    expect(antar[col('Nama inovasi')]).toBe('Layanan Antar');
    expect(antar[col('Yang masih kurang')]).toBe('angka outcome, status hari ini');
    expect(rows[3]![col('Yang masih kurang')]).toBe('angka outcome, cara memakai, status hari ini');
    // What is recorded, with its source and a decimal comma.
    expect(antar[col('Yang sudah tercatat di situs')]).toContain('jam (Senin–Jumat 08.00–15.00) (sumber: Contoh News)');
    for (const name of ['Outcome: angka', 'Cara memakai: jam layanan', 'Status hari ini', 'Kontak kantor: telepon', 'Bukti: jenis']) expect(antar[col(name)]).toBe('');
    // The contact already recorded is said in the hint row.
    expect(rows[1]![col('Kontak kantor: alamat')]).toContain('Jalan Contoh 1');
  });

  it('asks only for what some innovation lacks', () => {
    const complete = ENTRY_A.replace(
      'metrics:\n',
      'metrics:\n  - type: outcome\n    name: Warga terlayani\n    unit: warga\n    values:\n      - value: 3\n        date: 2021-01\n        source: berita-a\n        quote: "tiga warga"\n',
    ).replace('lastVerified: 2021-03-01', 'lastVerified: 2026-11-01');
    const one = syntheticCatalog({ 'layanan-antar': complete }, OPD_YAML.replace('  address: Jalan Contoh 1\n', '  address: Jalan Contoh 1\n  phone: "021-1"\n  email: a@contoh.go.id\n'));
    expect(lembarGroups(one.innovations, one.opds[0]!, NOW, 365)).toEqual(['info']);
    const withStale = syntheticCatalog({ 'layanan-antar': complete.replace('lastVerified: 2026-11-01', 'lastVerified: 2024-01-01') });
    expect(lembarGroups(withStale.innovations, withStale.opds[0]!, NOW, 365)).toEqual(['info', 'status', 'contact', 'bukti']);
    // An office with no innovation has no row to answer in.
    expect(lembarGroups([], withStale.opds[0]!, NOW, 365)).toEqual(['info']);
  });
});

describe('merging a filled sheet', () => {
  it('imports the unfilled sheet, as downloaded, as no change', () => {
    const result = merge(sheet);
    expect(result).toEqual({ problems: [], conflicts: [], changes: [], writes: [], copies: [] });
  });

  it('adds an outcome backed by a document: a new dokumen source with the copied file and its hash, the figure with its page', () => {
    const result = merge(fillSheet(sheet, 'layanan-baru', { ...OUTCOME, ...DOCUMENT }), { 'LKjIP 2025.pdf': PDF });
    expect(result.problems).toEqual([]);
    expect(result.copies).toEqual([{ path: 'dokumen/dinco/lkjip-2025.pdf', bytes: PDF }]);
    expect(result.writes.map((w) => w.file)).toEqual(['content/innovations/layanan-baru.md']);
    const text = result.writes[0]!.text;
    const data = innovationSchema.parse(frontmatter(text));
    const source = data.sources.at(-1)!;
    expect(source).toMatchObject({ kind: 'dokumen', title: 'Laporan Kinerja 2025', publisher: 'Dinas Contoh', date: '2026-01-15', file: 'dokumen/dinco/lkjip-2025.pdf', sha256: sha256Of(PDF) });
    expect(data.metrics.at(-1)).toEqual({ type: 'outcome', name: 'Waktu tunggu dokumen', unit: 'hari', values: [{ value: 1250, date: '2025-12-31', source: source.id, page: 4 }] });
    // Every line of the original file is still there (only additions), the folded block included, and the body is untouched.
    const lines = text.split('\n');
    for (const line of ENTRY_B.split('\n')) expect(lines).toContain(line);
    expect(text.endsWith(ENTRY_B.slice(ENTRY_B.indexOf('\n---\n')))).toBe(true);
    expect(result.changes[0]!.lines.join('\n')).toMatch(/outcome baru "Waktu tunggu dokumen": 1250 hari \(2025-12-31\).*hlm\. 4/);
  });

  it('adds a status from a letter with its number, and reports, without changing, a how-to-use fact already sourced', () => {
    const result = merge(fillSheet(sheet, 'layanan-antar', { ...LETTER, 'Status hari ini': 'Dihentikan', 'Status per tanggal': '2026-02-01', 'Cara memakai: jam layanan': 'Setiap hari 24 jam', 'Cara memakai: biaya': 'Gratis' }));
    expect(result.problems).toEqual([]);
    expect(result.conflicts).toHaveLength(1);
    const [c] = result.conflicts;
    expect(c).toMatchObject({ row: 3, column: 'Cara memakai: jam layanan', current: 'Senin–Jumat 08.00–15.00', proposed: 'Setiap hari 24 jam' });
    expect(conflictText(c!)).toContain('Contoh News, 2020-10-02');
    expect(conflictText(c!)).toContain('surat No. 400.10/12-Dinco');
    const data = innovationSchema.parse(frontmatter(result.writes[0]!.text));
    expect(data.howToUse?.hours).toBe('Senin–Jumat 08.00–15.00');
    expect(data.howToUse?.cost).toBe('Gratis');
    expect(data).toMatchObject({ status: 'dihentikan', lastVerified: '2026-02-01' });
    const letter = data.sources.find((s) => s.id === data.statusSource)!;
    expect(letter).toMatchObject({ kind: 'pernyataan', number: '400.10/12-Dinco', signatory: 'Kepala Dinas', date: '2026-02-01' });
    expect(data.howToUse?.sources).toEqual(['berita-a', letter.id]);
  });

  it('does not replace a status with an older one: a conflict naming both', () => {
    const result = merge(fillSheet(sheet, 'layanan-antar', { ...LETTER, 'Bukti: tanggal': '2020-01-01', 'Status hari ini': 'dihentikan', 'Status per tanggal': '2020-01-01' }));
    expect(result.writes).toEqual([]);
    expect(result.conflicts.map((c) => [c.column, c.current, c.proposed])).toEqual([['Status hari ini', 'berjalan (per 2021-03-01)', 'dihentikan (per 2020-01-01)']]);
  });

  it('writes the office contact to the OPD file, cited to the row’s evidence', () => {
    const result = merge(fillSheet(sheet, 'layanan-antar', { ...LETTER, 'Kontak kantor: telepon': "'021-7412345", 'Kontak kantor: alamat': 'Jalan Contoh 1' }));
    expect(result.problems).toEqual([]);
    expect(result.conflicts).toEqual([]);
    const opd = opdSchema.parse(parseYaml(result.writes.find((w) => w.file === 'content/opd/dinco.yaml')!.text));
    expect(opd.contact).toMatchObject({ address: 'Jalan Contoh 1', phone: '021-7412345' });
    expect(opd.contact?.sources).toEqual(['berita-a', opd.sources.at(-1)!.id]);
  });

  it('refuses, naming row and column, what validate would refuse — and writes nothing', () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ ...OUTCOME, ...DOCUMENT, 'Outcome: tanggal angka': '31/13/2025' }, 'Outcome: tanggal angka', /bukan tanggal/],
      [{ ...OUTCOME, ...DOCUMENT, 'Bukti: tanggal': 'kemarin' }, 'Bukti: tanggal', /bukan tanggal/],
      [{ ...OUTCOME, ...DOCUMENT, 'Bukti: jenis': '' }, 'Bukti: jenis', /perlu bukti/],
      [{ ...OUTCOME, ...DOCUMENT, 'Bukti: nama berkas yang dikirim': 'laporan.docx' }, 'Bukti: nama berkas yang dikirim', /PDF, PNG, JPEG atau WebP/],
      [{ ...OUTCOME, ...DOCUMENT, 'Bukti: nama berkas yang dikirim': 'tidak-dikirim.pdf' }, 'Bukti: nama berkas yang dikirim', /tidak ditemukan/],
      [{ ...OUTCOME, ...DOCUMENT, 'Bukti: halaman angka outcome': '' }, 'Bukti: halaman angka outcome', /salah satunya/],
      [{ ...OUTCOME, ...DOCUMENT, 'Bukti: kalimat yang memuat angka': Array(31).fill('kata').join(' ') }, 'Bukti: kalimat yang memuat angka', /31 kata/],
      [{ ...OUTCOME, ...DOCUMENT, 'Outcome: angka': 'sekitar seribu' }, 'Outcome: angka', /bukan angka/],
      [{ ...OUTCOME, ...DOCUMENT, 'Outcome: satuan': '' }, 'Outcome: satuan', /keempat kolom/],
      [{ ...LETTER, 'Bukti: nomor': '', 'Cara memakai: biaya': 'Gratis' }, 'Bukti: nomor', /nomornya/],
      [{ ...LETTER, 'Status hari ini': 'lancar', 'Status per tanggal': '2026-02-01' }, 'Status hari ini', /"berjalan" atau "dihentikan"/],
      [{ ...LETTER, 'Cara memakai: alamat layanan daring': 'www.contoh.go.id' }, 'Cara memakai: alamat layanan daring', /https:\/\//],
      [{ ...LETTER, 'Kontak kantor: surel': 'bukan surel' }, 'Kontak kantor: surel', /alamat surel/],
      [{ ...OUTCOME, ...DOCUMENT, 'Outcome: tanggal angka': '2099-01-01' }, 'Outcome: tanggal angka', /content\/innovations\/layanan-baru\.md: "metrics\.0\.values\.0\.date"/],
    ];
    for (const [cells, column, message] of cases) {
      const result = merge(fillSheet(sheet, 'layanan-baru', cells), { 'LKjIP 2025.pdf': PDF });
      expect(result.writes, column).toEqual([]);
      expect(result.copies).toEqual([]);
      const found = result.problems.find((p) => p.column === column);
      expect(found, `${column}: ${result.problems.map(sheetProblemText).join(' / ')}`).toBeDefined();
      expect(found!.row).toBe(4);
      expect(sheetProblemText(found!)).toMatch(/^baris 4, kolom "/);
      expect(found!.message).toMatch(message);
    }
  });

  it('refuses an unknown innovation code and a sheet without the code column', () => {
    const renamed = fillSheet(sheet, 'layanan-baru', { 'Kode inovasi (jangan diubah)': 'tidak-ada', 'Cara memakai: biaya': 'Gratis', ...LETTER });
    expect(merge(renamed).problems.map(sheetProblemText)).toEqual([expect.stringMatching(/^baris 4, kolom "Kode inovasi \(jangan diubah\)": bernilai "tidak-ada"/)]);
    expect(merge('Nama;Biaya\r\nA;Gratis\r\n').problems[0]).toMatchObject({ row: 1, column: 'Kode inovasi (jangan diubah)' });
  });
});

describe('helpers', () => {
  it('reads numbers as Excel with Indonesian settings writes them', () => {
    expect(sheetNumber('1.250')).toBe(1250);
    expect(sheetNumber('12,5')).toBe(12.5);
    expect(sheetNumber('1.234.567,89')).toBe(1234567.89);
    expect(sheetNumber('12.5')).toBe(12.5);
    expect(sheetNumber('45%')).toBeUndefined();
    expect(sheetNumber('1,2,3')).toBeUndefined();
  });

  it('reads the dates a spreadsheet with Indonesian settings saves', () => {
    expect(sheetDate('15/01/2026')).toBe('2026-01-15');
    expect(sheetDate('15/01/26')).toBe('2026-01-15');
    expect(sheetDate('2026-01')).toBe('2026-01');
  });

  it('rewrites only the fields that change and appends to lists that only grow', () => {
    const yaml = '# head\na: 1\nnote: >-\n  folded\n  text\nlist:\n  - x\nflow: [p]\n';
    const before = parseYaml(yaml) as Record<string, unknown>;
    const after = { ...before, list: ['x', 'y'], flow: ['p', 'q'], b: 2 };
    expect(spliceYaml(yaml, before, after, ['a', 'b', 'note', 'list', 'flow'])).toBe('# head\na: 1\nb: 2\nnote: >-\n  folded\n  text\nlist:\n  - x\n  - y\nflow:\n  - p\n  - q\n');
  });
});
