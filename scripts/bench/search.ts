/**
 * The search page in Chromium: bytes transferred and time for opening /cari/, for a first
 * query, and for a filter change; for opening /cari/?opd=X in a fresh browser (a shared link
 * to one OPD: the OPD with the most innovations, from /data/inovasi.json); plus the bytes an
 * innovation page loads before any search.
 * Bytes are response bodies as served (raw) and as a gzip-serving host would send them
 * (text types gzipped; Pagefind's index/fragment files are already compressed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { launch } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/serve.ts';
import { measureFirstSearchBytes } from '../../tests/helpers/search-bytes.ts';

export interface Transfer {
  requests: number;
  raw: number;
  gzip: number;
  byKind: Record<string, { requests: number; raw: number; gzip: number }>;
}

export interface StepResult extends Transfer {
  /** Milliseconds until the step's visible result (see notes). */
  ms: number | null;
  note?: string;
}

export interface SearchResult {
  skipped?: string;
  query?: string;
  filter?: string;
  open?: StepResult;
  firstSearch?: StepResult;
  filterChange?: StepResult;
  /** Opening /cari/?opd=X in a fresh context, until its results show (issue 16 goal 5: ≤ 250 kB gzip at 10,000 entries). */
  openFiltered?: StepResult & { path: string; filterFiles: number };
  /** open + firstSearch: everything a visitor downloads from opening /cari/ to the first query's results. */
  firstSearchTotal?: Transfer;
  innovationPage?: StepResult & { path: string };
  /** The header box on the home page: what a first search from there adds (after focus and typing). */
  headerSearch?: { raw: number; gzip: number; requests: number; ms: number; pages?: number; byKind?: Record<string, number> };
  /** The header box again, in a fresh browser context each, for less common words (the main query is the catalogue's commonest). */
  otherHeaderSearches?: { query: string; raw: number; gzip: number; requests: number; ms: number; pages?: number }[];
  errors: string[];
}

const TEXT = /\.(?:html|css|js|mjs|json|svg|xml|txt|csv)$/;

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.includes('/pagefind/')) {
    if (path.endsWith('.pf_fragment')) return 'pagefind fragment';
    if (path.endsWith('.pf_index')) return 'pagefind index';
    if (path.endsWith('.pf_filter')) return 'pagefind filter';
    if (path.endsWith('.pf_meta')) return 'pagefind meta';
    if (path.includes('wasm')) return 'pagefind wasm';
    return 'pagefind other';
  }
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

class Recorder {
  entries: { url: string; raw: number; gzip: number }[] = [];
  pending = 0;
  lastActivity = Date.now();
  attach(page: Page) {
    page.on('request', () => {
      this.pending++;
      this.lastActivity = Date.now();
    });
    const done = () => {
      this.pending = Math.max(0, this.pending - 1);
      this.lastActivity = Date.now();
    };
    page.on('requestfailed', done);
    page.on('response', (res: Response) => {
      void (async () => {
        try {
          const body = await res.body();
          const path = new URL(res.url()).pathname;
          const text = TEXT.test(path) || path.endsWith('/');
          this.entries.push({ url: res.url(), raw: body.length, gzip: text ? gzipSync(body).length : body.length });
        } catch {
          /* redirects and aborted requests have no body */
        } finally {
          done();
        }
      })();
    });
  }
  reset() {
    this.entries = [];
  }
  /** Waits until no request has been in flight for `quietMs`. */
  async idle(quietMs = 600, timeoutMs = 60_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.pending === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  summary(): Transfer {
    const byKind: Transfer['byKind'] = {};
    let raw = 0;
    let gzip = 0;
    for (const e of this.entries) {
      const k = kindOf(e.url);
      const slot = (byKind[k] ??= { requests: 0, raw: 0, gzip: 0 });
      slot.requests++;
      slot.raw += e.raw;
      slot.gzip += e.gzip;
      raw += e.raw;
      gzip += e.gzip;
    }
    return { requests: this.entries.length, raw, gzip, byKind };
  }
}

const SUMMARY = '[data-search-ui] pagefind-summary';
const RESULT = '[data-search-ui] pagefind-results li';

async function summaryText(page: Page): Promise<string> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? '', SUMMARY);
}

/** Marks the current result items, then waits for the summary to change and a new item to render. */
async function waitForNewResults(page: Page, before: string, timeoutMs = 60_000): Promise<boolean> {
  await page.evaluate((sel) => document.querySelectorAll(sel).forEach((li) => li.setAttribute('data-bench-old', '')), RESULT);
  try {
    await page.waitForFunction(
      ([summarySel, resultSel, prev]) => {
        const text = document.querySelector(summarySel!)?.textContent?.trim() ?? '';
        return text !== '' && text !== prev && document.querySelector(`${resultSel}:not([data-bench-old])`) !== null;
      },
      [SUMMARY, RESULT, before] as const,
      { timeout: timeoutMs, polling: 25 },
    );
    return true;
  } catch {
    return false;
  }
}

/** The OPD that runs the most innovations, from the built site's open data. */
function largestOpd(dist: string): string | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dist, 'data', 'inovasi.json'), 'utf8')) as { innovations: { opd: string }[] };
    const counts = new Map<string, number>();
    for (const i of data.innovations) counts.set(i.opd, (counts.get(i.opd) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  } catch {
    return undefined;
  }
}

export async function measureSearch(dist: string, opts: { query: string; otherQueries?: string[]; innovationPath?: string; openOpd?: string }): Promise<SearchResult> {
  const errors: string[] = [];
  if (!existsSync(join(dist, 'cari', 'index.html'))) return { skipped: 'dist/cari/index.html tidak ada (halaman pencarian belum dibangun)', errors };
  if (!existsSync(join(dist, 'pagefind'))) return { skipped: 'dist/pagefind tidak ada', errors };
  const server = await serveDist(dist, '/');
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const rec = new Recorder();
    rec.attach(page);
    const out: SearchResult = { query: opts.query, errors };

    // 1. Open /cari/ and wait for the faceted browse results (the index is loaded on open).
    let t0 = performance.now();
    await page.goto(server.url('cari/'), { waitUntil: 'load' });
    let ok = true;
    try {
      await page.waitForSelector(`${RESULT}`, { timeout: 60_000 });
    } catch {
      ok = false;
    }
    let ms = performance.now() - t0;
    await rec.idle();
    out.open = { ...rec.summary(), ms: ok ? Math.round(ms) : null, ...(ok ? {} : { note: 'hasil awal tidak muncul dalam 60 s' }) };

    // 2. First query: type it, wait for new results (the input debounces ~300 ms; included in the time).
    rec.reset();
    const input = page.locator('[data-search-ui] pagefind-input input');
    let before = await summaryText(page);
    t0 = performance.now();
    await input.fill(opts.query);
    ok = await waitForNewResults(page, before);
    ms = performance.now() - t0;
    await rec.idle();
    out.firstSearch = { ...rec.summary(), ms: ok ? Math.round(ms) : null, note: 'termasuk jeda debounce input Pagefind (300 ms)' };

    // 3. Filter change: tick the first option of the first filter group that has one.
    rec.reset();
    const box = page.locator('[data-search-ui] etalase-filter-pane input[type="checkbox"], [data-search-ui] pagefind-filter-pane input[type="checkbox"]').first();
    if ((await box.count()) === 0) {
      out.filterChange = { requests: 0, raw: 0, gzip: 0, byKind: {}, ms: null, note: 'tidak ada kotak centang saringan' };
    } else {
      out.filter = await box.evaluate((el) => `${(el as HTMLInputElement).name || ''}=${(el as HTMLInputElement).value || el.parentElement?.textContent?.trim() || ''}`);
      before = await summaryText(page);
      t0 = performance.now();
      await box.check({ force: true });
      ok = await waitForNewResults(page, before);
      ms = performance.now() - t0;
      await rec.idle();
      out.filterChange = { ...rec.summary(), ms: ok ? Math.round(ms) : null, ...(ok ? {} : { note: 'hasil tidak berubah dalam 60 s' }) };
    }

    out.firstSearchTotal = addTransfers(out.open, out.firstSearch);

    // 3b. A shared link to one OPD, opened in a fresh context (nothing cached).
    const opd = opts.openOpd ?? largestOpd(dist);
    if (opd) {
      const ctx3 = await browser.newContext();
      const p3 = await ctx3.newPage();
      p3.on('pageerror', (e) => errors.push(e.message));
      const rec3 = new Recorder();
      rec3.attach(p3);
      const path = `cari/?opd=${encodeURIComponent(opd)}`;
      t0 = performance.now();
      await p3.goto(server.url(path), { waitUntil: 'load' });
      let shown = true;
      try {
        await p3.waitForSelector(RESULT, { timeout: 60_000 });
      } catch {
        shown = false;
      }
      ms = performance.now() - t0;
      await rec3.idle();
      const transfer = rec3.summary();
      out.openFiltered = { ...transfer, ms: shown ? Math.round(ms) : null, path, filterFiles: transfer.byKind['pagefind filter']?.requests ?? 0 };
      await ctx3.close();
    }

    // 4. An innovation page in a fresh context: what loads before search is used.
    if (opts.innovationPath) {
      const ctx2 = await browser.newContext();
      const p2 = await ctx2.newPage();
      const rec2 = new Recorder();
      rec2.attach(p2);
      t0 = performance.now();
      await p2.goto(server.url(opts.innovationPath), { waitUntil: 'load' });
      ms = performance.now() - t0;
      await rec2.idle();
      out.innovationPage = { ...rec2.summary(), ms: Math.round(ms), path: opts.innovationPath, note: 'sampai event load, tanpa interaksi' };
      await ctx2.close();
    }

    // 5. The header search box on the home page: the search most visitors start with.
    const headerBox = async (query: string) => {
      const start = performance.now();
      const { search } = await measureFirstSearchBytes(browser, server.url(''), query);
      return { raw: search.bytes, gzip: search.gzipBytes, requests: search.requests.length, ms: Math.round(performance.now() - start), fetched: search.requests };
    };
    const { fetched, ...header } = await headerBox(opts.query);
    // Gzip bytes by kind: what a first search costs whatever the word (JS, wasm, meta) and what depends on it (index chunk, fragments).
    const byKind: Record<string, number> = {};
    for (const r of fetched) byKind[kindOf(r.url)] = (byKind[kindOf(r.url)] ?? 0) + r.gzipBytes;
    out.headerSearch = { ...header, byKind };
    for (const query of opts.otherQueries ?? []) {
      const { fetched: _, ...other } = await headerBox(query);
      (out.otherHeaderSearches ??= []).push({ query, ...other });
    }
    // How common each word is: pages the Indonesian index finds for it (after measuring, in its own context).
    const counts = await pagesFound(browser, server.url(''), [opts.query, ...(opts.otherQueries ?? [])]);
    out.headerSearch.pages = counts[0];
    out.otherHeaderSearches?.forEach((o, i) => (o.pages = counts[i + 1]));
    await context.close();
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Number of pages Pagefind finds for each query, asked through pagefind.js on the home page (Indonesian index). */
async function pagesFound(browser: Browser, homeUrl: string, queries: string[]): Promise<(number | undefined)[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(homeUrl, { waitUntil: 'load' });
    return await page.evaluate(async ([url, qs]) => {
      const pf = (await import(url)) as { init(): Promise<void>; search(q: string): Promise<{ results: unknown[] } | null> };
      await pf.init();
      const out: (number | undefined)[] = [];
      for (const q of qs) out.push((await pf.search(q))?.results.length);
      return out;
    }, [new URL('pagefind/pagefind.js', homeUrl).href, queries] as const);
  } catch {
    return queries.map(() => undefined);
  } finally {
    await context.close();
  }
}

function addTransfers(a?: Transfer, b?: Transfer): Transfer {
  const out: Transfer = { requests: 0, raw: 0, gzip: 0, byKind: {} };
  for (const t of [a, b]) {
    if (!t) continue;
    out.requests += t.requests;
    out.raw += t.raw;
    out.gzip += t.gzip;
    for (const [k, v] of Object.entries(t.byKind)) {
      const slot = (out.byKind[k] ??= { requests: 0, raw: 0, gzip: 0 });
      slot.requests += v.requests;
      slot.raw += v.raw;
      slot.gzip += v.gzip;
    }
  }
  return out;
}
