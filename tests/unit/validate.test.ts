import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentPaths, lineOfField, topLevelKeyLine, validateContent } from '../../src/validation/content.ts';
import { formatProblem, githubAnnotation, warningLines, type Problem } from '../../src/validation/problems.ts';
import { ROOT } from '../helpers/content.ts';
import { MINIMAL_ENTRY_FIELDS, MINIMAL_OPD, MINIMAL_SITE } from '../helpers/minimal-content.ts';

const OPD = MINIMAL_OPD;
const SITE = MINIMAL_SITE;

function entry(front: string, body = '## Latar belakang\n\nMasalahnya.\n\n## Solusi\n\nCaranya.\n\n## Manfaat\n\nHasilnya.\n') {
  return `---\n${MINIMAL_ENTRY_FIELDS}${front}sources:\n  - id: a\n    title: Berita A\n    url: https://contoh.co.id/a\n    publisher: Contoh News\n    date: 2020-10-02\n---\n${body}`;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'etalase-validate-'));
  mkdirSync(join(dir, 'content', 'innovations'), { recursive: true });
  mkdirSync(join(dir, 'content', 'opd'), { recursive: true });
  writeFileSync(join(dir, 'content', 'opd', 'dinas-contoh.yaml'), OPD);
  writeFileSync(join(dir, 'content', 'site.yaml'), SITE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(join(dir, 'content', 'innovations', name), text);
/** Errors and warnings (information about missing English text is tested on its own). */
const run = (only?: string[]) => validateContent(contentPaths(dir), only).problems.filter((p) => p.severity !== 'info').map(formatProblem);
const infos = () => validateContent(contentPaths(dir)).problems.filter((p) => p.severity === 'info');

describe('validateContent', () => {
  it('passes a valid entry', () => {
    write('baik.mdx', entry(''));
    expect(run()).toEqual([]);
  });

  it('reports published entries without English text as information, not as an error', () => {
    write('tanpa-inggris.mdx', entry(''));
    write('sebagian.mdx', entry('titleEn: Sample Service\n').replace('title: Layanan Contoh', 'title: Layanan Kedua'));
    write('lengkap.mdx', entry('titleEn: Third Service\nsummaryEn: Short.\nstoryEn: |\n  First paragraph.\n\n  Second paragraph.\n').replace('title: Layanan Contoh', 'title: Layanan Ketiga'));
    write('draf.mdx', entry('draft: true\n').replace('title: Layanan Contoh', 'title: Layanan Draf'));
    const found = infos();
    expect(found.map((p) => p.file).sort()).toEqual(['content/innovations/sebagian.mdx', 'content/innovations/tanpa-inggris.mdx']);
    const none = found.find((p) => p.file.endsWith('tanpa-inggris.mdx'))!;
    expect(none.message).toContain('titleEn, summaryEn, storyEn');
    const partial = found.find((p) => p.file.endsWith('sebagian.mdx'))!;
    expect(partial.message).toContain('(summaryEn, storyEn)');
    // An English title alone makes no English page (hasEnglishPage): the message says so.
    expect(partial.message).toContain('belum ada halaman /en/');
    write('tanpa-cerita.mdx', entry('titleEn: Fourth Service\nsummaryEn: Short.\n').replace('title: Layanan Contoh', 'title: Layanan Keempat'));
    const story = infos().find((p) => p.file.endsWith('tanpa-cerita.mdx'))!;
    expect(story.message).toContain('(storyEn)');
    expect(story.message).not.toContain('belum ada halaman /en/');
    rmSync(join(dir, 'content', 'innovations', 'tanpa-cerita.mdx'));
    expect(run()).toEqual([]);
  });

  it('holds the English fields to the rules of their Indonesian twins', () => {
    write('panjang.mdx', entry(`titleEn: ${'A'.repeat(121)}\nsummaryEn: "  "\nstoryEn: "<b>Bold</b> text"\n`));
    const out = run().join('\n');
    expect(out).toMatch(/"titleEn"/);
    expect(out).toMatch(/"summaryEn"/);
    expect(out).toMatch(/"storyEn".*teks biasa/);
  });

  it('reports every problem of a file in one run, with file, line and field', () => {
    write('buruk.mdx', entry('tahpan: x\nlaunched: 2020-02-30\n').replace('tahapan: penerapan', 'tahapan: selesai').replace('opd: dinas-contoh', 'opd: dinas-hantu'));
    const out = run();
    expect(out).toContain('content/innovations/buruk.mdx:5: "tahapan" bernilai "selesai"; pilih salah satu: inisiatif, uji-coba, penerapan.');
    expect(out).toContain('content/innovations/buruk.mdx:11: "tahpan" kolom "tahpan" tidak dikenal; mungkin maksudnya "tahapan"?');
    expect(out.find((l) => l.startsWith('content/innovations/buruk.mdx:12: "launched" bernilai 2020-02-30'))).toBeDefined();
    expect(out.find((l) => l.startsWith('content/innovations/buruk.mdx:4: "opd" bernilai "dinas-hantu", tetapi tidak ada OPD'))).toBeDefined();
  });

  it('finds duplicate titles and empty bodies across files', () => {
    write('satu.mdx', entry(''));
    write('dua.mdx', entry('', '\n'));
    const out = run();
    expect(out.some((l) => l.startsWith('content/innovations/satu.mdx:2: "title" bernilai "Layanan Contoh", sama dengan judul di content/innovations/dua.mdx'))).toBe(true);
    expect(out.some((l) => l.startsWith('content/innovations/dua.mdx:2: "title" bernilai "Layanan Contoh", sama dengan judul di content/innovations/satu.mdx'))).toBe(true);
    expect(out.some((l) => l.startsWith('content/innovations/dua.mdx: "isi" (teks di bawah frontmatter) kosong'))).toBe(true);
  });

  it('reports malformed YAML with its line', () => {
    write('rusak.mdx', entry('tags: [KTP\n'));
    expect(run()[0]).toMatch(/^content\/innovations\/rusak\.mdx:\d+: "\w+" frontmatter \(YAML\) tidak dapat dibaca/);
  });

  it('refuses a plain date where text is expected, as the build reads it (a date), naming field and line', () => {
    write('tanggal.mdx', entry('').replace('title: Layanan Contoh', 'title: 2020-10-02'));
    expect(run()).toEqual([expect.stringMatching(/^content\/innovations\/tanggal\.mdx:2: "title" .*seharusnya teks\..*apit dengan tanda kutip/)]);
    write('tanggal.mdx', entry('').replace('title: Layanan Contoh', 'title: "2020-10-02"'));
    expect(run()).toEqual([]);
  });

  it('limits output to the named files', () => {
    write('baik.mdx', entry(''));
    write('buruk.mdx', entry('').replace('jenis: digital', 'jenis: analog').replace('Layanan Contoh', 'Layanan Lain'));
    expect(run(['content/innovations/baik.mdx'])).toEqual([]);
    expect(run(['content/innovations/buruk.mdx'])).toHaveLength(1);
  });

  it('names the line of a stale verification date', () => {
    const text = entry('lastVerified: 2019-03-01\nstatusSource: a\n').replace('status: tidak-diketahui', 'status: berjalan');
    write('lama.mdx', text);
    const line = text.split('\n').indexOf('lastVerified: 2019-03-01') + 1;
    const stale = validateContent(contentPaths(dir)).problems.filter((p) => p.field === 'lastVerified');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'warning', line, file: 'content/innovations/lama.mdx' });
  });

  it('writes GitHub annotations with file and line', () => {
    write('buruk.mdx', entry('').replace('jenis: digital', 'jenis: analog'));
    const [problem] = validateContent(contentPaths(dir)).problems;
    expect(githubAnnotation(problem!)).toMatch(/^::error file=content\/innovations\/buruk\.mdx,line=6,title=jenis::/);
  });
});

describe('the published content', () => {
  it('passes validation with no error', () => {
    const errors = validateContent(contentPaths(ROOT)).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
  });
});

describe('topLevelKeyLine', () => {
  it('agrees with the YAML parser on every top-level key of the real entries and OPDs', { timeout: 60_000 }, () => {
    const dirs = [join(ROOT, 'content', 'innovations'), join(ROOT, 'content', 'opd')];
    let compared = 0;
    for (const d of dirs) {
      for (const name of readdirSync(d).filter((n) => /\.(mdx?|ya?ml)$/.test(n))) {
        const text = readFileSync(join(d, name), 'utf8');
        const yamlText = /\.mdx?$/.test(name) ? text.split(/^---\r?$/m)[1]!.replace(/^\r?\n/, '') : text;
        for (const key of [...yamlText.matchAll(/^([A-Za-z][\w-]*):/gm)].map((m) => m[1]!)) {
          expect(topLevelKeyLine(yamlText, key), `${name}: ${key}`).toBe(lineOfField(yamlText, key));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
    // Parses the YAML once per key of every real file; the catalogue grows, so allow time on a busy machine.
  });

  it('leaves nested, longer, repeated and quoted keys to the parser', () => {
    const yamlText = 'title: A\nsources:\n  - id: a\n    date: 2020-01-01\nlastVerifiedNote: x\nstory: |\n  date: kutipan\n"status": berjalan\n';
    expect(topLevelKeyLine(yamlText, 'title')).toBe(1);
    expect(topLevelKeyLine(yamlText, 'sources')).toBe(2);
    expect(topLevelKeyLine(yamlText, 'date')).toBeUndefined();
    expect(topLevelKeyLine(yamlText, 'lastVerified')).toBeUndefined();
    expect(topLevelKeyLine(yamlText, 'status')).toBeUndefined();
    expect(topLevelKeyLine('a: 1\na: 2\n', 'a')).toBeUndefined();
    expect(topLevelKeyLine('a.b: 1\naxb: 2\n', 'a.b')).toBe(1);
  });
});

describe('warningLines (build log)', () => {
  const warning = (n: number, file = `content/innovations/e${n}.md`): Problem => ({ file, line: 12, field: 'lastVerified', severity: 'warning', message: `lama ${n}` });

  it('prints every warning up to the limit', () => {
    const ws = [1, 2, 3].map((n) => warning(n));
    expect(warningLines(ws, 3)).toEqual(ws.map(formatProblem));
  });

  it('prints the first ones and counts the rest with their files', () => {
    const ws = [1, 2, 3, 4, 5].map((n) => warning(n, n === 5 ? 'content/innovations/e4.md' : undefined));
    const lines = warningLines(ws, 2);
    expect(lines.slice(0, 2)).toEqual(ws.slice(0, 2).map(formatProblem));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/\b3 peringatan lain di 2 berkas\b/);
    expect(lines[2]).toContain('npm run validate');
  });
});
