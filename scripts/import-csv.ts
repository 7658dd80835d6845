/**
 * npm run import -- <berkas.csv> [--dry-run] [--force]
 * npm run import -- --perbarui <lembar-isian.csv> [--dokumen <folder>] [--dry-run]
 *   merges an OPD's filled data request into the existing entries (src/authoring/lembar-run.ts).
 * Bulk import from a spreadsheet with the regional-innovation form's columns (comma- or
 * semicolon-separated), or the site's own /data/inovasi.csv. Reports each bad row with its
 * number and reason, unknown columns, and writes the good ones as .md entries; never overwrites
 * an existing entry unless --force; --dry-run only reports.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_COLUMNS, NOT_IMPORTED, readCsv, rowToEntry, unknownColumns } from '../src/authoring/csv-import.ts';
import { NEW_ENTRY_EXT } from '../src/authoring/entry-writer.ts';
import { runLembarImport } from '../src/authoring/lembar-run.ts';
import { readOpdNames } from '../src/authoring/opd-registry.ts';
import { contentPaths, validateContent } from '../src/validation/content.ts';
import { formatProblem } from '../src/validation/problems.ts';

const USAGE = `Pemakaian: npm run import -- <berkas.csv> [--dry-run] [--force]
     atau: npm run import -- --perbarui <lembar-isian.csv> [--dokumen <folder berkas bukti>] [--dry-run]
           (memasukkan lembar isian OPD yang sudah diisi ke entri yang ada; lihat docs/permintaan-data.md)
Kolom (baris pertama, dipisah koma atau titik koma): ${Object.values(CSV_COLUMNS).join(', ')}.
Wajib: Nama Inovasi, OPD, Tahapan, Jenis, Bentuk, Urusan, Sumber (alamat https) dengan Judul Sumber, Penerbit Sumber, Tanggal Sumber.
"Rancang Bangun" menjadi bagian "Solusi"; "Latar Belakang" (atau "Permasalahan") menjadi "Latar belakang"; "Manfaat" menjadi "Manfaat".
Berkas /data/inovasi.csv situs ini sendiri juga dapat diimpor kembali.`;

let flags: { 'dry-run'?: boolean; force?: boolean; help?: boolean; perbarui?: string; dokumen?: string };
let positionals: string[];
try {
  ({ values: flags, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      perbarui: { type: 'string' },
      dokumen: { type: 'string' },
    },
  }));
} catch (e) {
  console.log(`✗ flag ${/'([^']+)'/.exec((e as Error).message)?.[1] ?? ''} tidak dikenal.\n${USAGE}`);
  process.exit(1);
}
if (flags.perbarui !== undefined && !flags.help) {
  if (positionals.length) {
    console.log(`✗ dengan --perbarui, berikan satu lembar saja (mis. --perbarui lembar.csv).\n${USAGE}`);
    process.exit(1);
  }
  process.exit(await runLembarImport({ root: process.cwd(), contentDir: process.env.CONTENT_DIR ?? 'content', sheet: flags.perbarui, documents: flags.dokumen, dryRun: flags['dry-run'] ?? false }));
}
if (flags.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(flags.help ? 0 : 1);
}

const root = process.cwd();
const paths = contentPaths(root, process.env.CONTENT_DIR ?? 'content');
const opds = readOpdNames(paths.opd);
const source = positionals[0]!;
if (!existsSync(source)) {
  console.log(`✗ berkas ${source} tidak ada.`);
  process.exit(1);
}
const csv = readCsv(readFileSync(source, 'utf8'));
if (!csv.ok) {
  console.log(`✗ ${source} tidak dapat diimpor: ${csv.message}`);
  process.exit(1);
}
if (csv.delimiter !== ',') console.log(`• pemisah kolom: ${csv.delimiterName}`);
const unknown = unknownColumns(csv.headers);
if (unknown.length) {
  console.log(`! kolom tidak dikenal, isinya tidak diimpor: ${unknown.map((c) => `"${c}"`).join(', ')}. Kolom yang dikenal: ${Object.values(CSV_COLUMNS).join(', ')}.`);
}
const unused = NOT_IMPORTED.map((k) => CSV_COLUMNS[k]).filter((c) => csv.records.some((r) => r[c]?.trim()));
if (unused.length) {
  console.log(`! kolom ${unused.map((c) => `"${c}"`).join(' dan ')} tidak diimpor: setiap angka perlu tanggal dan sumbernya sendiri; tulis sebagai "metrics" di berkas entri (lihat CONTRIBUTING.md).`);
}

const dry = flags['dry-run'];
const written: string[] = [];
let bad = 0;
const seen = new Set<string>();
csv.records.forEach((record, i) => {
  const row = i + 2; // row 1 is the header
  const result = rowToEntry(record, row, opds);
  if (!result.ok) {
    bad++;
    console.log(`✗ baris ${row} (${result.title || 'tanpa nama'}):\n${result.reasons.map((r) => `    - ${r}`).join('\n')}`);
    return;
  }
  const file = join(paths.innovations, `${result.id}${NEW_ENTRY_EXT}`);
  const rel = relative(root, file);
  if (seen.has(result.id)) {
    bad++;
    console.log(`✗ baris ${row}: "${result.id}" sama dengan baris sebelumnya; ubah "Nama Inovasi"-nya.`);
    return;
  }
  seen.add(result.id);
  const existing = ['.md', '.mdx'].map((ext) => join(paths.innovations, `${result.id}${ext}`)).filter((f) => existsSync(f));
  if (existing.length && !flags.force) {
    bad++;
    console.log(`✗ baris ${row}: ${relative(root, existing[0]!)} sudah ada; tidak ditimpa (pakai --force untuk menimpa).`);
    return;
  }
  if (dry) console.log(`• baris ${row}: akan menulis ${rel}${existing.length ? ' (menimpa)' : ''}`);
  else {
    // --force replaces the entry whatever its extension, so one id never has two files.
    for (const f of existing) rmSync(f);
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
const rows = csv.records.length;
console.log(`\n${rows} baris: ${dry ? 'akan ditulis' : 'ditulis'} ${dry ? rows - bad : written.length}, bermasalah ${bad}.${dry ? ' (uji coba: tidak ada berkas yang ditulis)' : ''}`);
process.exit(bad ? 1 : 0);
