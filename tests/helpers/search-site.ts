/**
 * The built site with its search index, served and opened in Chromium — the setup every search
 * e2e file shares. Fails when the build has no Pagefind index (npm run build writes it).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { ROOT } from './content.ts';
import { serveDist, type Served } from './serve.ts';

export const SEARCH_DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
export const SEARCH_BASE = process.env.BASE_PATH ?? '/';

export async function openSearchSite(): Promise<{ server: Served; browser: Browser }> {
  if (!existsSync(join(SEARCH_DIST, 'pagefind', 'pagefind.js'))) throw new Error(`${SEARCH_DIST} belum dibangun dengan indeks Pagefind; jalankan npm run build dulu.`);
  const server = await serveDist(SEARCH_DIST, SEARCH_BASE);
  return { server, browser: await launch() };
}
