/**
 * npm run build, second step — builds the Pagefind search index over a built site, in its own
 * process after `astro build` has exited (so Astro's memory is free before Pagefind's process
 * starts). Exits 1 with an Indonesian message when indexing fails, so the build fails.
 * Usage: node scripts/search-index.ts [dist-dir]   (default: $OUT_DIR or ./dist)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../src/search-index.ts';

const dir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Indeks pencarian: ${dir} belum berisi situs hasil build; jalankan "astro build" dulu (npm run build melakukan keduanya).`);
  process.exit(1);
}
const started = performance.now();
try {
  console.log(`[etalase:pagefind] ${await buildSearchIndex(dir)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error(`[etalase:pagefind] ${(e as Error).message}`);
  process.exit(1);
}
