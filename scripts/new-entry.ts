/**
 * npm run new — creates content/innovations/<id>.md, asking for what it needs in Indonesian
 * (or taking it from flags, for scripts and tests), then validates the new file.
 *
 *   npm run new
 *   npm run new -- --title "Nama Inovasi" --opd disdukcapil --tahapan penerapan --jenis digital \
 *     --bentuk pelayanan-publik --urusan administrasi-kependudukan --summary "…" \
 *     --status berjalan --last-verified 2026-11-01 \
 *     --source-url https://… --source-title "…" --source-publisher "…" --source-date 2020-10-02 \
 *     --latar "…" --solusi "…" --manfaat "…"
 *   npm run new -- --help    (every flag)
 */
import { runNewEntry } from '../src/authoring/new-entry-run.ts';

process.exitCode = await runNewEntry({
  argv: process.argv.slice(2),
  root: process.cwd(),
  contentDir: process.env.CONTENT_DIR ?? 'content',
  interactive: Boolean(process.stdin.isTTY),
  print: (line) => console.log(line),
});
