/**
 * The incremental build (`npm run build:pr`: experimental.incrementalBuild + cache keys from
 * src/lib/cache-keys.ts) never serves a stale page. Real builds of a temporary copy of the
 * project (so a UI string can be edited, and module paths stay the same in every build) over a
 * temporary copy of content/ (plus 75 synthetic copies of one entry, so that the /inovasi/ list
 * has keyed later pages), with private OUT_DIR and CACHE_DIR and a fixed SOURCE_DATE_EPOCH:
 *
 *   seed: a cold incremental build fills the cache;
 *   (a) nothing changed → every keyed page is restored from the cache, output byte-identical;
 *   (b) one entry's title changed → its pages, its OPD's pages and the entries listing it as
 *       related re-render, the other entry pages are restored;
 *   (c) an OPD renamed → every page that showed it re-renders, the old name is nowhere;
 *   (d) a UI string changed in src/i18n → every page re-renders.
 * After (b), (c) and (d) the output is compared, file by file, with a cold `astro build`
 * (what `npm run build` runs) of the same inputs: it must be byte-identical.
 * Which pages Astro rendered is read from its log (astroPages: a path directly followed by
 * "(restored)"/"(cached)" was restored, any other was rendered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content.ts';
import { astroPages } from '../../scripts/bench/incremental.ts';

const EPOCH = '1764460800'; // 2025-11-30: the same build date in every build of this test.
/** Entries added to the copy of content/: past 100 entries the /inovasi/ list has later pages (PAGE_SIZE). */
const LIST_FILLER = 75;
const LIST_LATER = ['/inovasi/halaman/2/index.html', '/en/inovasi/halaman/2/index.html', '/inovasi/urut/terbaru/halaman/2/index.html', '/en/inovasi/urut/terbaru/halaman/2/index.html'];

let work: string;
let project: string;
let content: string;
const incOut = () => join(work, 'out-inc');
const incCache = () => join(work, 'cache-inc');

interface Built {
  status: number | null;
  log: string;
  rendered: Set<string>;
  restored: Set<string>;
}

function build(outDir: string, cacheDir: string, incremental: boolean): Built {
  const env: Record<string, string | undefined> = { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: cacheDir, SOURCE_DATE_EPOCH: EPOCH, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  if (incremental) env.INCREMENTAL_BUILD = '1';
  else delete env.INCREMENTAL_BUILD;
  const r = spawnSync(join(project, 'node_modules', '.bin', 'astro'), ['build'], { cwd: project, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const log = r.stdout + r.stderr;
  return { status: r.status, log, ...astroPages(log) };
}

/** Cold build of the current inputs, as `npm run build` does it (no incremental cache). */
function coldBuild(name: string): string {
  const out = join(work, `out-cold-${name}`);
  const cache = join(work, `cache-cold-${name}`);
  const b = build(out, cache, false);
  expect(b.status, b.log.slice(-3000)).toBe(0);
  expect(b.restored.size).toBe(0);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** Files that differ (or exist on one side only) between two build outputs. */
function differences(a: string, b: string): string[] {
  const fa = files(a);
  const fb = files(b);
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => !existsSync(join(a, f)) || !existsSync(join(b, f)) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const html = (dir: string, page: string) => readFileSync(join(dir, page), 'utf8');
const entryPages = (b: Built) => [...b.rendered, ...b.restored].filter((p) => /^\/(en\/)?inovasi\/[^/]+\/index\.html$/.test(p) && !/\/(halaman|urut)\//.test(p));
const pageOf = (id: string) => [`/inovasi/${id}/index.html`, `/en/inovasi/${id}/index.html`];

let seed: Built;
let seedOut: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'etalase-incremental-'));
  project = join(work, 'project');
  // The site's sources (everything but caches, content, tests and outputs); packages linked.
  const skip = new Set(['node_modules', '.git', '.astro', 'content', 'tests', 'bench-results', 'tmp', 'docs', '.github', '.ci', '.vscode']);
  for (const f of readdirSync(ROOT)) if (!skip.has(f) && !f.startsWith('dist')) cpSync(join(ROOT, f), join(project, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  // Synthetic copies (temporary folder only) so that the /inovasi/ list has a second page in each sort.
  const model = readFileSync(join(content, 'innovations', 'akta-keliling.md'), 'utf8');
  for (let n = 1; n <= LIST_FILLER; n++) {
    const nn = String(n).padStart(2, '0');
    writeFileSync(join(content, 'innovations', `salinan-uji-${nn}.md`), model.replace(/^title: .+$/m, `title: Salinan Uji Daftar ${nn}`).replace(/^titleEn: .+$/m, `titleEn: List Test Copy ${nn}`));
  }
  seed = build(incOut(), incCache(), true);
  expect(seed.status, seed.log.slice(-3000)).toBe(0);
  seedOut = join(work, 'out-seed');
  cpSync(incOut(), seedOut, { recursive: true });
}, 300_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('incremental build (npm run build:pr)', () => {
  it('seed: a first build renders every page and caches the keyed ones (entry and OPD pages)', () => {
    expect(seed.restored.size).toBe(0);
    expect(entryPages(seed).length).toBeGreaterThan(20);
    for (const page of LIST_LATER) expect(seed.rendered.has(page), page).toBe(true);
    expect(existsSync(join(incCache(), 'incremental-build.json'))).toBe(true);
    for (const page of entryPages(seed)) expect(existsSync(join(incCache(), 'dist', page)), page).toBe(true);
  });

  it('(a) no change: every keyed page is skipped (restored, cache copy untouched), the output is byte-identical', () => {
    const cacheCopy = join(incCache(), 'dist', entryPages(seed)[0]!);
    const mtime = statSync(cacheCopy).mtimeMs;
    const b = build(incOut(), incCache(), true);
    expect(b.status, b.log.slice(-3000)).toBe(0);
    expect(entryPages(b).length).toBe(entryPages(seed).length);
    for (const page of entryPages(b)) expect(b.restored.has(page), page).toBe(true);
    expect([...b.restored].filter((p) => /^\/(en\/)?opd\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(10);
    for (const page of LIST_LATER) expect(b.restored.has(page), page).toBe(true);
    // Only pages without a key render: home, first list pages, statistics, data, search, glossary, 404, endpoints.
    for (const page of b.rendered) expect(page, page).not.toMatch(/^\/(en\/)?(inovasi\/(?!halaman|urut)[^/]+|opd\/[^/]+|inovasi\/(urut\/[^/]+\/)?halaman\/\d+)\/index\.html$/);
    expect(statSync(cacheCopy).mtimeMs).toBe(mtime);
    expect(differences(seedOut, incOut())).toEqual([]);
  }, 300_000);

  it('(b) one entry changed: its pages, its OPD and the entries relating it re-render, others are skipped; same as a cold build', () => {
    // An entry that other entries list as related (read from the seed output, not from the key code).
    const ids = entryPages(seed).filter((p) => !p.startsWith('/en/')).map((p) => p.split('/')[2]!);
    const relatedLinks = (id: string) => html(seedOut, `inovasi/${id}/index.html`).split('id="terkait"')[1] ?? '';
    const relating = (id: string) => ids.filter((other) => other !== id && relatedLinks(other).includes(`href="/inovasi/${id}/"`));
    const target = ids.find((id) => relating(id).length > 0)!;
    expect(target).toBeDefined();
    const file = readdirSync(join(content, 'innovations')).find((f) => f.replace(/\.mdx?$/, '') === target)!;
    const path = join(content, 'innovations', file);
    const text = readFileSync(path, 'utf8');
    const title = /^title: (.+)$/m.exec(text)![1]!;
    writeFileSync(path, text.replace(/^title: .+$/m, `title: ${title.replace(/^['"]|['"]$/g, '')} Diperbarui`));
    const opd = /^opd: (\S+)$/m.exec(text)![1]!;

    const b = build(incOut(), incCache(), true);
    expect(b.status, b.log.slice(-3000)).toBe(0);
    const mustRender = [...pageOf(target), ...relating(target).flatMap(pageOf), `/opd/${opd}/index.html`, `/en/opd/${opd}/index.html`];
    for (const page of mustRender) expect(b.rendered.has(page), page).toBe(true);
    // Every other entry page is restored (nothing else shows this entry).
    const others = entryPages(b).filter((p) => !mustRender.includes(p));
    expect(others.length).toBeGreaterThan(10);
    for (const page of others) expect(b.restored.has(page), page).toBe(true);
    expect(html(incOut(), `inovasi/${target}/index.html`)).toContain('Diperbarui');
    expect(differences(coldBuild('b'), incOut())).toEqual([]);
  }, 300_000);

  it('(c) an OPD renamed: every page that showed it re-renders, the old name is nowhere; same as a cold build', () => {
    // The OPD that owns the most entries.
    const owners = entryPages(seed).filter((p) => !p.startsWith('/en/')).map((p) => /<a href="\/opd\/([^/]+)\/"/.exec(html(seedOut, p).split('id="tentang"')[1]!)![1]!);
    const opd = owners.sort((x, y) => owners.filter((o) => o === y).length - owners.filter((o) => o === x).length)[0]!;
    const path = join(content, 'opd', `${opd}.yaml`);
    const text = readFileSync(path, 'utf8');
    const oldName = /^name: (.+)$/m.exec(text)![1]!.replace(/^['"]|['"]$/g, '');
    const newName = 'Perangkat Daerah Nama Uji';
    writeFileSync(path, text.replace(/^name: .+$/m, `name: ${newName}`));
    const b = build(incOut(), incCache(), true);
    expect(b.status, b.log.slice(-3000)).toBe(0);
    // Every keyed page whose HTML held the old name re-rendered.
    const showed = [...b.rendered, ...b.restored].filter((p) => p.endsWith('.html') && existsSync(join(seedOut, p)) && html(seedOut, p).includes(oldName));
    expect(showed.length).toBeGreaterThan(4);
    for (const page of showed) expect(b.rendered.has(page), page).toBe(true);
    // No stale HTML: the old name appears exactly where a cold build of the new inputs has it (in entry text or sources, if at all).
    const cold = coldBuild('c');
    const withOld = (dir: string) => files(dir).filter((f) => f.endsWith('.html') && readFileSync(join(dir, f), 'utf8').includes(oldName));
    expect(withOld(incOut())).toEqual(withOld(cold));
    expect(html(incOut(), `opd/${opd}/index.html`)).toContain(newName);
    expect(differences(cold, incOut())).toEqual([]);
  }, 300_000);

  it('(d) a UI string changed in src/i18n: every page re-renders; same as a cold build', () => {
    const file = join(project, 'src', 'i18n', 'id.ts');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("skipLink: 'Langsung ke isi'");
    writeFileSync(file, text.replace("skipLink: 'Langsung ke isi'", "skipLink: 'Lompat ke isi utama'"));
    const b = build(incOut(), incCache(), true);
    expect(b.status, b.log.slice(-3000)).toBe(0);
    expect(b.restored.size).toBe(0);
    expect(b.rendered.size).toBe(seed.rendered.size);
    expect(html(incOut(), 'inovasi/' + entryPages(seed)[0]!.split('/').slice(-2, -1)[0] + '/index.html')).toContain('Lompat ke isi utama');
    expect(differences(coldBuild('d'), incOut())).toEqual([]);
  }, 300_000);
});
