/**
 * npm run validate [files…] — checks content without building the site.
 * Prints one Indonesian line per problem (file:line: "field" message) and,
 * inside GitHub Actions, workflow annotations. Exits 1 when any error is found.
 */
import { validateContent, contentPaths } from '../src/validation/content.ts';
import { formatProblem, githubAnnotation } from '../src/validation/problems.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('Pemakaian: npm run validate [berkas…]\nMemeriksa semua entri (atau berkas yang disebut) tanpa membangun situs.');
  process.exit(0);
}
const root = process.cwd();
const started = performance.now();
const { problems, innovations, opds } = validateContent(contentPaths(root, process.env.CONTENT_DIR ?? 'content'), args.length ? args : undefined);
const infos = problems.filter((p) => p.severity === 'info');
// Many entries without English text is normal: past a screenful they are summed up in one line.
const INFO_LINES = 20;
for (const p of problems) {
  if (p.severity === 'info' && infos.length > INFO_LINES) continue;
  console.log(formatProblem(p));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(p));
}
if (infos.length > INFO_LINES) {
  const files = infos.map((p) => p.file);
  console.log(`(info) ${infos.length} entri belum lengkap teks bahasa Inggrisnya (titleEn, summaryEn, storyEn), mis. ${files.slice(0, 5).join(', ')}. Bukan kesalahan; jalankan "npm run validate <berkas>" untuk rinciannya.`);
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.filter((p) => p.severity === 'warning').length;
const ms = Math.round(performance.now() - started);
console.log(
  errors
    ? `\n✗ ${errors} kesalahan, ${warnings} peringatan di ${innovations} inovasi dan ${opds} OPD (${ms} ms). Perbaiki baris di atas lalu jalankan lagi.`
    : `✓ ${innovations} inovasi dan ${opds} OPD valid${warnings ? `, ${warnings} peringatan` : ''} (${ms} ms).`,
);
process.exitCode = errors ? 1 : 0;
