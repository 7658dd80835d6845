/**
 * `npm run import -- --perbarui <lembar.csv> [--dokumen <folder>] [--dry-run]`: reads the sheet,
 * the entries, the OPD files and the documents the sheet names, merges them (mergeLembar, pure),
 * prints each change, conflict and problem in Indonesian, and — unless a dry run — copies the
 * documents into content/dokumen/<opd>/ and writes the changed files. Every changed file must
 * then pass validateContentAndDocuments; otherwise everything is put back as it was and the
 * problems are printed. Returns the exit code.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { contentPaths, listFiles, validateContentAndDocuments } from '../validation/content.ts';
import { formatProblem } from '../validation/problems.ts';
import { conflictText, mergeLembar, sheetProblemText, type LembarFile } from './lembar-import.ts';

export async function runLembarImport(options: { root: string; contentDir: string; sheet: string; documents?: string | undefined; dryRun: boolean; log?: (line: string) => void }): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { root } = options;
  const paths = contentPaths(root, options.contentDir);
  if (!existsSync(options.sheet)) {
    log(`✗ berkas ${options.sheet} tidak ada.`);
    return 1;
  }
  const folder = resolve(options.documents ?? dirname(options.sheet));
  if (options.documents && !existsSync(folder)) {
    log(`✗ folder dokumen ${options.documents} tidak ada.`);
    return 1;
  }
  const read = (files: string[]) => new Map<string, LembarFile>(files.map((f) => [basename(f).replace(/\.[^.]+$/, ''), { file: relative(root, f), text: readFileSync(f, 'utf8') }]));
  const entries = read(listFiles(paths.innovations, ['.md', '.mdx']));
  const opds = read(listFiles(paths.opd, ['.yaml', '.yml']));
  const result = mergeLembar({
    sheet: readFileSync(options.sheet, 'utf8'),
    entries,
    opds,
    // Only a plain file name inside the given folder; "../x" or a folder path is not looked up.
    document: (name) => {
      const file = join(folder, basename(name));
      return basename(name) === name && existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
    },
  });

  for (const c of result.changes) {
    log(`• ${c.file} (baris ${c.rows.join(', ')}):`);
    for (const line of c.lines) log(`    ${line}`);
  }
  for (const c of result.conflicts) log(`! ${conflictText(c)}`);
  if (result.problems.length) {
    for (const p of result.problems) log(`✗ ${sheetProblemText(p)}`);
    log(`\n${result.problems.length} masalah di lembar ${basename(options.sheet)}; tidak ada berkas yang diubah. Perbaiki lembarnya lalu jalankan lagi.`);
    return 1;
  }
  if (!result.changes.length) {
    log(`tidak ada perubahan: lembar ${basename(options.sheet)} tidak berisi data baru${result.conflicts.length ? ` (${result.conflicts.length} isian berbeda dengan yang tercatat; lihat di atas)` : ''}.`);
    return 0;
  }
  if (options.dryRun) {
    log(`\nuji coba: ${result.changes.length} berkas akan diubah, ${result.copies.length} dokumen akan disalin; tidak ada berkas yang ditulis.`);
    return 0;
  }

  // Write, validate, and put everything back if validate refuses.
  const originals = result.writes.map((w) => ({ file: w.file, text: readFileSync(resolve(root, w.file), 'utf8') }));
  const copied: string[] = [];
  for (const c of result.copies) {
    const abs = join(paths.content, c.path);
    if (existsSync(abs)) continue;
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, c.bytes);
    copied.push(abs);
  }
  for (const w of result.writes) writeFileSync(resolve(root, w.file), w.text);
  const checked = await validateContentAndDocuments(paths, result.writes.map((w) => w.file));
  const errors = checked.problems.filter((p) => p.severity === 'error' && result.writes.some((w) => w.file === p.file));
  if (errors.length) {
    for (const o of originals) writeFileSync(resolve(root, o.file), o.text);
    for (const f of copied) rmSync(f);
    for (const p of errors) log(`✗ ${formatProblem(p)}`);
    log(`\nperubahan dari lembar ${basename(options.sheet)} ditolak pemeriksaan (npm run validate); tidak ada berkas yang diubah.`);
    return 1;
  }
  for (const c of copied) log(`✓ disalin: ${relative(root, c)}`);
  for (const w of result.writes) log(`✓ diperbarui: ${w.file}`);
  log(`\n${result.writes.length} berkas diperbarui dari lembar ${basename(options.sheet)}. Periksa perubahannya (git diff) sebelum mengajukan permintaan tinjauan.`);
  return 0;
}
