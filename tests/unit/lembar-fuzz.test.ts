/**
 * Property: whatever an office types into its sheet, the import never throws, and every refusal
 * names a sheet row and a column of that sheet. A small run count keeps it fast; `npm run fuzz`
 * may run more.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { LEMBAR_COLUMNS, lembarCsv, lembarIsian } from '../../src/lib/lembar-isian.ts';
import { mergeLembar, sheetProblemText } from '../../src/authoring/lembar-import.ts';
import { ENTRY_A, ENTRY_B, OPD_YAML, fillSheet, syntheticCatalog } from '../helpers/lembar.ts';

const catalog = syntheticCatalog();
const sheet = lembarCsv(lembarIsian(catalog.opds[0]!, catalog.innovations, new Date('2026-12-01T00:00:00Z'), 365));
const headers = (parse(sheet, { bom: true, delimiter: ';', to_line: 1 }) as string[][])[0]!;
const fillable = LEMBAR_COLUMNS.filter((c) => c.group !== 'info' && headers.includes(c.header)).map((c) => c.header);

/** Cell text an office might type: empty, plausible values, or anything at all. */
const cellText = fc.oneof(
  fc.constant(''),
  fc.constantFrom('dokumen', 'surat', 'berjalan', 'dihentikan', '2026-01-15', '15/01/2026', '31/02/2026', '1.250', '12,5', 'x.pdf', 'a.exe', "'021-1", 'https://contoh.go.id', 'a@b.id', '4', '-1'),
  fc.string({ maxLength: 40 }),
);

const run = (csv: string) =>
  mergeLembar({
    sheet: csv,
    entries: new Map([
      ['layanan-antar', { file: 'content/innovations/layanan-antar.md', text: ENTRY_A }],
      ['layanan-baru', { file: 'content/innovations/layanan-baru.md', text: ENTRY_B }],
    ]),
    opds: new Map([['dinco', { file: 'content/opd/dinco.yaml', text: OPD_YAML }]]),
    document: (name) => (name === 'x.pdf' ? new TextEncoder().encode('%PDF-1.4') : undefined),
  });

describe('lembar import (property)', () => {
  it('never throws on a filled sheet; every refusal names its row and a column of the sheet; a refused sheet writes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom('layanan-antar', 'layanan-baru'), fc.dictionary(fc.constantFrom(...fillable), cellText, { maxKeys: 8 }), (id, cells) => {
        const result = run(fillSheet(sheet, id, cells));
        for (const p of result.problems) {
          expect(p.row).toBeGreaterThanOrEqual(1);
          expect(headers).toContain(p.column);
          expect(sheetProblemText(p)).toMatch(/^baris \d+, kolom "[^"]+": \S/);
        }
        if (result.problems.length) expect(result.writes).toEqual([]);
        for (const c of result.conflicts) expect(headers).toContain(c.column);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary text; a refusal still names a row and a column', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = run(text);
        for (const p of result.problems) {
          expect(p.row).toBeGreaterThanOrEqual(1);
          expect(p.column.length).toBeGreaterThan(0);
        }
        expect(result.writes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
