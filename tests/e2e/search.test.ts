/**
 * Search on the built site in Chromium (root build, or BASE_PATH=/etalase/ with DIST_DIR):
 * the index holds every innovation and OPD page with the right filters and card data;
 * every OPD with innovations is found by abbreviation, full name and every alias;
 * queries and filters give what content/ says they should; /cari/ state lives in the URL
 * (reload, back, forward); the header box loads no search code before it is used;
 * /cari/ without JavaScript points to the lists. Expectations come from content/, read here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { watch, type PageLog } from '../helpers/browser.ts';
import { openSearchSite, SEARCH_BASE } from '../helpers/search-site.ts';
import type { Served } from '../helpers/serve.ts';
import { opdIds, publishedEntries, ROOT } from '../helpers/content.ts';
import { measureFirstSearchBytes } from '../helpers/search-bytes.ts';
import { BENTUK, JENIS, STATUS, TAHAPAN, URUSAN, labelOf } from '../../src/schema/enums.ts';
import { ui } from '../../src/i18n/id.ts';

const BASE = SEARCH_BASE;

interface Opd {
  id: string;
  name: string;
  abbreviation?: string;
  aliases: string[];
}
const entries = publishedEntries().map((e) => {
  const d = e.data as Record<string, unknown>;
  const date = (d.launched ?? d.trial ?? d.started) as string | number | undefined;
  return {
    id: e.id,
    title: d.title as string,
    opd: d.opd as string,
    tahapan: d.tahapan as string,
    jenis: d.jenis as string,
    bentuk: d.bentuk as string,
    urusan: d.urusan as string,
    status: d.status as string,
    year: date === undefined ? undefined : Number(String(date).slice(0, 4)),
    text: [d.title, d.summary, ...((d.aka as string[]) ?? []), ...((d.tags as string[]) ?? [])].join(' \n '),
  };
});
const opds: Opd[] = opdIds().map((id) => {
  const d = parse(readFileSync(join(ROOT, 'content', 'opd', `${id}.yaml`), 'utf8')) as Omit<Opd, 'id'>;
  return { id, name: d.name, abbreviation: d.abbreviation, aliases: d.aliases ?? [] };
});
const owning = opds.filter((o) => entries.some((e) => e.opd === o.id));
const href = (path: string) => `${BASE}${path}`;
const entryHref = (id: string) => href(`inovasi/${id}/`);
const hrefsOf = (list: { id: string }[]) => list.map((e) => entryHref(e.id)).sort();

let server: Served;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser } = await openSearchSite());
  // Tall, so Pagefind's lazily loaded result cards (one fixed height each) are all in view: all 60 of today's index.
  page = await browser.newPage({ viewport: { width: 1280, height: 16000 } });
  log = watch(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function clean() {
  log.reset();
}
function expectNoErrors(what: string) {
  expect(log.errors, `${what}: console errors`).toEqual([]);
  // Pagefind cancels its own index and fragment loads when the query changes (ERR_ABORTED under
  // /pagefind/); any other failure counts, aborted or not. Missing files show as 404.
  const own = (f: string) => f.endsWith('(net::ERR_ABORTED)') && new URL(f.split(' ')[0]!).pathname.startsWith(`${BASE}pagefind/`);
  expect(log.failed.filter((f) => !own(f)), `${what}: failed requests`).toEqual([]);
}

/** Waits until /cari/ has finished a search and the first `limit` result cards are rendered. */
async function settled(limit: number, term: string): Promise<void> {
  await page.waitForFunction(([limit, term]) => {
    const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
    if (!/hasil|tidak ditemukan/i.test(summary) || /Mencari/.test(summary) || !summary.includes(term)) return false;
    const list = document.querySelector('pagefind-results ul');
    if (!list || list.getAttribute('aria-busy') === 'true') return false;
    return [...list.children].slice(0, limit).every((li) => li.classList.contains('search-result'));
  }, [limit, term] as const);
}

const shownCount = () => page.locator('pagefind-results ul > li').count();

/** The links of the first `limit` results, pressing "show more" while the list is shorter. */
async function results(limit = 1000, term = ''): Promise<string[]> {
  await settled(limit, term);
  const more = page.locator('[data-search-more]');
  while ((await more.isVisible()) && (await shownCount()) < limit) {
    const before = await shownCount();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results ul > li').length > n, before);
    await settled(limit, term);
  }
  return page.$$eval('pagefind-results ul > li', (lis, limit) => lis.slice(0, limit).map((li) => li.querySelector('a')?.getAttribute('href') ?? ''), limit);
}

async function openSearch(query: string, limit?: number): Promise<string[]> {
  clean();
  await page.goto(server.url(`cari/${query}`), { waitUntil: 'load' });
  return results(limit);
}

/** Types a query into the /cari/ search box (opening /cari/ first if needed): no reload between queries. */
async function typeSearch(query: string, limit?: number): Promise<string[]> {
  clean();
  if (new URL(page.url()).pathname !== `${BASE}cari/`) {
    await page.goto(server.url('cari/'), { waitUntil: 'load' });
    await results();
  }
  await searchInput().fill(query);
  await page.waitForURL((u) => u.searchParams.get('q') === query.trim());
  return results(limit, query.trim());
}

/** Exposes Pagefind's JS API of the built bundle on the current page as window.pagefindForTest. */
async function loadPagefindApi() {
  // Evaluated from a string, not a function: vitest would rewrite an import() inside the test's
  // source. DevTools evaluation is not inline page script, so the page's strict CSP stays on.
  await page.evaluate(`import(${JSON.stringify(`${href('pagefind/')}pagefind.js`)}).then((m) => { window.pagefindForTest = m; })`);
  await page.waitForFunction(() => 'pagefindForTest' in window);
}
type PagefindForTest = {
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: unknown) => Promise<{ results: { data: () => Promise<{ url: string; content: string; meta: Record<string, string> }> }[] }>;
};
type WithPagefind = { pagefindForTest: PagefindForTest };

const checkbox = (filter: string, value: string) => page.locator(`etalase-filter-pane input[type="checkbox"][name="${filter}"][value="${value}"]`);
const searchInput = () => page.locator('pagefind-input input');

describe('the index', () => {
  it('holds every innovation and OPD page with filter counts that match content/', async () => {
    clean();
    await page.goto(server.url(''), { waitUntil: 'load' });
    await loadPagefindApi();
    const filters = await page.evaluate(() => (window as unknown as WithPagefind).pagefindForTest.filters());
    const count = (key: (e: (typeof entries)[number]) => string | number | undefined) => {
      const out: Record<string, number> = {};
      for (const e of entries) {
        const k = key(e);
        if (k !== undefined) out[String(k)] = (out[String(k)] ?? 0) + 1;
      }
      return out;
    };
    expect(filters.halaman).toEqual({ inovasi: entries.length, opd: opds.length });
    expect(filters.opd).toEqual(count((e) => e.opd));
    expect(filters.tahun).toEqual(count((e) => e.year));
    for (const key of ['tahapan', 'jenis', 'bentuk', 'urusan', 'status'] as const) expect(filters[key], key).toEqual(count((e) => e[key]));
    expectNoErrors('index');
  });

  it('gives every innovation its card data: title, OPD, year, tahapan, summary', async () => {
    const cards = await page.evaluate(async () => {
      const found = await (window as unknown as WithPagefind).pagefindForTest.search(null, { filters: { halaman: 'inovasi' } });
      return Promise.all(found.results.map((r) => r.data()));
    });
    expect(cards.map((c) => c.url).sort()).toEqual(hrefsOf(entries));
    for (const e of entries) {
      const card = cards.find((c) => c.url === entryHref(e.id))!;
      const owner = opds.find((o) => o.id === e.opd)!;
      expect(card.meta.title, e.id).toBe(e.title);
      expect(card.meta.opd, e.id).toBe(owner.abbreviation ?? owner.name);
      expect(card.meta.tahun, e.id).toBe(e.year === undefined ? undefined : String(e.year));
      expect(card.meta.tahapan, e.id).toBe(labelOf(TAHAPAN, e.tahapan));
      expect(card.meta.summary?.length, e.id).toBeGreaterThan(0);
    }
  });

  it('indexes the entry, not the navigation chrome around it', async () => {
    const e = entries[0]!;
    clean();
    await page.goto(server.url(`inovasi/${e.id}/`), { waitUntil: 'load' });
    // Footer paragraphs and the breadcrumb: text that would show up verbatim if Pagefind indexed the whole page.
    const chrome = await page.$$eval('footer.site-footer p, nav.breadcrumb', (els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
    await loadPagefindApi();
    const content = await page.evaluate(async (url) => {
      const found = await (window as unknown as WithPagefind).pagefindForTest.search(null, { filters: { halaman: 'inovasi' } });
      for (const r of found.results) {
        const d = await r.data();
        if (d.url === url) return d.content;
      }
      return '';
    }, entryHref(e.id));
    expect(content).toContain(e.title);
    for (const text of chrome) {
      expect(text.length).toBeGreaterThan(0);
      expect(content).not.toContain(text);
    }
  });
});

describe('finding an OPD by any of its names', () => {
  async function expectFinds(opd: Opd, query: string) {
    const top = await typeSearch(query, 5);
    const own = hrefsOf(entries.filter((e) => e.opd === opd.id));
    expect(top.some((h) => own.includes(h)), `"${query}" → first five: ${top.join(', ')}; expected one of ${own.join(', ')}`).toBe(true);
    expectNoErrors(query);
  }

  it('has OPDs with innovations', () => expect(owning.length).toBeGreaterThan(0));

  it('finds one of its innovations in the first five for the abbreviation, lower-case too', async () => {
    for (const opd of owning.filter((o) => o.abbreviation)) {
      await expectFinds(opd, opd.abbreviation!);
      await expectFinds(opd, opd.abbreviation!.toLowerCase());
    }
  });

  it('finds one of its innovations in the first five for the full name', async () => {
    for (const opd of owning) await expectFinds(opd, opd.name);
  });

  it('finds one of its innovations in the first five for every alias (e.g. DMPTSP, Dukcapil)', async () => {
    const aliases = owning.flatMap((o) => o.aliases.map((a) => ({ opd: o, alias: a })));
    expect(aliases.length).toBeGreaterThan(0);
    for (const { opd, alias } of aliases) await expectFinds(opd, alias);
  });

  it('finds the OPD page for a root word of its name the stemmer misses ("rencana" → "Perencanaan")', async () => {
    const planning = opds.filter((o) => [o.name, ...o.aliases].some((n) => /\bperencanaan\b/i.test(n)));
    expect(planning.length).toBeGreaterThan(0);
    const found = await openSearch('?q=rencana');
    for (const o of planning) expect(found, o.id).toContain(href(`opd/${o.id}/`));
  });
});

describe('/cari/', () => {
  it('returns every entry whose title, summary, other names or keywords contain the query', async () => {
    for (const query of ['KTP', 'sampah', 'perpustakaan', 'izin']) {
      const expected = hrefsOf(entries.filter((e) => e.text.toLowerCase().includes(query.toLowerCase())));
      expect(expected.length, query).toBeGreaterThan(0);
      const found = await openSearch(`?q=${encodeURIComponent(query)}`);
      expect(await searchInput().inputValue()).toBe(query);
      for (const h of expected) expect(found, `"${query}" should find ${h}`).toContain(h);
      expectNoErrors(query);
    }
  });

  it('shows exactly the innovations of an OPD for /cari/?opd=<id>', async () => {
    for (const opd of owning) {
      const found = await openSearch(`?opd=${opd.id}`);
      expect(found.sort(), opd.id).toEqual(hrefsOf(entries.filter((e) => e.opd === opd.id)));
      expectNoErrors(opd.id);
    }
  });

  it('narrows the results with a filter, with counts, and puts the filter in the URL', async () => {
    const all = await openSearch('');
    expect(all.length).toBe(entries.length + opds.length);
    await checkbox('halaman', 'inovasi').check();
    await page.waitForURL(/[?&]halaman=inovasi/);
    expect((await results()).sort()).toEqual(hrefsOf(entries));
    const stage = entries.find((e) => e.tahapan !== 'penerapan')?.tahapan ?? 'penerapan';
    const expected = hrefsOf(entries.filter((e) => e.tahapan === stage));
    const count = await page.locator(`label:has(> input[name="tahapan"][value="${stage}"]) .pf-filter-checkbox-count`).textContent();
    expect(Number(count)).toBe(expected.length);
    await checkbox('tahapan', stage).check();
    await page.waitForURL(new RegExp(`[?&]tahapan=${stage}`));
    const narrowed = await results();
    expect(narrowed.sort()).toEqual(expected);
    expect(narrowed.length).toBeLessThan(entries.length);
    expectNoErrors('filter');
  });

  it('labels every filter group and value in Indonesian, not by id', async () => {
    await openSearch('');
    const groups = await page.$$eval('etalase-filter-pane .pf-filter-group-name', (els) => els.map((e) => e.textContent));
    expect(groups).toEqual(['Perangkat daerah', 'Tahun', 'Tahapan', 'Jenis', 'Bentuk', 'Urusan pemerintahan', 'Status', 'Keperluan', 'Jenis halaman']);
    const values = await page.$$eval('etalase-filter-pane label.pf-filter-checkbox', (labels) =>
      labels.map((l) => {
        const box = l.querySelector('input')!;
        const count = l.querySelector('.pf-filter-checkbox-count')?.textContent ?? '';
        return { name: box.name, value: box.value, text: (l.textContent ?? '').slice(0, -count.length).trim() };
      }),
    );
    const vocab = { tahapan: TAHAPAN, jenis: JENIS, bentuk: BENTUK, urusan: URUSAN, status: STATUS };
    for (const v of values) {
      if (v.name === 'opd') {
        const opd = opds.find((o) => o.id === v.value)!;
        expect(v.text).toContain(opd.name);
      } else if (v.name === 'tahun') {
        expect(v.text).toBe(v.value);
      } else if (v.name === 'keperluan') {
        // The needs of the home tiles, in the words the tiles use.
        expect(v.text, `keperluan=${v.value}`).toBe(ui.home.needLabels[v.value]);
      } else if (v.name === 'halaman') {
        expect(v.text).toBe({ inovasi: 'Inovasi', opd: 'Perangkat daerah' }[v.value]);
      } else {
        expect(v.text, `${v.name}=${v.value}`).toBe(labelOf(vocab[v.name as keyof typeof vocab], v.value));
      }
    }
    expect(values.filter((v) => v.name === 'opd').length).toBe(owning.length);
  });

  it('keeps query and filters in the URL through reload, back and forward', async () => {
    const opd = owning.some((o) => o.id === 'disdukcapil') ? 'disdukcapil' : owning[0]!.id;
    const query = `?q=ktp&opd=${opd}`;
    const first = (await openSearch(query)).sort();
    const own = hrefsOf(entries.filter((e) => e.opd === opd));
    for (const h of first) expect(own).toContain(h);
    expect(await searchInput().inputValue()).toBe('ktp');
    expect(await checkbox('opd', opd).isChecked()).toBe(true);

    await page.reload({ waitUntil: 'load' });
    expect((await results()).sort()).toEqual(first);
    expect(await searchInput().inputValue()).toBe('ktp');
    expect(await checkbox('opd', opd).isChecked()).toBe(true);

    // A filter change is one history entry.
    await checkbox('halaman', 'inovasi').check();
    await page.waitForURL((u) => u.search === `${query}&halaman=inovasi`);
    await results();
    // A new query is another.
    await searchInput().fill('akta');
    await page.waitForURL((u) => u.search === `?q=akta&opd=${opd}&halaman=inovasi`);
    await results();

    await page.goBack();
    await page.waitForURL((u) => u.search === `${query}&halaman=inovasi`);
    await results();
    expect(await searchInput().inputValue()).toBe('ktp');
    expect(await checkbox('halaman', 'inovasi').isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((u) => u.search === query);
    expect((await results()).sort()).toEqual(first);
    expect(await checkbox('halaman', 'inovasi').isChecked()).toBe(false);
    expect(await checkbox('opd', opd).isChecked()).toBe(true);

    await page.goForward();
    await page.waitForURL((u) => u.search === `${query}&halaman=inovasi`);
    await results();
    expect(await checkbox('halaman', 'inovasi').isChecked()).toBe(true);
    expectNoErrors('url state');
  });

  it('lists an active filter the pane cannot show (an OPD without innovations) and lets it be removed', async () => {
    const idle = opds.find((o) => !entries.some((e) => e.opd === o.id));
    if (!idle) return;
    const found = await openSearch(`?opd=${idle.id}`);
    expect(found).toEqual([]);
    const chip = page.locator('[data-search-active] button.search-chip');
    expect(await chip.textContent()).toContain(idle.name);
    await chip.click();
    await page.waitForURL((u) => u.search === '');
    expect((await results()).length).toBe(entries.length + opds.length);
    expectNoErrors('active filter');
  });
});

describe('/cari/ reads queries as residents type them (content/search-synonyms.yaml)', () => {
  it('drops filler words, maps variants, puts the emergency number first, and says when it shows the closest matches', async () => {
    const top = await openSearch(`?${new URLSearchParams({ q: 'cara bikin ktp elektronik' })}`, 3);
    expect(top).toContain(`${BASE}inovasi/ktp-el-sehari-jadi/`);
    expect(await page.locator('[data-search-partial]').count()).toBe(0);
    expect((await openSearch(`?${new URLSearchParams({ q: 'ambulans' })}`, 1))[0]).toBe(`${BASE}inovasi/nomor-panggilan-darurat-112/`);
    // Two catalogue words no page holds together: the closest pages, under a plain line.
    const closest = await openSearch(`?${new URLSearchParams({ q: 'perpustakaan sampah jenazah' })}`, 3);
    expect(closest.length).toBeGreaterThan(0);
    await expect(page.locator('[data-search-partial]').innerText()).resolves.toBe('Tidak ada yang memuat semua kata; ini yang paling dekat.');
  });
});

describe('links into the search', () => {
  it('every innovation page links each of its filter values to the filtered search', async () => {
    for (const e of entries) {
      clean();
      await page.goto(server.url(`inovasi/${e.id}/`), { waitUntil: 'load' });
      const links = await page.$$eval('a.search-link', (as) => as.map((a) => a.getAttribute('href')));
      const wanted = (['tahapan', 'jenis', 'bentuk', 'urusan', 'status'] as const).map((k) => `${BASE}cari/?${k}=${e[k]}`);
      if (e.year !== undefined) wanted.push(`${BASE}cari/?tahun=${e.year}`);
      for (const w of wanted) expect(links, e.id).toContain(w);
      expectNoErrors(e.id);
    }
  });

  it('the year link of an entry leads to exactly the entries of that year', async () => {
    const dated = entries.find((e) => e.year !== undefined);
    if (!dated) return;
    clean();
    await page.goto(server.url(`inovasi/${dated.id}/`), { waitUntil: 'load' });
    await page.locator(`a.search-link[href="${BASE}cari/?tahun=${dated.year}"]`).click();
    await page.waitForURL((u) => u.pathname === `${BASE}cari/`);
    expect((await results()).sort()).toEqual(hrefsOf(entries.filter((e) => e.year === dated.year)));
    expectNoErrors('year link');
  });

  it('every OPD page with innovations links to /cari/?opd=<id>', async () => {
    for (const opd of owning) {
      clean();
      await page.goto(server.url(`opd/${opd.id}/`), { waitUntil: 'load' });
      expect(await page.locator(`a[href="${BASE}cari/?opd=${opd.id}"]`).count(), opd.id).toBe(1);
    }
  });
});

describe('long result lists', () => {
  it('show a page of results first; "show more" adds the rest and says how many are shown; a new search starts again from the first page', async () => {
    const indexed = entries.length + opds.length;
    await openSearch('', 1);
    const pageSize = Number(await page.locator('pagefind-results').getAttribute('data-page-size'));
    expect(pageSize).toBeGreaterThan(0);
    expect(indexed, 'this test needs more indexed pages than one page of results').toBeGreaterThan(pageSize);
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results ul > li').length === n, pageSize);
    const more = page.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    expect(await more.textContent()).toContain(String(Math.min(pageSize, indexed - pageSize)));
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results ul > li').length === n, Math.min(indexed, 2 * pageSize));
    await expect.poll(() => page.locator('[data-search-more-status]').textContent()).toContain(`${Math.min(indexed, 2 * pageSize)} dari ${indexed}`);
    if (indexed <= 2 * pageSize) expect(await more.isVisible()).toBe(false);
    await searchInput().fill('dukcapil');
    await page.waitForURL((u) => u.searchParams.get('q') === 'dukcapil');
    await searchInput().fill('');
    await page.waitForURL((u) => !u.searchParams.has('q'));
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results ul > li').length === n, pageSize);
    expectNoErrors('show more');
  });
});

describe('the header search box', () => {
  it('loads no search code before it is used, then shows results as you type', async () => {
    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      const freshLog = watch(fresh);
      const requested: string[] = [];
      fresh.on('request', (r) => requested.push(r.url()));
      await fresh.goto(server.url(''), { waitUntil: 'networkidle' });
      const before = [...requested];
      expect(before.filter((u) => u.includes('/pagefind/'))).toEqual([]);

      const target = entries.find((e) => /sianduk/i.test(e.title)) ?? entries[0]!;
      const word = target.title.split(/\s+/)[0]!;
      const input = fresh.locator('form.header-search input[name="q"]');
      await input.focus();
      await input.fill(word);
      await fresh.waitForSelector(`form.header-search .header-search-results a[href="${entryHref(target.id)}"]`);
      const after = requested.slice(before.length);
      // Pagefind and the live-search module arrive only now.
      expect(after.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
      const lazyScripts = after.filter((u) => u.includes('/_astro/') && u.endsWith('.js'));
      expect(lazyScripts.length).toBeGreaterThan(0);
      for (const u of lazyScripts) expect(before).not.toContain(u);

      const all = fresh.locator('form.header-search a.hs-all');
      expect(await all.getAttribute('href')).toBe(`${BASE}cari/?${new URLSearchParams({ q: word })}`);
      await input.press('Enter');
      await fresh.waitForURL((u) => u.pathname === `${BASE}cari/` && u.searchParams.get('q') === word);
      expect(freshLog.errors).toEqual([]);
      expect(freshLog.failed).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on an innovation page is a plain form: the page loads no JavaScript, and Enter opens /cari/', async () => {
    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      const scripts: string[] = [];
      fresh.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const target = entries[0]!;
      await fresh.goto(server.url(`inovasi/${target.id}/`), { waitUntil: 'networkidle' });
      // Only data blocks (JSON-LD, Pagefind data), no executable script, inline or external.
      const inline = await fresh.locator('script').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).type).filter((t) => !/json/.test(t)));
      expect(inline).toEqual([]);
      const input = fresh.locator('form.header-search input[name="q"]');
      await input.focus();
      await input.fill('ktp');
      await fresh.waitForTimeout(300);
      expect(scripts).toEqual([]);
      await input.press('Enter');
      await fresh.waitForURL((u) => u.pathname === `${BASE}cari/` && u.searchParams.get('q') === 'ktp');
    } finally {
      await context.close();
    }
  });

  it('measures the bytes of a first search', async () => {
    const bytes = await measureFirstSearchBytes(browser, server.url(''), 'ktp');
    const urls = bytes.search.requests.map((r) => r.url);
    expect(urls.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(urls.some((u) => u.includes('/pagefind/wasm.'))).toBe(true);
    expect(urls.some((u) => u.endsWith('.pf_fragment'))).toBe(true);
    expect(bytes.beforeUse.requests.some((r) => r.url.includes('/pagefind/'))).toBe(false);
    console.log(
      `first search (${BASE}): page ${bytes.beforeUse.bytes} B (${bytes.beforeUse.gzipBytes} B gzipped); search adds ${bytes.search.bytes} B (${bytes.search.gzipBytes} B gzipped) in ${bytes.search.requests.length} requests`,
    );
  });
});

describe('without JavaScript', () => {
  it('/cari/ says the search needs JavaScript and links to the browsable lists; the header box is a plain form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(server.url('cari/?q=ktp'), { waitUntil: 'load' });
      const notice = plain.locator('.search-noscript');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('memerlukan JavaScript');
      expect(await notice.locator(`a[href="${BASE}inovasi/"]`).count()).toBe(1);
      expect(await notice.locator(`a[href="${BASE}opd/"]`).count()).toBe(1);
      expect(await plain.locator('[data-search-ui]').isVisible()).toBe(false);
      const form = plain.locator('form.header-search');
      expect(await form.getAttribute('action')).toBe(`${BASE}cari/`);
      expect(await form.getAttribute('method')).toBe('get');
      expect(await form.locator('input[name="q"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
