/**
 * `npm run new`: flags (including --last-verified and a mistyped flag), answers checked at the
 * prompt, the OPD list filtered by typing, and a whole interactive run driven through a pipe
 * into the real prompts — each ending in a `.md` entry that passes the validator.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { runNewEntry } from '../../src/authoring/new-entry-run.ts';
import { closestFlag, dateAnswerProblem, opdOptions, optionMatches, parseNewEntryArgs, urlAnswerProblem } from '../../src/authoring/new-entry-cli.ts';
import { readOpdNames } from '../../src/authoring/opd-registry.ts';
import { contentPaths, validateContent } from '../../src/validation/content.ts';
import { ROOT } from '../helpers/content.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'etalase-new-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FLAGS = [
  '--title', 'Layanan Uji Baru', '--summary', 'Warga mengurus dokumen dari rumah.', '--opd', 'Dukcapil',
  '--tahapan', 'penerapan', '--jenis', 'digital', '--bentuk', 'pelayanan-publik', '--urusan', 'administrasi-kependudukan',
  '--source-url', 'https://contoh.co.id/berita', '--source-title', 'Berita peluncuran', '--source-publisher', 'Tempo', '--source-date', '2020-11-03',
  '--latar', 'Antrean panjang.', '--solusi', 'Pendaftaran daring.', '--manfaat', 'Warga tidak perlu datang.',
];
const errorsOf = (file: string) => validateContent(contentPaths(dir), [file]).problems.filter((p) => p.severity === 'error');

describe('npm run new with flags', () => {
  it('accepts --status berjalan with --last-verified and writes a .md entry that validates', async () => {
    const lines: string[] = [];
    const code = await runNewEntry({ argv: [...FLAGS, '--status', 'berjalan', '--last-verified', '2026-11-01'], root: dir, interactive: false, print: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/lolos pemeriksaan/);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'content', 'innovations', 'layanan-uji-baru.mdx'))).toBe(false);
    const text = readFileSync(join(dir, 'content', 'innovations', 'layanan-uji-baru.md'), 'utf8');
    expect(text).toMatch(/^status: berjalan$/m);
    expect(text).toMatch(/^lastVerified: 2026-11-01$/m);
    expect(text).toMatch(/^ {2}- id: tempo-2020-11-03$/m);
    expect(errorsOf('content/innovations/layanan-uji-baru.md')).toEqual([]);
  });

  it('cites an office document with --source-file: copies it into content/dokumen/<opd>/ and records its hash', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const pdfDoc = await PDFDocument.create();
    pdfDoc.addPage([200, 200]);
    const bytes = await pdfDoc.save();
    const from = join(dir, 'Laporan Kinerja 2025.pdf');
    writeFileSync(from, bytes);
    const argv = FLAGS.filter((_, i, all) => all[i] !== '--source-url' && all[i - 1] !== '--source-url');
    const lines: string[] = [];
    const code = await runNewEntry({ argv: [...argv, '--source-file', from, '--source-number', '050/1-Uji'], root: dir, interactive: false, print: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/lolos pemeriksaan/);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'content', 'innovations', 'layanan-uji-baru.md'), 'utf8');
    expect(text).toMatch(/^ {2}- kind: dokumen$/m);
    expect(text).toMatch(/^ {4}file: dokumen\/disdukcapil\/laporan-kinerja-2025\.pdf$/m);
    expect(text).toContain(`sha256: ${createHash('sha256').update(bytes).digest('hex')}`);
    expect(text).not.toMatch(/^ {4}url:/m);
    expect(readFileSync(join(dir, 'content', 'dokumen', 'disdukcapil', 'laporan-kinerja-2025.pdf'))).toEqual(Buffer.from(bytes));
  });

  it('refuses --status berjalan without --last-verified, naming the flag, and writes nothing', async () => {
    const lines: string[] = [];
    const code = await runNewEntry({ argv: [...FLAGS, '--status', 'berjalan', '--yes'], root: dir, interactive: false, print: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/--last-verified wajib diisi/);
    expect(readdirSync(join(dir, 'content', 'innovations')).filter((f) => f.startsWith('layanan-uji'))).toEqual([]);
  });

  it('explains a mistyped flag in Indonesian with the flag list, not a Node stack', () => {
    const r = parseNewEntryArgs(['--titel', 'X']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^flag "--titel" tidak dikenal\. Mungkin maksudnya --title\?/);
    expect(r.message).toMatch(/--last-verified <nilai>/);
    expect(closestFlag('--lastverified')).toBe('last-verified');
    expect(parseNewEntryArgs(['--title']).ok).toBe(false);

    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'new-entry.ts'), '--judul', 'X'], { cwd: dir, encoding: 'utf8' });
    const out = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(out).toMatch(/flag "--judul" tidak dikenal/);
    expect(out).toMatch(/Flag yang tersedia/);
    expect(out).not.toMatch(/ERR_PARSE_ARGS|TypeError|at parseArgs/);
  });
});

describe('answers checked at the prompt', () => {
  it('checks dates as the schema does', () => {
    expect(dateAnswerProblem('2020-02-30')).toMatch(/tidak ada di kalender/);
    expect(dateAnswerProblem('02/10/2020')).toMatch(/TTTT-BB-HH/);
    expect(dateAnswerProblem('2031-01', { today: new Date('2030-06-01') })).toMatch(/masa depan/);
    expect(dateAnswerProblem('2020-10')).toBeUndefined();
    expect(dateAnswerProblem('', { required: true })).toBe('Wajib diisi.');
    expect(dateAnswerProblem('')).toBeUndefined();
    expect(dateAnswerProblem('tidak-diketahui', { unknownAllowed: true })).toBeUndefined();
    expect(dateAnswerProblem('tidak-diketahui')).toBeDefined();
    expect(urlAnswerProblem('http://contoh.co.id')).toMatch(/https/);
    expect(urlAnswerProblem('contoh.co.id')).toMatch(/alamat web lengkap/);
  });

  it('filters the OPD list by what is typed (abbreviation, words of the name, aliases)', () => {
    const options = opdOptions(readOpdNames(join(ROOT, 'content', 'opd')));
    expect(options.length).toBeGreaterThan(30);
    expect(options.filter((o) => optionMatches('dukcapil', o)).map((o) => o.value)).toEqual(['disdukcapil']);
    expect(options.filter((o) => optionMatches('terpadu satu pintu', o)).map((o) => o.value)).toEqual(['dpmptsp']);
    expect(options.filter((o) => optionMatches('DINAS', o)).length).toBeGreaterThan(5);
  });
});

/** Feeds answers to the real prompts: waits until a question is shown, then types. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let seen = '';
  let waiters: (() => void)[] = [];
  output.on('data', (chunk: Buffer) => {
    seen += chunk.toString('utf8');
    for (const w of waiters) w();
  });
  return {
    input,
    output,
    text: () => seen,
    async answer(question: string, keys: string) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`question not shown: ${question}\n${seen.slice(-2000)}`)), 10_000);
        const check = () => {
          if (seen.includes(question)) {
            clearTimeout(timer);
            waiters = waiters.filter((w) => w !== check);
            resolve();
          }
        };
        waiters.push(check);
        check();
      });
      seen = '';
      for (const key of keys.match(/\x1b\[[A-D]|[\s\S]/g) ?? []) input.write(key);
    },
  };
}

describe('npm run new in a terminal', () => {
  it('asks in Indonesian, filters the OPD list by typing, refuses an impossible date, and ends with a valid .md entry', async () => {
    const t = terminal();
    const lines: string[] = [];
    const done = runNewEntry({ argv: [], root: dir, interactive: true, input: t.input, output: t.output, print: (l) => lines.push(l) });
    await t.answer('Nama inovasi', 'Layanan Interaktif\r');
    await t.answer('Ringkasan', 'Warga mendaftar dari rumah.\r');
    await t.answer('OPD pemilik', 'dukcapil\r');
    await t.answer('Tahapan inovasi', '\x1b[B\x1b[B\r'); // third: penerapan
    await t.answer('Jenis inovasi', '\r');
    await t.answer('Bentuk inovasi', '\r');
    await t.answer('Urusan pemerintahan', 'kependudukan\r');
    await t.answer('Tanggal diluncurkan', '2020-02-30\r');
    await t.answer('tidak ada di kalender', '\b\b\b\b\b\b\b\b\b\b2020-02-03\r');
    await t.answer('Status saat ini', '\r'); // berjalan
    await t.answer('terakhir dipastikan', '2026-10\r');
    await t.answer('alamat https', 'https://contoh.co.id/berita\r');
    await t.answer('judul halaman', 'Berita peluncuran\r');
    await t.answer('penerbit', 'Kompas.com\r');
    await t.answer('tanggal terbit', '2020-02-03\r');
    await t.answer('Latar belakang', 'Antrean panjang.\r');
    await t.answer('Solusi', 'Pendaftaran daring.\r');
    await t.answer('Manfaat', 'Warga tidak perlu datang.\r');
    expect(await done).toBe(0);
    const text = readFileSync(join(dir, 'content', 'innovations', 'layanan-interaktif.md'), 'utf8');
    expect(text).toMatch(/^opd: disdukcapil$/m);
    expect(text).toMatch(/^tahapan: penerapan$/m);
    expect(text).toMatch(/^urusan: administrasi-kependudukan$/m);
    expect(text).toMatch(/^launched: 2020-02-03$/m);
    expect(text).toMatch(/^lastVerified: 2026-10$/m);
    expect(text).toMatch(/^ {2}- id: kompas-com-2020-02-03$/m);
    expect(text).toMatch(/## Solusi\n\nPendaftaran daring\./);
    expect(errorsOf('content/innovations/layanan-interaktif.md')).toEqual([]);
  }, 30_000);
});
