/**
 * /cari/ filter counts from build-time data (issue 16), on the built site in Chromium (root
 * build, or BASE_PATH=/etalase/ with DIST_DIR): the counts file the index step writes agrees with
 * Pagefind's own filter counts; opening /cari/ fetches no Pagefind filter file and opening
 * /cari/?opd=X only the one Pagefind itself needs for that filter; and every count the filter
 * pane shows equals the count Pagefind gives when asked directly (all filter files loaded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { watch } from '../helpers/browser.ts';
import { openSearchSite, SEARCH_BASE, SEARCH_DIST } from '../helpers/search-site.ts';
import type { Served } from '../helpers/serve.ts';
import { publishedEntries } from '../helpers/content.ts';
import { facetCountsFile, type FacetCounts, type FilterCounts } from '../../src/lib/facet-counts.ts';

const DIST = SEARCH_DIST;
const BASE = SEARCH_BASE;
const entries = publishedEntries().map((e) => ({ id: e.id, opd: e.data.opd as string }));
/** The OPD running the most innovations, and one running a single one (if any). */
const byCount = [...new Set(entries.map((e) => e.opd))].map((id) => ({ id, n: entries.filter((e) => e.opd === id).length })).sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
const opdsToOpen = [...new Set([byCount[0]!.id, byCount.at(-1)!.id])];

let server: Served;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openSearchSite());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Asked {
  totals: FilterCounts;
  under: FilterCounts;
  filterFiles: string[];
}

/**
 * Asks Pagefind itself, in a fresh page: every filter's counts (filters(), which loads every
 * filter file), and the counts of a filtered browse without a query. Also records which filter
 * files a search with only `filters` loads (before filters() loads the rest).
 */
async function askPagefind(lang: 'id' | 'en', filters: Record<string, string>): Promise<Asked> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const filterFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_filter')) filterFiles.push(new URL(r.url()).pathname);
    });
    await page.goto(server.url(lang === 'en' ? 'en/' : ''), { waitUntil: 'load' });
    // Strings, not functions: vitest would rewrite an import() in the test's own source.
    await page.evaluate(`import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)}).then(async (pf) => { await pf.init(); window.pf = pf; await pf.search(null, { filters: ${JSON.stringify(filters)} }); })`);
    const loadedFirst = [...new Set(filterFiles)];
    const out = (await page.evaluate(`(async () => {
      const totals = await window.pf.filters();
      const under = (await window.pf.search(null, { filters: ${JSON.stringify(filters)} })).filters;
      return { totals, under };
    })()`)) as { totals: FilterCounts; under: FilterCounts };
    return { totals: out.totals, under: out.under, filterFiles: loadedFirst };
  } finally {
    await context.close();
  }
}

/** Opens a /cari/ URL in a fresh phone-sized page; returns the filter files it fetched and the counts its pane shows. */
async function openCari(path: string): Promise<{ filterFiles: string[]; shown: FilterCounts; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 2000 } });
  const page = await context.newPage();
  const log = watch(page);
  const filterFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.pf_filter')) filterFiles.push(new URL(r.url()).pathname);
  });
  await page.goto(server.url(path), { waitUntil: 'load' });
  await page.waitForSelector('pagefind-results li.search-result');
  await page.waitForSelector('etalase-filter-pane .pf-filter-checkbox-count');
  // Nothing more arrives once the page is idle (a late filters() call would show here).
  await page.waitForLoadState('networkidle');
  const shown = await page.$$eval('etalase-filter-pane label', (labels) => {
    const out: Record<string, Record<string, number>> = {};
    for (const l of labels) {
      const box = l.querySelector('input[type="checkbox"]') as HTMLInputElement | null;
      const count = l.querySelector('.pf-filter-checkbox-count')?.textContent;
      if (box && count != null) (out[box.name] ??= {})[box.value] = Number(count);
    }
    return out;
  });
  expect(log.errors, `${path}: console errors`).toEqual([]);
  return { filterFiles: [...new Set(filterFiles)], shown, page, close: () => context.close() };
}

describe('build-time filter counts', () => {
  it.each(['id', 'en'] as const)('the counts file of the %s index holds exactly the counts Pagefind gives', async (lang) => {
    const file = join(DIST, 'pagefind', facetCountsFile(lang));
    const data = JSON.parse(readFileSync(file, 'utf8')) as FacetCounts;
    const { totals } = await askPagefind(lang, {});
    expect(data.totals).toEqual(totals);
    expect(data.pairs, 'every page has one value per filter, so pair counts are written').toBeDefined();
  });

  it('opening /cari/ fetches no filter file, and its pane shows Pagefind\'s counts', async () => {
    const { filterFiles, shown, close } = await openCari('cari/');
    try {
      expect(filterFiles).toEqual([]);
      const { totals } = await askPagefind('id', {});
      expect(Object.keys(shown).length).toBeGreaterThan(3);
      for (const [name, values] of Object.entries(shown)) {
        for (const [value, n] of Object.entries(values)) expect(n, `${name}=${value}`).toBe(totals[name]?.[value] ?? 0);
      }
    } finally {
      await close();
    }
  });

  it.each(opdsToOpen)('opening /cari/?opd=%s fetches only the filter file Pagefind needs for that filter, and every count shown is Pagefind\'s', async (opd) => {
    const { filterFiles, shown, close } = await openCari(`cari/?opd=${opd}`);
    try {
      const asked = await askPagefind('id', { opd });
      expect(asked.filterFiles.length, 'Pagefind loads one filter file for one filter').toBe(1);
      expect(filterFiles).toEqual(asked.filterFiles);
      // The ticked filter's values are counted without it (so the ticked OPD shows its own count);
      // every other filter's values among that OPD's pages.
      const expected: FilterCounts = { ...asked.under, opd: asked.totals.opd! };
      expect(shown.opd?.[opd]).toBe(entries.filter((e) => e.opd === opd).length);
      expect(Object.keys(shown).length).toBeGreaterThan(3);
      for (const [name, values] of Object.entries(shown)) {
        for (const [value, n] of Object.entries(values)) expect(n, `${name}=${value}`).toBe(expected[name]?.[value] ?? 0);
      }
    } finally {
      await close();
    }
  });

  it('a query with a filter still gets Pagefind\'s counts (every filter file, loaded once)', async () => {
    const opd = byCount[0]!.id;
    const { filterFiles, shown, close } = await openCari(`cari/?q=layanan&opd=${opd}`);
    try {
      const all = Object.keys(JSON.parse(readFileSync(join(DIST, 'pagefind', facetCountsFile('id')), 'utf8')).totals as FilterCounts).length;
      expect(filterFiles.length).toBe(all);
      expect(Object.keys(shown.opd ?? {})).toContain(opd);
    } finally {
      await close();
    }
  });
});
