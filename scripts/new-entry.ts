/**
 * npm run new — creates content/innovations/<id>.mdx, asking for what it needs
 * (or taking it from flags, for scripts and tests), then validates the new file.
 *
 *   npm run new
 *   npm run new -- --title "Nama Inovasi" --opd disdukcapil --tahapan penerapan --jenis digital \
 *     --bentuk pelayanan-publik --urusan administrasi-kependudukan --summary "…" \
 *     --source-url https://… --source-title "…" --source-publisher "…" --source-date 2020-10-02 \
 *     --latar "…" --solusi "…" --manfaat "…"
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as p from '@clack/prompts';
import { BENTUK, JENIS, TAHAPAN, URUSAN, URUSAN_GROUP, type Choice } from '../src/schema/enums.ts';
import { entryText, matchChoice, matchOpd, newFrontmatter, slugify } from '../src/authoring/entry-writer.ts';
import { readOpdNames } from '../src/authoring/opd-registry.ts';
import { contentPaths, validateContent } from '../src/validation/content.ts';
import { formatProblem } from '../src/validation/problems.ts';

const HELP = `Pemakaian: npm run new [-- --flag nilai …]
Membuat berkas content/innovations/<id>.mdx baru lalu memeriksanya.
Tanpa flag, pertanyaan diajukan satu per satu. Flag (semua opsional):
  --title, --id, --summary, --opd (id, singkatan atau nama), --tahapan, --jenis, --bentuk, --urusan,
  --started, --trial, --launched (TTTT, TTTT-BB atau TTTT-BB-HH), --status (default tidak-diketahui),
  --source-url, --source-title, --source-publisher, --source-date (atau "tidak-diketahui" + --source-event-date),
  --latar, --solusi, --manfaat (teks tiap bagian), --yes (jangan bertanya; gagal bila ada yang kurang)`;

const { values: flags } = parseArgs({
  options: {
    title: { type: 'string' }, id: { type: 'string' }, summary: { type: 'string' }, opd: { type: 'string' },
    tahapan: { type: 'string' }, jenis: { type: 'string' }, bentuk: { type: 'string' }, urusan: { type: 'string' },
    started: { type: 'string' }, trial: { type: 'string' }, launched: { type: 'string' }, status: { type: 'string' },
    'source-url': { type: 'string' }, 'source-title': { type: 'string' }, 'source-publisher': { type: 'string' },
    'source-date': { type: 'string' }, 'source-event-date': { type: 'string' },
    latar: { type: 'string' }, solusi: { type: 'string' }, manfaat: { type: 'string' },
    yes: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const root = process.cwd();
const paths = contentPaths(root, process.env.CONTENT_DIR ?? 'content');
const opds = readOpdNames(paths.opd);
const interactive = !flags.yes && process.stdin.isTTY;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function cancelled<T>(value: T | symbol): T {
  if (p.isCancel(value)) {
    p.cancel('Dibatalkan; tidak ada berkas yang dibuat.');
    process.exit(1);
  }
  return value as T;
}

async function askText(flag: string | undefined, message: string, options: { required?: boolean; placeholder?: string } = {}): Promise<string | undefined> {
  if (flag !== undefined) return flag;
  if (!interactive) {
    if (options.required) fail(`--${message} wajib diisi (jalankan tanpa --yes untuk ditanya).`);
    return undefined;
  }
  const value = cancelled(
    await p.text({ message, placeholder: options.placeholder, validate: (v) => (options.required && !v?.trim() ? 'Wajib diisi.' : undefined) }),
  );
  return value?.trim() || undefined;
}

async function askChoice(flag: string | undefined, name: string, message: string, list: readonly (Choice & { group?: string })[]): Promise<string> {
  if (flag !== undefined) {
    const id = matchChoice(list, flag);
    if (!id) fail(`--${name} "${flag}" tidak dikenal; pilih salah satu: ${list.map((c) => c.id).join(', ')}.`);
    return id;
  }
  if (!interactive) fail(`--${name} wajib diisi; pilih salah satu: ${list.map((c) => c.id).join(', ')}.`);
  return cancelled(
    await p.select({
      message,
      options: list.map((c) => ({ value: c.id, label: c.label, hint: c.group ? URUSAN_GROUP.find((g) => g.id === c.group)?.label : undefined })),
    }),
  ) as string;
}

if (interactive) p.intro('Inovasi baru — Etalase Inovasi');

const title = (await askText(flags.title, 'title', { required: true, placeholder: 'Nama inovasi, mis. "SIANDUK — Antar-Jemput Dokumen"' }))!;
const id = flags.id ?? slugify(title);
const file = join(paths.innovations, `${id}.mdx`);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(`id "${id}" tidak valid; gunakan huruf kecil, angka dan tanda hubung.`);
if (existsSync(file)) fail(`${relative(root, file)} sudah ada; pilih judul atau --id lain (entri yang ada tidak ditimpa).`);

const summary = (await askText(flags.summary, 'summary', { required: true, placeholder: 'Satu atau dua kalimat: apa ini dan siapa yang terbantu' }))!;

let opd: string | undefined;
if (flags.opd !== undefined) {
  opd = matchOpd(opds, flags.opd);
  if (!opd) fail(`--opd "${flags.opd}" tidak ada di content/opd/; gunakan id, singkatan atau nama OPD yang terdaftar.`);
} else if (interactive) {
  opd = cancelled(await p.select({ message: 'OPD pemilik', options: opds.map((o) => ({ value: o.id, label: o.abbreviation ? `${o.abbreviation} — ${o.name}` : o.name })) })) as string;
} else fail('--opd wajib diisi.');

const tahapan = await askChoice(flags.tahapan, 'tahapan', 'Tahapan', TAHAPAN);
const jenis = await askChoice(flags.jenis, 'jenis', 'Jenis', JENIS);
const bentuk = await askChoice(flags.bentuk, 'bentuk', 'Bentuk', BENTUK);
const urusan = await askChoice(flags.urusan, 'urusan', 'Urusan pemerintahan', URUSAN);
const launched = await askText(flags.launched, 'Tanggal diluncurkan (TTTT-BB-HH, TTTT-BB atau TTTT; kosongkan bila tidak diketahui)');
const sourceUrl = await askText(flags['source-url'], 'Alamat https sumber (berita atau situs resmi)', { required: true });
const sourceTitle = await askText(flags['source-title'], 'Judul sumber', { required: true });
const sourcePublisher = await askText(flags['source-publisher'], 'Penerbit sumber', { required: true });
const sourceDate = (await askText(flags['source-date'], 'Tanggal terbit sumber (atau "tidak-diketahui")', { required: true }))!;
const sourceEventDate = sourceDate === 'tidak-diketahui' ? await askText(flags['source-event-date'], 'Tanggal peristiwa yang diberitakan', { required: true }) : undefined;

const sourceId = slugify(`${sourcePublisher ?? 'sumber'} ${sourceDate === 'tidak-diketahui' ? (sourceEventDate ?? '') : sourceDate}`, 40) || 'sumber-1';
const frontmatter = newFrontmatter({
  title,
  summary,
  opd,
  tahapan,
  jenis,
  bentuk,
  urusan,
  started: flags.started,
  trial: flags.trial,
  launched,
  status: flags.status,
  source: { id: sourceId, title: sourceTitle, url: sourceUrl, publisher: sourcePublisher, date: sourceDate, eventDate: sourceEventDate },
});

const text = entryText({ frontmatter, latarBelakang: flags.latar, solusi: flags.solusi, manfaat: flags.manfaat });
writeFileSync(file, text);
const rel = relative(root, file);
const problems = validateContent(paths, [rel]).problems;
const errors = problems.filter((x) => x.severity === 'error');
for (const x of problems) console.log(formatProblem(x));
if (errors.length) {
  console.log(`\n${rel} dibuat, tetapi belum lolos pemeriksaan: lengkapi bagian di atas lalu jalankan "npm run validate ${rel}".`);
  process.exit(1);
}
if (interactive) p.outro(`${rel} dibuat dan lolos pemeriksaan.`);
else console.log(`✓ ${rel} dibuat dan lolos pemeriksaan.`);
