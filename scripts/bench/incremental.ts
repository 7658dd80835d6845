/**
 * Pull-request build at N entries (issue 16, goal 4): what `npm run build:pr` costs when a pull
 * request changes one entry. On a built site's sources and content folder:
 *   1. a cold build with the incremental cache on (INCREMENTAL_BUILD=1), which fills the cache
 *      as the main branch's CI run does;
 *   2. one entry's title changed on a branch (restored afterwards): the content folder is made a
 *      git repository whose main branch holds the catalogue, so that content-guard, like on a
 *      pull request, finds the changed entry against main (src/validation/changed.ts);
 *   3. the same build again with that cache and no dist/ (as on CI): astro build + search index,
 *      as `npm run build:pr`.
 * Output and cache go to their own folders under `workDir`, never to the site's dist/.
 * Returns seconds, pages rendered and restored, and peak RSS of each run.
 */
import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, type RunResult } from './measure.ts';

export interface IncrementalRun {
  /** astro build + search index, seconds. */
  seconds: number;
  astroSeconds: number;
  indexSeconds: number;
  /** Peak RSS of the process tree, bytes (the larger of astro build and the index step). */
  peakRss: number;
  /** Pages (and endpoints) Astro rendered / restored from the incremental cache. */
  rendered: number;
  restored: number;
}

export interface IncrementalResult {
  /** The entry whose title was changed. */
  entry: string;
  /** Cold build with the cache on (fills it). */
  seed: IncrementalRun;
  /** The rebuild after changing one entry. */
  incremental: IncrementalRun;
}

export interface IncrementalOptions {
  /** The site's sources (where astro.config.mjs and node_modules are). */
  siteDir: string;
  /** The content folder the site is built from (CONTENT_DIR); one entry is edited, then restored. */
  contentDir: string;
  /** Environment of the builds (PATH, ASTRO_TELEMETRY_DISABLED, …); CONTENT_DIR/OUT_DIR/CACHE_DIR are set here. */
  env: NodeJS.ProcessEnv;
  /** Folder for the output, cache and logs (default: <siteDir>/.bench-incremental). */
  workDir?: string;
  log?: (message: string) => void;
}

/**
 * The pages (and endpoints) an `astro build` log says were rendered and restored from the
 * incremental cache. Astro writes a page's path without a line break, then its status: a restored
 * page's "(restored)"/"(cached)" follows its path at once (no await between the two), while a
 * rendered page's "(+12ms)" comes when its render ends — after other pages' paths when several
 * are in flight (build.concurrency), on the same line and each with its own time stamp. So a path
 * directly followed by "(restored)" or "(cached)" was restored, and every other path was rendered.
 */
export function astroPages(log: string): { rendered: Set<string>; restored: Set<string> } {
  const plain = stripVTControlCharacters(log);
  const rendered = new Set<string>();
  const restored = new Set<string>();
  for (const m of plain.matchAll(/├─ (\/[^\s]*?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:restored|cached)\))?/g)) (m[2] ? restored : rendered).add(m[1]!);
  return { rendered, restored };
}

/** Counts of rendered and restored pages in an `astro build` log. */
export function countPages(log: string): { rendered: number; restored: number } {
  const { rendered, restored } = astroPages(log);
  return { rendered: rendered.size, restored: restored.size };
}

async function buildOnce(label: string, o: IncrementalOptions, work: string): Promise<IncrementalRun> {
  const out = join(work, 'dist');
  const env = { ...o.env, NO_COLOR: '1', INCREMENTAL_BUILD: '1', CONTENT_DIR: o.contentDir, OUT_DIR: out, CACHE_DIR: join(work, 'cache') };
  const logFile = join(work, `${label}.log`);
  const heartbeat = (s: number, _rss: number, line: string) => o.log?.(`${label}: ${s.toFixed(0)} s — ${line.slice(0, 100)}`);
  const astro = await runMeasured(process.execPath, [join(o.siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: o.siteDir, env, logFile, onHeartbeat: heartbeat });
  if (astro.exitCode !== 0) throw new Error(`${label}: astro build gagal (kode ${astro.exitCode}); log: ${logFile}\n${astro.tail.join('\n')}`);
  const index: RunResult = await runMeasured(process.execPath, [join(o.siteDir, 'scripts', 'search-index.ts'), out], { cwd: o.siteDir, env, logFile: join(work, `${label}-index.log`), onHeartbeat: heartbeat });
  if (index.exitCode !== 0) throw new Error(`${label}: indeks pencarian gagal (kode ${index.exitCode})\n${index.tail.join('\n')}`);
  const round = (s: number) => Math.round(s * 100) / 100;
  return {
    seconds: round(astro.wallS + index.wallS),
    astroSeconds: round(astro.wallS),
    indexSeconds: round(index.wallS),
    peakRss: Math.max(astro.peakTreeRss, index.peakTreeRss),
    ...countPages(readFileSync(logFile, 'utf8')),
  };
}

/** git in the content folder; throws with git's message. */
function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@contoh.go.id', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} di ${cwd}: ${r.stderr}`);
}

export async function measureIncremental(o: IncrementalOptions): Promise<IncrementalResult> {
  const work = o.workDir ?? join(o.siteDir, '.bench-incremental');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const repo = join(o.contentDir, '.git');
  if (existsSync(repo)) throw new Error(`${o.contentDir} sudah repositori git; benchmark memakai folder konten buatannya sendiri.`);
  git(o.contentDir, 'init', '-q', '-b', 'main');
  try {
    git(o.contentDir, 'add', '-A');
    git(o.contentDir, 'commit', '-q', '-m', 'katalog');
    git(o.contentDir, 'checkout', '-q', '-b', 'usulan');
    o.log?.('incremental: build dingin dengan cache inkremental …');
    const seed = await buildOnce('incremental-seed', o, work);
    const dir = join(o.contentDir, 'innovations');
    const file = readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f)).sort()[0];
    if (!file) throw new Error(`${dir}: tidak ada entri`);
    const path = join(dir, file);
    const original = readFileSync(path, 'utf8');
    if (!/^title: .+$/m.test(original)) throw new Error(`${path}: tidak ada baris title`);
    writeFileSync(path, original.replace(/^title: (['"]?)(.+?)\1$/m, (_m, _q, title: string) => `title: ${JSON.stringify(`${title} (diperbarui)`)}`));
    try {
      // As on CI (fresh checkout, cache restored): no dist/ left from the previous build, which
      // Astro would first empty file by file (tens of seconds at thousands of pages).
      rmSync(join(work, 'dist'), { recursive: true, force: true });
      o.log?.(`incremental: satu entri diubah (${file}), build lagi dengan cache …`);
      const incremental = await buildOnce('incremental', o, work);
      return { entry: file.replace(/\.mdx?$/, ''), seed, incremental };
    } finally {
      writeFileSync(path, original);
    }
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
