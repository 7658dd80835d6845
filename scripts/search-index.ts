/**
 * npm run build, second step — builds the Pagefind search index over a built site, in its own
 * process after `astro build` has exited (so Astro's memory is free before Pagefind's process
 * starts). Exits 1 with an Indonesian message when indexing fails, so the build fails.
 * Usage: node scripts/search-index.ts [dist-dir]   (default: $OUT_DIR or ./dist)
 *
 * In a pull-request build (`npm run build:pr`, INCREMENTAL_BUILD=1) only the pages this build
 * rendered are indexed, in a temporary folder, as a check that they index without error; pages
 * Astro restored from its cache were indexed when they were rendered. No search index is left in
 * dist/ — the deploy build (`npm run build`) always indexes the whole site.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildSearchIndex } from '../src/search-index.ts';
import { BUILD_STARTED_FILE, pagesRenderedSince } from '../src/lib/pr-build.ts';

const dir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Indeks pencarian: ${dir} belum berisi situs hasil build; jalankan "astro build" dulu (npm run build melakukan keduanya).`);
  process.exit(1);
}
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

/** Pull-request build: index the re-rendered pages in a temporary folder; returns the log line. */
async function checkRenderedPages(cacheDir: string): Promise<string> {
  const marker = join(cacheDir, BUILD_STARTED_FILE);
  if (!existsSync(marker)) throw new Error(`${marker} tidak ada: jalankan "npm run build:pr" (astro build dengan INCREMENTAL_BUILD=1) dulu.`);
  const { startedAt } = JSON.parse(readFileSync(marker, 'utf8')) as { startedAt: number };
  const html = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));
  const cacheCopy = (page: string) => {
    try {
      return statSync(join(cacheDir, 'dist', page)).mtimeMs;
    } catch {
      return undefined;
    }
  };
  const renderedAll = pagesRenderedSince(html, cacheCopy, startedAt);
  const restored = html.length - renderedAll.length;
  const rendered = renderedAll.filter((page) => readFileSync(join(dir, page), 'utf8').includes('data-pagefind-body'));
  if (!rendered.length) return `Build PR: tidak ada halaman berindeks yang dirender ulang (${restored} halaman diambil dari cache); indeks lengkap dibuat oleh "npm run build".`;
  const temp = mkdtempSync(join(tmpdir(), 'etalase-pr-index-'));
  try {
    for (const page of rendered) cpSync(join(dir, page), join(temp, page));
    const line = await buildSearchIndex(temp, { partial: true });
    return `Build PR: ${rendered.length} halaman berindeks yang dirender ulang diperiksa (${restored} halaman diambil dari cache) — ${line} Indeks lengkap dibuat oleh "npm run build".`;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

try {
  const line = process.env.INCREMENTAL_BUILD === '1' ? await checkRenderedPages(resolve(process.env.CACHE_DIR ?? 'node_modules/.astro-pr')) : await buildSearchIndex(dir);
  console.log(`[etalase:pagefind] ${line} (${seconds()} s)`);
} catch (e) {
  console.error(`[etalase:pagefind] ${(e as Error).message}`);
  process.exit(1);
}
