/**
 * The search as a resident on a 390 × 844 phone meets it, on the built site in Chromium:
 * results on the first screen with the filters folded away, the query kept in the header box,
 * a header of at most 120 px with the language link on the first row on every page type, no
 * layout shift while /cari/ loads (Layout Instability API), filter counts that stay right
 * with a filter ticked, suggestions instead of a dead end, and excerpts without the hidden
 * search terms, a source's notes or the tail of the title. Expectations come from content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watch, type PageLog } from '../helpers/browser.ts';
import { openSearchSite, SEARCH_BASE, SEARCH_DIST } from '../helpers/search-site.ts';
import type { Served } from '../helpers/serve.ts';
import { opdIds, pageTypes, publishedEntries } from '../helpers/content.ts';

const DIST = SEARCH_DIST;
const BASE = SEARCH_BASE;
const PHONE = { width: 390, height: 844 };
const entries = publishedEntries().map((e) => ({ id: e.id, opd: e.data.opd as string, title: e.data.title as string }));

let server: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser } = await openSearchSite());
  context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  page = await context.newPage();
  log = watch(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens /cari/ with a query string and waits until the first result card is rendered. */
async function openSearch(query: string): Promise<void> {
  log.reset();
  await page.goto(server.url(`cari/${query}`), { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
    return /hasil|tidak ditemukan/i.test(summary) && !/Mencari/.test(summary);
  });
}

describe('/cari/?q=KTP on a phone', () => {
  it('shows the first result on the first screen, the filters as a closed toggle above it', async () => {
    await openSearch('?q=KTP');
    await page.waitForSelector('pagefind-results li.search-result');
    const first = await page.locator('pagefind-results li').first().boundingBox();
    expect(first, 'first result').not.toBeNull();
    // Its title (the first 3 rem of the card) is on the first screen.
    expect(first!.y + 48).toBeLessThanOrEqual(PHONE.height);
    const panel = page.locator('[data-search-filters]');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const toggle = await page.locator('[data-search-filters-toggle]').boundingBox();
    expect(toggle!.y).toBeLessThan(first!.y);
    // Opening it shows the filters.
    await page.locator('[data-search-filters-toggle]').click();
    await page.locator('etalase-filter-pane label:not([data-pf-hidden]) input[name="opd"]').first().waitFor({ state: 'visible' });
    console.log(`first result at y = ${Math.round(first!.y)} px of ${PHONE.height}`);
    expect(log.errors).toEqual([]);
  });

  it('keeps the query in the header search box', async () => {
    await openSearch('?q=KTP');
    expect(await page.locator('form.header-search input[name="q"]').inputValue()).toBe('KTP');
    await page.locator('pagefind-input input').fill('akta');
    await page.waitForURL((u) => u.searchParams.get('q') === 'akta');
    expect(await page.locator('form.header-search input[name="q"]').inputValue()).toBe('akta');
  });
});

describe('the header on a phone', () => {
  const paths = [...pageTypes(), 'cari/?q=ktp', ...pageTypes().map((p) => `en/${p}`)];
  it(`is at most 120 px tall with the language link on the first row, on every page type (${paths.length} pages)`, async () => {
    const heights: string[] = [];
    for (const path of paths) {
      await page.goto(server.url(path), { waitUntil: 'load' });
      const m = await page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
        const header = box('header.site-header');
        const brand = box('header.site-header .brand');
        const lang = box('header.site-header [data-language-switch]');
        return { height: header.height, brandTop: brand.top, brandBottom: brand.bottom, langTop: lang.top, langBottom: lang.bottom, scroll: document.documentElement.scrollWidth };
      });
      heights.push(`${path || '/'} ${Math.round(m.height)}`);
      expect(m.height, `${path}: header height`).toBeLessThanOrEqual(120);
      // Same row as the site name: the two boxes overlap vertically.
      expect(m.langTop, `${path}: language link below the name`).toBeLessThan(m.brandBottom);
      expect(m.brandTop, `${path}: language link above the name`).toBeLessThan(m.langBottom);
      expect(m.scroll, `${path}: sideways scroll`).toBeLessThanOrEqual(PHONE.width);
    }
    console.log(`header heights at 390 px: ${heights.join('; ')}`);
  });

  it('opens the page links from the Menu toggle, without JavaScript', async () => {
    const plain = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    try {
      const p = await plain.newPage();
      await p.goto(server.url(''), { waitUntil: 'load' });
      const link = p.locator(`header.site-header nav a[href="${BASE}inovasi/"]`);
      expect(await link.isVisible()).toBe(false);
      await p.locator('header.site-header .site-menu > summary').click();
      expect(await link.isVisible()).toBe(true);
      await p.setViewportSize({ width: 1280, height: 800 });
      await p.reload({ waitUntil: 'load' });
      // Wide screens: the links are shown in the band, no toggle.
      expect(await p.locator(`header.site-header nav a[href="${BASE}inovasi/"]`).isVisible()).toBe(true);
      expect(await p.locator('header.site-header .site-menu > summary').isVisible()).toBe(false);
    } finally {
      await plain.close();
    }
  });
});

describe('layout stability of /cari/', () => {
  it('shifts the layout by at most 0.05 (cumulative layout shift) while the results arrive', async () => {
    const fresh = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true });
    try {
      const p = await fresh.newPage();
      await p.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await p.goto(server.url('cari/?q=ktp'), { waitUntil: 'load' });
      await p.waitForSelector('pagefind-results li.search-result');
      await p.waitForTimeout(1500);
      const cls = await p.evaluate(() => (window as unknown as { cls: number }).cls);
      console.log(`/cari/?q=ktp CLS at 390 px: ${cls.toFixed(3)}`);
      expect(cls).toBeLessThanOrEqual(0.05);
    } finally {
      await fresh.close();
    }
  });
});

describe('filter counts', () => {
  const owning = opdIds().filter((id) => entries.some((e) => e.opd === id));
  const countOf = (opd: string) => entries.filter((e) => e.opd === opd).length;
  const optionCount = (name: string, value: string) =>
    page.locator(`etalase-filter-pane label:has(> input[name="${name}"][value="${value}"]) .pf-filter-checkbox-count`).textContent();

  it('/cari/?opd=disdukcapil shows the right count beside the ticked OPD, and the other OPDs stay listed with theirs', async () => {
    const opd = owning.includes('disdukcapil') ? 'disdukcapil' : owning[0]!;
    await openSearch(`?opd=${opd}`);
    await page.locator('[data-search-filters-toggle]').click();
    await page.waitForSelector(`etalase-filter-pane input[name="opd"][value="${opd}"]:checked`);
    expect(Number(await optionCount('opd', opd))).toBe(countOf(opd));
    for (const other of owning.filter((o) => o !== opd)) {
      const label = page.locator(`etalase-filter-pane label:has(> input[name="opd"][value="${other}"])`);
      expect(await label.isVisible(), `${other} listed`).toBe(true);
      expect(Number(await optionCount('opd', other)), other).toBe(countOf(other));
    }
  });

  it('two ticked OPDs show the innovations of either', async () => {
    const [a, b] = owning;
    await openSearch(`?opd=${a}&opd=${b}`);
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results ul > li').length === n, countOf(a!) + countOf(b!));
  });
});

describe('a search without results', () => {
  it('suggests OPD names and words that find something ("capil" → Dukcapil), and the filter panel says what to do', async () => {
    await openSearch('?q=capil');
    const links = page.locator('[data-search-suggest] li a');
    await links.first().waitFor();
    const terms = await links.allTextContents();
    expect(terms).toContain('Dukcapil');
    expect(await page.locator('[data-search-filters-empty]').isHidden()).toBe(true); // panel closed on a phone
    await page.locator('[data-search-filters-toggle]').click();
    expect(await page.locator('[data-search-filters-empty]').isVisible()).toBe(true);
    expect(await page.locator(`[data-search-filters-empty] a[href="${BASE}cari/"]`).count()).toBe(1);
    await links.filter({ hasText: /^Dukcapil$/ }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === 'Dukcapil');
    // (The open filter panel pushes the cards below the screen, where Pagefind has not filled them yet.)
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results ul > li').length > 0);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-suggest] li').length === 0);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('Dukcapil');
  });
});

describe('excerpts', () => {
  /** The hidden search terms of every built innovation page, read from dist/. */
  const hiddenTerms = entries.map((e) => {
    const html = readFileSync(join(DIST, 'inovasi', e.id, 'index.html'), 'utf8');
    return { id: e.id, terms: /data-search-terms="([^"]*)"/.exec(html)?.[1] ?? '' };
  });

  it('show page text only: no hidden terms, no source notes, no tail of the title', async () => {
    const problems: string[] = [];
    // 390 px wide and tall enough that Pagefind fills the first 20 cards (it fills a card when it scrolls into view).
    const tall = await browser.newPage({ viewport: { width: 390, height: 6000 } });
    for (const q of ['KTP', 'Dukcapil', 'sampah', 'izin usaha', 'akta', 'waste']) {
      await tall.goto(server.url(`cari/?q=${encodeURIComponent(q)}`), { waitUntil: 'load' });
      await tall.waitForFunction(() => {
        const lis = [...document.querySelectorAll('pagefind-results ul > li')].slice(0, 20);
        return lis.length > 0 && lis.every((li) => li.classList.contains('search-result'));
      });
      const cards = await tall.$$eval('pagefind-results li.search-result', (lis) =>
        lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', title: li.querySelector('.search-result-title')?.textContent ?? '', excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '' })),
      );
      for (const card of cards) {
        const where = `"${q}" ${card.href}`;
        if (/mendukung:|supports:/i.test(card.excerpt)) problems.push(`${where}: source note in "${card.excerpt}"`);
        const words = card.title.split(/\s+/);
        for (let n = 2; n < words.length; n++) {
          const tail = words.slice(words.length - n).join(' ');
          if (card.excerpt.startsWith(tail)) problems.push(`${where}: starts with the title's tail "${tail}"`);
        }
        const hidden = hiddenTerms.find((h) => card.href.endsWith(`/inovasi/${h.id}/`))?.terms;
        if (hidden) {
          const opening = hidden.split(', ').slice(0, 3).join(', ');
          if (opening.includes(',') && card.excerpt.includes(opening)) problems.push(`${where}: hidden terms "${opening}" in the excerpt`);
        }
      }
    }
    await tall.close();
    expect(problems).toEqual([]);
  });
});
