/**
 * What a resident acts on, at 390×844 in Chromium on the built site (issue 24): a "berjalan"
 * status confirmed too long ago says so with its month on cards and the entry page; how-to-use
 * facts carry their date and, when old, a notice naming whom to ask; every entry shows a contact
 * path that works (its own, the OPD's, or the pemda's from site.yaml); OPD pages without a
 * contact show the pemda's; addresses link to OpenStreetMap and Google Maps; phone numbers are
 * tel: links; every entry and OPD page can be shared on WhatsApp. Expected values come from the
 * content files and the calendar, not from the site's code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { openSearchSite, SEARCH_BASE as BASE } from '../helpers/search-site.ts';
import type { Served } from '../helpers/serve.ts';
import { opdIds, publishedEntries, ROOT } from '../helpers/content.ts';

const entries = publishedEntries();
const site = parse(readFileSync(join(ROOT, 'content', 'site.yaml'), 'utf8')) as { staleAfterDays: number; contact?: { address?: { text: string }; website?: { url: string } } };
const DAY = 86_400_000;
const monthYear = (date: string) => new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
/** Entries whose "berjalan" was last confirmed more than staleAfterDays ago (the build ran today). */
const staleRunning = entries.filter((e) => e.data.status === 'berjalan' && e.data.lastVerified && Date.now() - Date.parse(String(e.data.lastVerified)) > site.staleAfterDays * DAY);

let server: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser } = await openSearchSite());
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const res = await page.goto(server.url(path), { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
}

describe('honest status', () => {
  it('an entry confirmed "berjalan" too long ago says when, on its page and on every card of it', async () => {
    expect(staleRunning.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    let cards = 0;
    const expected = new Map(staleRunning.map((e) => [`${BASE}inovasi/${e.id}/`, `Berjalan menurut sumber ${monthYear(String(e.data.lastVerified))}; belum dipastikan lagi`]));
    for (const e of staleRunning) {
      await open(`inovasi/${e.id}/`);
      const about = await page.locator('section.entry-facts').innerText();
      if (!about.includes(expected.get(`${BASE}inovasi/${e.id}/`)!)) wrong.push(`${e.id}: page says ${about.slice(0, 200)}`);
      if (/Masih berjalan/i.test(about)) wrong.push(`${e.id}: page still says "Masih berjalan"`);
    }
    for (const path of ['', ...entries.map((e) => `inovasi/${e.id}/`)]) {
      await open(path);
      const shown = await page.$$eval('article.card', (cs) => cs.map((c) => ({ href: c.querySelector('.card-title a')?.getAttribute('href') ?? '', badges: (c.querySelector('.badges') as HTMLElement | null)?.innerText ?? '' })));
      for (const c of shown) {
        const text = expected.get(c.href);
        if (!text) continue;
        cards += 1;
        if (!c.badges.includes(text)) wrong.push(`${path || '/'}: card of ${c.href} says ${c.badges}`);
      }
    }
    expect(cards).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('an OPD page never counts an unconfirmed "berjalan" as confirmed', async () => {
    const byOpd = new Map<string, number>();
    for (const e of staleRunning) byOpd.set(String(e.data.opd), (byOpd.get(String(e.data.opd)) ?? 0) + 1);
    for (const [opd, count] of byOpd) {
      const confirmed = entries.filter((e) => e.data.opd === opd && e.data.status === 'berjalan' && !staleRunning.includes(e)).length;
      await open(`opd/${opd}/`);
      const numbers = await page.locator('section.opd-numbers').innerText();
      expect(numbers, opd).toMatch(new RegExp(`(^|\\s)${confirmed}\\s+dipastikan masih berjalan`));
      expect(numbers, opd).toMatch(new RegExp(`(^|\\s)${count}\\s+berjalan menurut sumber lama; belum dipastikan lagi`));
    }
  });
});

describe('dated how-to-use facts', () => {
  it('KTP-el sehari jadi (facts of July 2018) shows the date at the top of "Cara memakai" and a notice with whom to ask', async () => {
    await open('inovasi/ktp-el-sehari-jadi/');
    const date = page.locator('section.how-to-use [data-facts-date]');
    await expect(date.isVisible()).resolves.toBe(true);
    const text = await date.innerText();
    expect(text).toContain('Informasi ini dari Juli 2018 dan mungkin sudah berubah — pastikan ke');
    const links = await date.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toContain(`${BASE}opd/disdukcapil/`);
    // It stands first in the section, right under the heading.
    expect(await page.$eval('section.how-to-use > h2 + *', (n) => n.hasAttribute('data-facts-date'))).toBe(true);
  });
});

describe('someone to ask, always', () => {
  it('every entry shows a working contact path under "Cara memakai"', async () => {
    const none: string[] = [];
    for (const e of entries) {
      await open(`inovasi/${e.id}/`);
      const hrefs = await page.$$eval('section.how-to-use [data-help] a, section.how-to-use [data-facts-date] a, section.how-to-use dl.opd-contact a, section.how-to-use a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      if (!hrefs.some((h) => /^(tel:|mailto:|https:)/.test(h))) none.push(`${e.id}: ${hrefs.join(', ') || '(no link)'}`);
    }
    expect(none).toEqual([]);
  });

  it('an OPD without a contact of its own shows the pemda’s, with its source; none says its contact is elsewhere', async () => {
    expect(site.contact?.address).toBeTruthy();
    let fallbacks = 0;
    for (const id of opdIds()) {
      const opd = parse(readFileSync(join(ROOT, 'content', 'opd', `${id}.yaml`), 'utf8')) as { contact?: unknown; website?: string };
      if (opd.contact || opd.website) continue;
      await open(`opd/${id}/`);
      const text = await page.locator('[data-contact="site"]').innerText();
      expect(text, id).toContain(site.contact!.address!.text);
      fallbacks += 1;
    }
    expect(fallbacks).toBeGreaterThan(0);
    expect(await page.locator('footer').innerText()).not.toContain('kontak di halaman masing-masing');
  });

  it('phone numbers in how-to-use facts are tel: links', async () => {
    await open('inovasi/mobil-jenazah/');
    expect(await page.locator('section.how-to-use a[href="tel:082148144455"]').innerText()).toBe('0821\u20114814\u20114455');
    await open('inovasi/nomor-panggilan-darurat-112/');
    expect(await page.locator('section.how-to-use a[href="tel:112"]').count()).toBe(1);
    // No phone-looking number left as plain text in any entry's "Cara memakai".
    const plain: string[] = [];
    for (const e of entries) {
      await open(`inovasi/${e.id}/`);
      const found = await page.$eval('section.how-to-use', (s) => {
        const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('a[href^="tel:"]')) continue;
          const m = n.textContent?.match(/(?<![\d.])0\d{2,3}[-. ]?\d{3,4}[-. ]?\d{3,5}/);
          if (m) out.push(m[0]);
        }
        return out;
      });
      plain.push(...found.map((f) => `${e.id}: ${f}`));
    }
    expect(plain).toEqual([]);
  });
});

describe('a map for every address', () => {
  it('each address row and street address links to OpenStreetMap and Google Maps for that address', async () => {
    let checked = 0;
    const missing: string[] = [];
    const paths = [...entries.map((e) => `inovasi/${e.id}/`), ...opdIds().map((id) => `opd/${id}/`)];
    for (const path of paths) {
      await open(path);
      const rows = await page.$$eval('dl.opd-contact dt', (dts) =>
        dts.filter((dt) => dt.textContent?.trim() === 'Alamat').map((dt) => {
          const dd = dt.nextElementSibling as HTMLElement;
          return { text: dd.firstChild?.textContent ?? '', links: [...dd.querySelectorAll('[data-map-links] a')].map((a) => a.getAttribute('href') ?? '') };
        }),
      );
      const streets = await page.$$eval('section.how-to-use li', (lis) =>
        lis.filter((li) => /(^|\s)(Jl\.|Jalan)\s/.test(li.textContent ?? '')).map((li) => ({ text: li.firstChild?.textContent ?? '', links: [...li.querySelectorAll('[data-map-links] a')].map((a) => a.getAttribute('href') ?? '') })),
      );
      for (const r of [...rows, ...streets]) {
        checked += 1;
        const osm = r.links.find((h) => h.startsWith('https://www.openstreetmap.org/search?query='));
        const google = r.links.find((h) => h.startsWith('https://www.google.com/maps/search/?api=1&query='));
        const street = r.text.split(',')[0]!.replace(/\s*\(.*$/, '').trim();
        if (!osm || !google || !decodeURIComponent(osm).includes(street) || !decodeURIComponent(google).includes(street)) missing.push(`${path}: ${r.text} → ${r.links.join(' ')}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

describe('share', () => {
  it('every entry and OPD page has "Bagikan lewat WhatsApp" with its title and address, without JavaScript', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const nojs = await ctx.newPage();
    const wrong: string[] = [];
    const paths = [...entries.map((e) => `inovasi/${e.id}/`), ...opdIds().map((id) => `opd/${id}/`)];
    for (const path of paths) {
      await nojs.goto(server.url(path));
      const link = nojs.locator('a.share-whatsapp');
      if ((await link.count()) !== 1) {
        wrong.push(`${path}: ${await link.count()} links`);
        continue;
      }
      const href = (await link.getAttribute('href'))!;
      const text = new URL(href).searchParams.get('text') ?? '';
      const title = (await nojs.locator('h1').innerText()).split('\n')[0]!.replace(/\s*\(.*\)$/, '');
      if (!href.startsWith('https://wa.me/?text=') || !text.includes(`/${path}`) || !text.includes(title.slice(0, 20))) wrong.push(`${path}: ${href}`);
      if (!(await link.isVisible())) wrong.push(`${path}: not visible`);
    }
    await ctx.close();
    expect(wrong).toEqual([]);
  });
});

describe('home tiles', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`each tile's number is the number of results its search shows (${lang})`, async () => {
      await open(lang === 'en' ? 'en/' : '');
      const tiles = await page.$$eval('.need-list a[data-need]', (as) => as.map((a) => ({ key: a.getAttribute('data-need') ?? '', href: a.getAttribute('href') ?? '', count: Number((a.querySelector('.need-count')?.textContent ?? '').match(/\d+/)?.[0] ?? NaN) })));
      expect(tiles.length).toBeGreaterThan(3);
      const wrong: string[] = [];
      for (const tile of tiles) {
        await page.goto(new URL(tile.href, server.url('')).href, { waitUntil: 'load' });
        await page.waitForFunction(() => {
          const list = document.querySelector('pagefind-results ul');
          return /\d/.test(document.querySelector('pagefind-summary')?.textContent ?? '') && list !== null && list.getAttribute('aria-busy') !== 'true';
        });
        const summary = (await page.locator('pagefind-summary').textContent()) ?? '';
        const shown = Number(summary.match(/\d+/)?.[0]);
        if (shown !== tile.count) wrong.push(`${tile.key}: tile ${tile.count}, search "${summary.trim()}"`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
