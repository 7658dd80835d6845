/**
 * /cari/ filter counts from build-time data (issue 16), on the built site in Chromium (root
 * build, or BASE_PATH=/etalase/ with DIST_DIR): the totals file and the per-value files the index
 * step writes agree with Pagefind's own filter counts; opening /cari/ fetches no Pagefind filter
 * file and of the counts only the totals, and opening /cari/?opd=X only the filter file Pagefind
 * itself needs for that filter and of the counts the totals and X's file; and every count the
 * filter pane shows equals the count Pagefind gives when asked directly (all filter files loaded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { watch } from '../helpers/browser.ts';
import { openSearchSite, SEARCH_BASE, SEARCH_DIST } from '../helpers/search-site.ts';
import type { Served } from '../helpers/serve.ts';
import { publishedEntries } from '../helpers/content.ts';
import { facetCountsFile, valueCountsFile, type FacetTotals, type FilterCounts, type ValueCounts } from '../../src/lib/facet-counts.ts';

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
async function askPagefind(lang: 'id' | 'en', filters: Record<string, unknown>): Promise<Asked> {
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
async function openCari(path: string): Promise<{ filterFiles: string[]; countFiles: string[]; shown: FilterCounts; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 2000 } });
  const page = await context.newPage();
  const log = watch(page);
  const filterFiles: string[] = [];
  const countFiles: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.endsWith('.pf_filter')) filterFiles.push(pathname);
    if (pathname.includes('/etalase-facets')) countFiles.push(pathname.slice(`${BASE}pagefind/`.length));
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
  return { filterFiles: [...new Set(filterFiles)], countFiles, shown, page, close: () => context.close() };
}

/** A counts file the index step wrote, as the page reads it. */
const readCounts = <T>(path: string): T => JSON.parse(readFileSync(join(DIST, 'pagefind', path), 'utf8')) as T;

describe('build-time filter counts', () => {
  it.each(['id', 'en'] as const)('the totals file of the %s index holds exactly the counts Pagefind gives', async (lang) => {
    const data = readCounts<FacetTotals>(facetCountsFile(lang));
    const { totals } = await askPagefind(lang, {});
    expect(data.totals).toEqual(totals);
    // A page can serve several of the residents' needs (keperluan: an entry is both "KTP" and "pengaduan");
    // every other filter has one value per page.
    expect(data.several, 'every page has one value per filter, but for keperluan').toEqual(data.several.includes('keperluan') ? ['keperluan'] : []);
  });

  it.each(['id', 'en'] as const)('in the %s index, the file of each value of each filter holds the counts Pagefind gives with that value ticked', async (lang) => {
    const { totals } = await askPagefind(lang, {});
    const ticked = Object.entries(totals).flatMap(([name, values]) => Object.keys(values).map((value) => ({ name, value })));
    expect(ticked.length).toBeGreaterThan(10);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url(lang === 'en' ? 'en/' : ''), { waitUntil: 'load' });
      const under = (await page.evaluate(`import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)}).then(async (pf) => {
        await pf.init();
        await pf.filters(); // loads every filter file: Pagefind counts only over those loaded
        const out = [];
        for (const { name, value } of ${JSON.stringify(ticked)}) out.push((await pf.search(null, { filters: { [name]: value } })).filters);
        return out;
      })`)) as FilterCounts[];
      ticked.forEach(({ name, value }, i) => {
        // Pagefind lists every value with zeros; the file leaves those out, and the ticked filter.
        const nonZero = Object.entries(under[i]!)
          .filter(([other]) => other !== name)
          .map(([other, values]) => [other, Object.fromEntries(Object.entries(values).filter(([, n]) => n > 0))] as const)
          .filter(([, values]) => Object.keys(values).length > 0);
        expect(readCounts<ValueCounts>(valueCountsFile(lang, name, value)), `${lang} ${name}=${value}`).toEqual(Object.fromEntries(nonZero));
      });
    } finally {
      await context.close();
    }
  });

  it('opening /cari/ fetches no filter file, and its pane shows Pagefind\'s counts', async () => {
    const { filterFiles, countFiles, shown, close } = await openCari('cari/');
    try {
      expect(filterFiles).toEqual([]);
      expect(countFiles).toEqual([facetCountsFile('id')]);
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
    const { filterFiles, countFiles, shown, close } = await openCari(`cari/?opd=${opd}`);
    try {
      const asked = await askPagefind('id', { opd });
      expect(asked.filterFiles.length, 'Pagefind loads one filter file for one filter').toBe(1);
      expect(filterFiles).toEqual(asked.filterFiles);
      expect(countFiles, 'the totals and the file of the ticked OPD, once each').toEqual([facetCountsFile('id'), valueCountsFile('id', 'opd', opd)]);
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

  it('opening /cari/ with two OPDs ticked fetches the totals and their two files, and every count shown is Pagefind\'s for either OPD', async () => {
    const [a, b] = [byCount[0]!.id, byCount[1]!.id];
    const { filterFiles, countFiles, shown, close } = await openCari(`cari/?opd=${a}&opd=${b}`);
    try {
      expect(filterFiles.length, 'only the OPD filter file').toBe(1);
      expect([...countFiles].sort()).toEqual([facetCountsFile('id'), valueCountsFile('id', 'opd', a), valueCountsFile('id', 'opd', b)].sort());
      const asked = await askPagefind('id', { opd: { any: [a, b] } });
      const expected: FilterCounts = { ...asked.under, opd: asked.totals.opd! };
      expect(shown.tahapan && Object.values(shown.tahapan).reduce((x, y) => x + y, 0)).toBe(entries.filter((e) => e.opd === a || e.opd === b).length);
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
      const all = Object.keys(readCounts<FacetTotals>(facetCountsFile('id')).totals).length;
      expect(filterFiles.length).toBe(all);
      expect(Object.keys(shown.opd ?? {})).toContain(opd);
    } finally {
      await close();
    }
  });
});
