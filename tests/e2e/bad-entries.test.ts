/**
 * A catalogue of bad entries, one or more per validation rule. For each: `npm run validate`
 * exits non-zero naming the file and the field, and `astro build` refuses the content while
 * every other entry is left untouched. A control case shows the base entry is valid.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content.ts';

const BASE = `---
title: Entri Uji Validasi
summary: Entri buatan untuk menguji aturan validasi.
opd: disdukcapil
tahapan: penerapan
jenis: digital
bentuk: pelayanan-publik
urusan: administrasi-kependudukan
launched: 2020-10-02
status: berjalan
lastVerified: 2020-11-02
confidence: satu-sumber
links:
  - title: Situs contoh
    url: https://contoh.go.id/
images: []
metrics:
  - type: output
    name: Dokumen dikirim
    unit: dokumen per hari
    baseline:
      value: 10
      date: 2020-01-15
      source: berita-uji
    values:
      - value: 30
        date: 2020-10-03
        source: berita-uji
sources:
  - id: berita-uji
    title: Berita uji
    url: https://contoh.co.id/berita
    publisher: Contoh News
    date: 2020-10-02
---

## Latar belakang

Masalah yang dipecahkan.

## Solusi

<Callout type="info" title="Catatan">Komponen yang diizinkan.</Callout>

## Manfaat

Manfaatnya.
`;

const FILE = 'entri-uji.mdx';
const fm = (from: RegExp | string, to: string) => (t: string) => t.replace(from, to);
const body = (extra: string) => (t: string) => t.replace('Manfaatnya.', `Manfaatnya.\n\n${extra}\n`);

interface Case {
  rule: string;
  change: (text: string) => string;
  /** Field the message must name ("isi" = the body). */
  field: string;
  message: RegExp;
  /** Write the bad text to this file instead (relative to content/). */
  file?: string;
}

const CASES: Case[] = [
  { rule: 'tahapan not in the list', change: fm('tahapan: penerapan', 'tahapan: selesai'), field: 'tahapan', message: /pilih salah satu: inisiatif, uji-coba, penerapan/ },
  { rule: 'required field missing', change: fm(/^summary: .*\n/m, ''), field: 'summary', message: /wajib diisi/ },
  { rule: 'unknown field (typo)', change: fm('tahapan: penerapan', 'tahapan: penerapan\ntahpan: penerapan'), field: 'tahpan', message: /mungkin maksudnya "tahapan"/ },
  { rule: 'unknown OPD id', change: fm('opd: disdukcapil', 'opd: dukcapil'), field: 'opd', message: /tidak ada OPD dengan id itu/ },
  { rule: 'unknown collaborator OPD', change: fm('opd: disdukcapil', 'opd: disdukcapil\ncollaborators: [dinas-hantu]'), field: 'collaborators.0', message: /tidak ada OPD dengan id itu/ },
  { rule: 'duplicate title', change: (t) => t.replace('title: Entri Uji Validasi', `title: "${titleOf('sianduk.md')}"`), field: 'title', message: /sama dengan judul di .*innovations\/sianduk\.md\b/ },
  { rule: 'malformed YAML', change: fm('images: []', 'images: [\n'), field: '', message: /frontmatter \(YAML\) tidak dapat dibaca/ },
  { rule: 'date that does not exist', change: fm('launched: 2020-10-02', 'launched: 2021-02-30'), field: 'launched', message: /tidak ada di kalender/ },
  { rule: 'date in the future', change: fm('launched: 2020-10-02', 'launched: 2099-01-01'), field: 'launched', message: /belum terjadi/ },
  { rule: 'malformed date', change: fm('launched: 2020-10-02', 'launched: "2 Oktober 2020"'), field: 'launched', message: /TTTT-BB-HH/ },
  { rule: 'metric value before its baseline', change: fm('date: 2020-10-03', 'date: 2019-12-01'), field: 'metrics.0.values.0.date', message: /lebih awal dari baseline/ },
  { rule: 'metric cites a source not listed', change: fm(/(values:\n\s+- value: 30\n\s+date: 2020-10-03\n\s+source:) berita-uji/, '$1 berita-lain'), field: 'metrics.0.values.0.source', message: /tidak ada di "sources"/ },
  { rule: 'source without URL', change: fm(/^\s+url: https:\/\/contoh\.co\.id\/berita\n/m, ''), field: 'sources.0.url', message: /wajib diisi/ },
  { rule: 'source without publisher', change: fm(/^\s+publisher: Contoh News\n/m, ''), field: 'sources.0.publisher', message: /wajib diisi/ },
  { rule: 'source with unknown date and no event date or note', change: fm(/(publisher: Contoh News\n\s+date:) 2020-10-02/, '$1 tidak-diketahui'), field: 'sources.0.eventDate', message: /tanggal peristiwa/ },
  { rule: 'no source at all', change: fm(/sources:\n[\s\S]*?(?=---)/, 'sources: []\n'), field: 'sources', message: /minimal 1/ },
  { rule: 'http source URL', change: fm('url: https://contoh.co.id/berita', 'url: http://contoh.co.id/berita'), field: 'sources.0.url', message: /https:\/\// },
  { rule: 'javascript: link in links', change: fm('url: https://contoh.go.id/', 'url: "javascript:alert(1)"'), field: 'links.0.url', message: /https:\/\// },
  { rule: 'image file that does not exist', change: fm('images: []', 'images:\n  - src: /media/tidak-ada.jpg\n    alt: Foto gerai'), field: 'images.0.src', message: /tidak ada/ },
  { rule: 'image without alt text', change: fm('images: []', 'images:\n  - src: /media/tidak-ada.jpg'), field: 'images.0.alt', message: /wajib diisi/ },
  { rule: 'status without lastVerified', change: fm(/^lastVerified: .*\n/m, ''), field: 'lastVerified', message: /wajib diisi bila "status" bernilai "berjalan"/ },
  { rule: 'summary too long', change: fm(/^summary: .*$/m, `summary: ${'Kalimat yang terlalu panjang. '.repeat(12)}`), field: 'summary', message: /terlalu panjang/ },
  { rule: 'empty body', change: (t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n'), field: 'isi', message: /kosong/ },
  { rule: 'section holding only a placeholder comment', change: fm(/<Callout[^\n]*<\/Callout>/, '{/* Apa yang berubah, dan bagaimana cara kerjanya? */}'), field: 'isi', message: /bagian "## Solusi" kosong/ },
  { rule: 'required section missing', change: fm('## Manfaat\n\nManfaatnya.\n', ''), field: 'isi', message: /bagian "## Manfaat" tidak ada/ },
  { rule: 'import statement', change: body("import Foo from './foo.js'"), field: 'isi', message: /import\/export tidak diizinkan/ },
  { rule: 'export statement', change: body('export const x = 1'), field: 'isi', message: /import\/export tidak diizinkan/ },
  { rule: '{…} expression', change: body('Jumlahnya {1 + 1} dokumen.'), field: 'isi', message: /ekspresi \{…\} tidak diizinkan/ },
  { rule: 'unknown component', change: body('<Peta lokasi="serpong" />'), field: 'isi', message: /komponen <Peta> tidak dikenal/ },
  { rule: '<script>', change: body('<script>alert(1)</script>'), field: 'isi', message: /<script> tidak diizinkan/ },
  { rule: '<iframe>', change: body('<iframe src="https://contoh.com"></iframe>'), field: 'isi', message: /<iframe> tidak diizinkan/ },
  { rule: '<style>', change: body('<style>{`body{display:none}`}</style>'), field: 'isi', message: /<style> tidak diizinkan/ },
  { rule: '<object>', change: body('<object data="x.swf"></object>'), field: 'isi', message: /<object> tidak diizinkan/ },
  { rule: '<embed>', change: body('<embed src="x.swf" />'), field: 'isi', message: /<embed> tidak diizinkan/ },
  { rule: 'on…= attribute', change: body('<Callout title="x" onClick="alert(1)">teks</Callout>'), field: 'isi', message: /atribut onClick= .* tidak diizinkan/ },
  { rule: 'javascript: link in the body', change: body('[klik](javascript:alert(1))'), field: 'isi', message: /berbahaya \(javascript:\)/ },
  { rule: 'video from a host that is not allowed', change: body('<VideoEmbed url="https://video.contoh.com/v/1" title="Video" />'), field: 'isi', message: /hanya alamat https dari/ },
  { rule: 'OPD with an unknown unit type', file: 'opd/dinas-uji.yaml', change: () => 'name: Dinas Uji\ntype: kantor\nsources:\n  - id: a\n    title: A\n    url: https://contoh.co.id/a\n    publisher: P\n    date: 2020\n', field: 'type', message: /pilih salah satu: sekretariat/ },
];

let work: string;
let original: string;

function titleOf(file: string): string {
  return /^title: "?(.*?)"?$/m.exec(readFileSync(join(ROOT, 'content', 'innovations', file), 'utf8'))![1]!;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['innovations', 'opd']) {
    for (const f of readdirSync(join(dir, sub))) out[`${sub}/${f}`] = readFileSync(join(dir, sub, f), 'utf8');
  }
  return out;
}

function run(cmd: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', cmd), args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'etalase-bad-'));
  original = join(work, 'original');
  cpSync(join(ROOT, 'content'), original, { recursive: true });
  writeFileSync(join(original, 'innovations', FILE), BASE);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the base entry used by the bad cases', () => {
  it('is valid and builds', () => {
    const v = run('node', ['scripts/validate.ts'], { CONTENT_DIR: original });
    expect(v.out.split('\n').filter((l) => l.includes(FILE) && !l.includes('(peringatan)') && !l.includes('(info)'))).toEqual([]);
    expect(v.status).toBe(0);
    const out = join(work, 'dist-base');
    const b = run('astro', ['build'], { CONTENT_DIR: original, OUT_DIR: out, CACHE_DIR: join(work, 'cache-base') });
    expect(b.status, b.out).toBe(0);
    const page = readFileSync(join(out, 'inovasi', 'entri-uji', 'index.html'), 'utf8');
    expect(page).toContain('Komponen yang diizinkan.');
    expect(page).toMatch(/<aside class="callout callout-info[^"]*" role="note"/);
  });
});

describe.each(CASES.map((c, i) => ({ ...c, n: i + 1 })))('bad entry $n: $rule', (c) => {
  it('is refused by validate and by the build, naming file and field; other entries untouched', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    const dir = join(work, `case-${c.n}`);
    cpSync(original, dir, { recursive: true });
    const rel = c.file ?? `innovations/${FILE}`;
    const before = snapshot(dir);
    const bad = c.change(c.file ? '' : BASE);
    expect(bad, 'the case must change something').not.toBe(c.file ? '' : BASE);
    writeFileSync(join(dir, rel), bad);
    const shown = `${dir.split('/').pop()}/${rel}`;

    const v = run('node', ['scripts/validate.ts'], { CONTENT_DIR: dir });
    expect(v.status, v.out).toBe(1);
    const line = v.out.split('\n').find((l) => l.includes(shown) && c.message.test(l));
    expect(line, `validate output:\n${v.out}`).toBeDefined();
    if (c.field) expect(line).toContain(`"${c.field}"`);

    const out = join(work, `dist-${c.n}`);
    const b = run('astro', ['build'], { CONTENT_DIR: dir, OUT_DIR: out, CACHE_DIR: join(work, `cache-${c.n}`) });
    expect(b.status, 'build must fail').not.toBe(0);
    expect(b.out).toContain(shown);
    expect(b.out).toMatch(c.message);
    expect(existsSync(join(out, 'index.html'))).toBe(false);

    const after = snapshot(dir);
    for (const [file, text] of Object.entries(before)) if (file !== rel) expect(after[file], file).toBe(text);
  });
});
