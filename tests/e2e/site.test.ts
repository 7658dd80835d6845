/**
 * The built site (dist/) in Debian Chromium: every page type renders with no console
 * error and no failed request; every published entry and every OPD has its page;
 * every entry page shows its sources as links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, watch, type PageLog } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { opdIds, publishedEntries, ROOT } from '../helpers/content.ts';

const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.BASE_PATH ?? '/';
const entries = publishedEntries();
const opds = opdIds();

let server: Served;
let browser: Browser;
let shared: Page;
let sharedLog: PageLog;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} belum dibangun; jalankan npm run build dulu.`);
  server = await serveDist(DIST, BASE);
  browser = await launch();
  shared = await browser.newPage();
  sharedLog = watch(shared);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a path in the shared tab; the returned log holds only this visit's errors. */
async function visit(path: string, expectStatus = 200) {
  sharedLog.reset();
  const res = await shared.goto(server.url(path), { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(expectStatus);
  return { page: shared, log: sharedLog };
}

describe('conservation: content ⇄ dist', () => {
  it('has content to publish', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(opds.length).toBeGreaterThan(0);
  });

  it('writes exactly one page per published innovation', () => {
    const pages = readdirSync(join(DIST, 'inovasi'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['urut', 'halaman'].includes(d.name) && existsSync(join(DIST, 'inovasi', d.name, 'index.html')))
      .map((d) => d.name)
      .sort();
    expect(pages).toEqual(entries.map((e) => e.id).sort());
  });

  it('writes a page for every OPD in the registry, including those without innovations', () => {
    for (const id of opds) expect(existsSync(join(DIST, 'opd', id, 'index.html')), `opd/${id}`).toBe(true);
  });
});

describe('every page type in Chromium', () => {
  const pages = ['', 'inovasi/', 'inovasi/urut/terbaru/', 'inovasi/urut/opd/', 'opd/'];
  for (const path of pages) {
    it(`/${path} renders without errors`, async () => {
      const { page, log } = await visit(path);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('id');
      expect(log.errors).toEqual([]);
      expect(log.failed).toEqual([]);
    });
  }

  it('the list links every published innovation', async () => {
    const { page } = await visit('inovasi/');
    const hrefs = await page.$$eval('table.listing tbody a[href*="/inovasi/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(entries.map((e) => `${BASE}inovasi/${e.id}/`).sort());
  });

  it('every innovation page shows its summary, OPD link and sources as links', async () => {
    for (const e of entries) {
      const { page, log } = await visit(`inovasi/${e.id}/`);
      expect(await page.locator('h1').textContent()).toBe(e.data.title);
      expect(await page.locator(`a[href="${BASE}opd/${e.data.opd}/"]`).count(), `${e.id} links its OPD`).toBeGreaterThan(0);
      const sources = e.data.sources as { url: string; title: string }[];
      const links = await page.$$eval('ol.sources > li > a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links, `${e.id} sources`).toEqual(sources.map((s) => s.url));
      expect(log.errors, e.id).toEqual([]);
      expect(log.failed, e.id).toEqual([]);
    }
  });

  it('every OPD page lists exactly the innovations it owns', async () => {
    for (const id of opds) {
      const { page, log } = await visit(`opd/${id}/`);
      const owned = entries.filter((e) => e.data.opd === id).map((e) => `${BASE}inovasi/${e.id}/`).sort();
      const listed = await page.$$eval('#inovasi ~ * a[href*="/inovasi/"], section[aria-labelledby="inovasi"] tbody a', (as) =>
        [...new Set(as.map((a) => a.getAttribute('href')))],
      );
      expect(listed.sort(), id).toEqual(owned);
      if (owned.length === 0) expect(await page.getByText('Belum ada inovasi yang tercatat').count()).toBe(1);
      expect(log.errors, id).toEqual([]);
    }
  });

  it('an unknown address gets the Indonesian 404 page', async () => {
    const { page } = await visit('tidak-ada-halaman-ini/', 404);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
  });
});

describe('links inside the site', () => {
  it('every internal href on the main pages resolves', async () => {
    const seen = new Set<string>();
    const broken: string[] = [];
    for (const path of ['', 'inovasi/', 'opd/', `inovasi/${entries[0]!.id}/`]) {
      const { page } = await visit(path);
      const hrefs = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
        els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src),
      );
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== server.origin) continue;
        const key = url.pathname;
        if (seen.has(key)) continue;
        seen.add(key);
        const res = await fetch(`${server.origin}${key}`);
        if (res.status !== 200) broken.push(`${path} → ${key} (${res.status})`);
      }
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });
});
