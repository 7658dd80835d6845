/**
 * The authoring tools as a new user runs them: `npm run new` with flags creates an `.md` entry
 * that passes validate and appears in the built site; the CSV import writes the good rows
 * of a sample sheet, reports the bad ones by row, refuses to overwrite, and its entries build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../helpers/content.ts';

let work: string;
let content: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'etalase-authoring-'));
  content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function npm(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const SAMPLE = join(ROOT, 'tests', 'fixtures', 'import-sample.csv');

describe('npm run new, non-interactive', () => {
  it('creates a valid entry from flags', () => {
    const r = npm(['new', '--', '--yes', '--title', 'Layanan Uji Perancah', '--opd', 'Dukcapil', '--tahapan', 'Uji Coba', '--jenis', 'digital',
      '--bentuk', 'pelayanan publik', '--urusan', 'administrasi-kependudukan', '--launched', '2021-03', '--summary', 'Ringkasan uji.',
      '--source-url', 'https://contoh.co.id/uji', '--source-title', 'Berita uji', '--source-publisher', 'Contoh News', '--source-date', '2021-03-05',
      '--latar', 'Masalah uji.', '--solusi', 'Solusi uji.', '--manfaat', 'Belum diukur.']);
    expect(r.status, r.out).toBe(0);
    const file = join(content, 'innovations', 'layanan-uji-perancah.md');
    expect(readFileSync(file, 'utf8')).toMatch(/^opd: disdukcapil$/m);
    expect(npm(['validate']).status).toBe(0);
  });

  it('refuses to overwrite an existing entry and says which flag is missing', () => {
    const again = npm(['new', '--', '--yes', '--title', 'Layanan Uji Perancah']);
    expect(again.status).toBe(1);
    expect(again.out).toMatch(/layanan-uji-perancah\.md sudah ada/);
    const missing = npm(['new', '--', '--yes', '--title', 'Layanan Lain Sama Sekali']);
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/--summary wajib diisi/);
  });
});

describe('npm run import', () => {
  const before = () => readdirSync(join(content, 'innovations')).sort();

  it('--dry-run reports every row and writes nothing', () => {
    const files = before();
    const r = npm(['import', '--', SAMPLE, '--dry-run']);
    expect(r.status).toBe(1); // two bad rows in the sample
    expect(r.out).toMatch(/baris 2: akan menulis .*layanan-uji-impor-satu\.md/);
    expect(before()).toEqual(files);
  });

  it('writes the good rows, reports the bad ones with their row numbers and reasons', () => {
    const r = npm(['import', '--', SAMPLE]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/✓ baris 2: .*layanan-uji-impor-satu\.md/);
    expect(r.out).toMatch(/✓ baris 3: .*layanan-uji-impor-dua\.md/);
    expect(r.out).toMatch(/✗ baris 4 \(Baris Salah OPD\):\n\s+- kolom "OPD" bernilai "Dinas Hantu"/);
    expect(r.out).toMatch(/✗ baris 5 \(Baris Salah Tahapan\):[\s\S]*kolom "Tahapan" bernilai "Selesai"[\s\S]*kolom "Sumber" bernilai "http:[\s\S]*kolom "Tanggal Sumber" bernilai "2021-02-30"/);
    expect(npm(['validate']).status).toBe(0);
  });

  it('never overwrites an existing entry unless --force', () => {
    const file = join(content, 'innovations', 'layanan-uji-impor-satu.md');
    const text = readFileSync(file, 'utf8');
    const r = npm(['import', '--', SAMPLE]);
    expect(r.out).toMatch(/baris 2: .*layanan-uji-impor-satu\.md sudah ada; tidak ditimpa/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('the new and imported entries appear in the built site, and round-trip through the open-data CSV', () => {
    const out = join(work, 'dist');
    const b = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(b.status, b.stdout + b.stderr).toBe(0);
    for (const id of ['layanan-uji-perancah', 'layanan-uji-impor-satu', 'layanan-uji-impor-dua']) {
      expect(existsSync(join(out, 'inovasi', id, 'index.html')), id).toBe(true);
    }
    const csvFile = join(out, 'data', 'inovasi.csv');
    if (!existsSync(csvFile)) return; // the open-data export is checked in its own suite
    const sheet = parse(readFileSync(SAMPLE, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const exported = parse(readFileSync(csvFile, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    // A cell becomes Markdown, where a single line break is a soft break: compare the words.
    const words = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    for (const row of sheet.slice(0, 2)) {
      const back = exported.find((r) => r['Nama Inovasi'] === row['Nama Inovasi']);
      expect(back, row['Nama Inovasi']).toBeDefined();
      // "Latar Belakang" and "Rancang Bangun" (= Solusi) come back together in the form's "Rancang Bangun".
      expect(words(back!['Rancang Bangun'])).toBe(words(`Latar belakang: ${row['Latar Belakang']} Solusi: ${row['Rancang Bangun']}`));
      for (const column of ['Tujuan', 'Manfaat']) expect(words(back![column]), column).toBe(words(row[column]));
      expect(back!['Nama OPD']).toMatch(/Dinas/);
    }
  });
});
