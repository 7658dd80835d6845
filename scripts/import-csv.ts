/**
 * npm run import -- <berkas.csv> [--dry-run] [--force]
 * Bulk import from a spreadsheet with the regional-innovation form's columns.
 * Reports each bad row with its number and reason, writes the good ones, never
 * overwrites an existing entry unless --force; --dry-run only reports.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, rowToEntry } from '../src/authoring/csv-import.ts';
import { readOpdNames } from '../src/authoring/opd-registry.ts';
import { contentPaths, validateContent } from '../src/validation/content.ts';
import { formatProblem } from '../src/validation/problems.ts';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (flags.help || positionals.length !== 1) {
  console.log(`Pemakaian: npm run import -- <berkas.csv> [--dry-run] [--force]
Kolom (baris pertama): ${Object.values(CSV_COLUMNS).join(', ')}.
Wajib: Nama Inovasi, OPD, Tahapan, Jenis, Bentuk, Urusan, Sumber (alamat https), Judul Sumber, Penerbit Sumber, Tanggal Sumber.`);
  process.exit(flags.help ? 0 : 1);
}

const root = process.cwd();
const paths = contentPaths(root, process.env.CONTENT_DIR ?? 'content');
const opds = readOpdNames(paths.opd);
let records: Record<string, string>[];
try {
  records = parse(readFileSync(positionals[0]!, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true });
} catch (e) {
  console.error(`✗ ${positionals[0]} tidak dapat dibaca sebagai CSV: ${(e as Error).message}`);
  process.exit(1);
}

const dry = flags['dry-run'];
const written: string[] = [];
let bad = 0;
const seen = new Set<string>();
records.forEach((record, i) => {
  const row = i + 2; // row 1 is the header
  const result = rowToEntry(record, row, opds);
  if (!result.ok) {
    bad++;
    console.log(`✗ baris ${row} (${result.title || 'tanpa nama'}):\n${result.reasons.map((r) => `    - ${r}`).join('\n')}`);
    return;
  }
  const file = join(paths.innovations, `${result.id}.mdx`);
  const rel = relative(root, file);
  if (seen.has(result.id)) {
    bad++;
    console.log(`✗ baris ${row}: "${record[CSV_COLUMNS.nama]}" menghasilkan id ${result.id} yang sama dengan baris sebelumnya; ubah namanya.`);
    return;
  }
  seen.add(result.id);
  if (existsSync(file) && !flags.force) {
    bad++;
    console.log(`✗ baris ${row}: ${rel} sudah ada; tidak ditimpa (pakai --force untuk menimpa).`);
    return;
  }
  if (dry) console.log(`• baris ${row}: akan menulis ${rel}${existsSync(file) ? ' (menimpa)' : ''}`);
  else {
    writeFileSync(file, result.text);
    written.push(rel);
    console.log(`✓ baris ${row}: ${rel}`);
  }
});

if (written.length) {
  const problems = validateContent(paths, written).problems.filter((p) => p.severity === 'error');
  for (const p of problems) console.log(formatProblem(p));
  if (problems.length) bad++;
}
console.log(`\n${records.length} baris: ${dry ? 'akan ditulis' : 'ditulis'} ${dry ? records.length - bad : written.length}, bermasalah ${bad}.${dry ? ' (uji coba: tidak ada berkas yang ditulis)' : ''}`);
process.exit(bad ? 1 : 0);
