/**
 * Synthetic entries and OPDs for the data-request tests (never in content/), and a way to fill
 * a downloaded sheet as an office would: by column header, in a given innovation's row.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parse as parseYaml } from 'yaml';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';

/** The one press source both synthetic files cite. */
const SOURCES = `sources:
  - id: berita-a
    title: Berita A
    url: https://contoh.co.id/a
    publisher: Contoh News
    date: 2020-10-02
`;

export const OPD_YAML = `# Dinas Contoh, for tests.
name: Dinas Contoh
abbreviation: Dinco
type: dinas
contact:
  address: Jalan Contoh 1
  sources: [berita-a]
${SOURCES}`;

/** An entry with how-to-use facts and an old status, no outcome; its confidence note is a folded block. */
export const ENTRY_A = `---
title: Layanan Antar
summary: Dokumen diantar ke rumah warga.
opd: dinco
tahapan: penerapan
jenis: digital
bentuk: pelayanan-publik
urusan: administrasi-kependudukan
launched: 2020-10
status: berjalan
lastVerified: 2021-03-01
statusSource: berita-a
confidence: satu-sumber
confidenceNote: >-
  Hanya satu berita yang menyebut layanan ini; baris ini sengaja dilipat
  agar terlihat bila penulisan ulang mengubah gaya YAML.
howToUse:
  hours: Senin–Jumat 08.00–15.00
  sources: [berita-a]
metrics:
  - type: output
    name: Dokumen diantar
    unit: dokumen
    values:
      - value: 12.5
        date: 2020-12
        source: berita-a
        quote: "sebanyak 12,5 ribu dokumen"
${SOURCES}---

## Latar belakang

Warga harus datang ke kantor.

## Solusi

Dokumen diantar.

## Manfaat

Warga tidak perlu datang.
`;

/** An entry with nothing but the required fields. */
export const ENTRY_B = ENTRY_A.replace('title: Layanan Antar', 'title: Layanan Baru')
  .replace(/status: berjalan\nlastVerified: 2021-03-01\nstatusSource: berita-a\n/, 'status: tidak-diketahui\n')
  .replace(/howToUse:[\s\S]*?(?=sources:\n  - id)/, '');

export function frontmatter(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

/** The catalogue of the synthetic files, as the site builds it. */
export function syntheticCatalog(entries: Record<string, string> = { 'layanan-antar': ENTRY_A, 'layanan-baru': ENTRY_B }, opdYaml = OPD_YAML) {
  return buildCatalog(
    Object.entries(entries).map(([id, text]) => ({ id, data: innovationSchema.parse(frontmatter(text)) })),
    [{ id: 'dinco', data: opdSchema.parse(parseYaml(opdYaml)) }],
  );
}

/** The sheet with cells filled in the row of `id`, by header; written back as Excel-id writes it (";", BOM). */
export function fillSheet(csv: string, id: string, cells: Record<string, string>): string {
  const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
  const header = rows[0]!;
  const row = rows.find((r) => r[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  for (const [name, value] of Object.entries(cells)) {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name} in ${header.join(' | ')}`);
    row[i] = value;
  }
  return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: 'windows' })}`;
}
