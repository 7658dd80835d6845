/**
 * npm run validate [files…]            checks content without building the site.
 * npm run validate -- --changed [--base <ref>]
 *   checks only the files the branch changed against the base branch (see src/validation/changed.ts):
 *   their problems in full, the rest of the catalogue's warnings summed up in one line.
 * Prints one Indonesian line per problem (file:line: "field" message) and, inside GitHub
 * Actions, workflow annotations. Exits 1 when any error is found.
 */
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { validateContentAndDocuments as validateContent, contentPaths, listFiles, type ValidationResult } from '../src/validation/content.ts';
import { documentHash, fillDocumentHashes } from '../src/authoring/document-hash.ts';
import { changedScope, previousFrontmatter } from '../src/validation/changed.ts';
import { formatProblem, githubAnnotation } from '../src/validation/problems.ts';
import { formatNumber } from '../src/lib/format.ts';

const USAGE = `Pemakaian: npm run validate [berkas…]
       npm run validate -- --changed [--base <ref>]
Memeriksa semua entri (atau berkas yang disebut) tanpa membangun situs.
--changed      hanya berkas yang diubah cabang ini terhadap cabang dasar (merge-base dengan
               --base, origin/<cabang tujuan PR>, origin/main, atau main); peringatan entri lain
               diringkas dalam satu baris. Bila cabang dasar tidak ditemukan, semua entri diperiksa.
               Bila yang diubah adalah berkas bersama (content/opd/, content/site.yaml, content/claims/,
               src/schema/, src/validation/), semua entri diperiksa karena semuanya bisa terdampak.
--base <ref>   cabang atau commit pembanding untuk --changed.
--isi-sidik    tulis "sha256" yang belum ada di samping setiap "file:" dokumen (entri, OPD, site.yaml),
               lalu periksa seperti biasa. Sidik yang sudah tercatat tidak pernah diganti.`;

let flags: { changed?: boolean; base?: string; help?: boolean; 'isi-sidik'?: boolean };
let files: string[];
try {
  const parsed = parseArgs({
    allowPositionals: true,
    options: { changed: { type: 'boolean' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' }, 'isi-sidik': { type: 'boolean' } },
  });
  flags = parsed.values;
  files = parsed.positionals;
} catch (e) {
  console.log(`✗ flag ${/'([^']+)'/.exec((e as Error).message)?.[1] ?? ''} tidak dikenal.\n${USAGE}`);
  process.exit(1);
}
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = process.cwd();
const contentDir = process.env.CONTENT_DIR ?? 'content';
const paths = contentPaths(root, contentDir);
const started = performance.now();
const annotate = process.env.GITHUB_ACTIONS === 'true';

if (flags['isi-sidik']) {
  for (const file of [...listFiles(paths.innovations, ['.md', '.mdx']), ...listFiles(paths.opd, ['.yaml', '.yml']), paths.site]) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const { text: next, filled } = fillDocumentHashes(text, (p) => documentHash(paths.content, p));
    if (filled.length) {
      writeFileSync(file, next);
      console.log(`✓ ${relative(root, file)}: sidik dicatat untuk ${filled.join(', ')}`);
    }
  }
}

let result: ValidationResult;
let scope = '';
if (flags.changed) {
  const changed = changedScope(root, contentDir, flags.base);
  if (!changed.entries) {
    console.log(`(catatan) ${changed.fallback}`);
    result = await validateContent(paths);
  } else {
    const entries = changed.entries;
    scope = `${entries.length} berkas diubah terhadap ${changed.base} (${changed.mergeBase!.slice(0, 7)})`;
    console.log(entries.length ? `Memeriksa ${scope}: ${entries.join(', ')}` : `Tidak ada entri yang diubah terhadap ${changed.base}; hanya aturan antar-entri yang diperiksa.`);
    result = await validateContent(paths, entries, { quickRest: true, previous: (file) => previousFrontmatter(root, changed.mergeBase!, file) });
  }
} else {
  result = await validateContent(paths, files.length ? files : undefined);
}

const { problems, innovations, opds, restWarnings } = result;
const infos = problems.filter((p) => p.severity === 'info');
// Many entries without English text is normal: past a screenful they are summed up in one line.
const INFO_LINES = 20;
for (const p of problems) {
  if (p.severity === 'info' && infos.length > INFO_LINES) continue;
  console.log(formatProblem(p));
  if (annotate) console.log(githubAnnotation(p));
}
if (infos.length > INFO_LINES) {
  const names = infos.map((p) => p.file);
  console.log(`(info) ${infos.length} entri belum lengkap teks bahasa Inggrisnya (titleEn, summaryEn, storyEn), mis. ${names.slice(0, 5).join(', ')}. Bukan kesalahan; jalankan "npm run validate <berkas>" untuk rinciannya.`);
}
if (restWarnings?.length) {
  const n = new Set(restWarnings.map((p) => p.file)).size;
  console.log(
    `(ringkasan) ${formatNumber(restWarnings.length)} peringatan lain di ${formatNumber(n)} entri yang tidak diubah (tanggal "lastVerified" sudah lama); bukan dari perubahan ini. Jalankan "npm run validate" untuk daftarnya.`,
  );
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.filter((p) => p.severity === 'warning').length;
const ms = Math.round(performance.now() - started);
const where = scope ? `${scope}; katalog ${innovations} inovasi dan ${opds} OPD` : `${innovations} inovasi dan ${opds} OPD`;
console.log(
  errors
    ? `\n✗ ${errors} kesalahan, ${warnings} peringatan di ${where} (${ms} ms). Perbaiki baris di atas lalu jalankan lagi.`
    : `✓ ${scope ? `${where}: valid` : `${where} valid`}${warnings ? `, ${warnings} peringatan` : ''} (${ms} ms).`,
);
process.exitCode = errors ? 1 : 0;
