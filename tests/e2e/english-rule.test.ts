/**
 * The English-page rule (issue #16): an entry has an English page only when it has English
 * text (titleEn and summaryEn). The real catalogue is translated throughout, so this builds a
 * copy of content/ in a temporary folder, under the /etalase/ sub-path, with the English text
 * removed from one entry and only summaryEn removed from another, then indexes it as
 * `npm run build` does. Checked on the built files: no English page for either, no link,
 * hreflang, sitemap entry or sitemap alternate pointing to one, English lists and OPD pages
 * carrying them by their Indonesian text (lang="id", "(Bahasa Indonesia)", link to the
 * Indonesian page); in Chromium: the language switch leads to the English list, and English
 * search finds the untranslated entry and opens its Indonesian page.
 * What "has an English page" means is read from the frontmatter here, not from the site code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { ROOT, publishedEntries } from '../helpers/content.ts';
import { checkLinks, fileFor, htmlFiles } from '../helpers/dist.ts';
import { launch, watch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';

const BASE = '/etalase/';
const SITE = 'https://inovasi.contoh.go.id';
/** No English text at all. */
const NONE = 'sianduk';
/** An English title but no English summary: still no English page. */
const HALF = 'bank-sampah-unit';

/** Removes top-level frontmatter keys (and their indented continuation lines) from an entry file. */
function dropKeys(text: string, keys: string[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    if (key !== undefined || line === '---') skipping = key !== undefined && keys.includes(key);
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

let work: string;
let out: string;
let content: string;
const read = (file: string) => readFileSync(join(out, file), 'utf8');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'etalase-english-'));
  content = join(work, 'content');
  out = join(work, 'dist');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const file = (id: string) => join(content, 'innovations', readdirSync(join(content, 'innovations')).find((f) => f.replace(/\.mdx?$/, '') === id)!);
  writeFileSync(file(NONE), dropKeys(readFileSync(file(NONE), 'utf8'), ['titleEn', 'summaryEn', 'storyEn']));
  writeFileSync(file(HALF), dropKeys(readFileSync(file(HALF), 'utf8'), ['summaryEn']));
  // Vitest puts Vite's own variables (BASE_URL="/", MODE…) into process.env; the child build must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...parent } = process.env;
  const env = { ...parent, CONTENT_DIR: content, OUT_DIR: out, BASE_PATH: BASE, SITE_URL: SITE, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (astro.status !== 0) throw new Error(`fixture build failed:\n${astro.stdout.slice(-3000)}\n${astro.stderr.slice(-3000)}`);
  const index = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'search-index.ts'), out], { cwd: ROOT, env, encoding: 'utf8' });
  if (index.status !== 0) throw new Error(`indexing failed:\n${index.stdout}\n${index.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('entries without English text (fixture build under /etalase/)', () => {
  it('the fixture really has the two entries without English text, and the others with it', () => {
    const entries = publishedEntries(join(content, 'innovations'));
    const withEnglish = entries.filter((e) => typeof e.data.titleEn === 'string' && typeof e.data.summaryEn === 'string').map((e) => e.id);
    expect(entries.map((e) => e.id).filter((id) => !withEnglish.includes(id)).sort()).toEqual([HALF, NONE].sort());
    expect(entries.find((e) => e.id === HALF)!.data.titleEn).toEqual(expect.any(String));
  });

  it('writes an English page for every entry with English text and none for the two', () => {
    const entries = publishedEntries(join(content, 'innovations'));
    const pages = htmlFiles(out).filter((f) => /^en\/inovasi\/(?!urut\/|halaman\/)[^/]+\/index\.html$/.test(f));
    expect(pages.length).toBe(entries.length - 2);
    expect(existsSync(join(out, 'en', 'inovasi', NONE))).toBe(false);
    expect(existsSync(join(out, 'en', 'inovasi', HALF))).toBe(false);
    expect(existsSync(join(out, 'inovasi', NONE, 'index.html'))).toBe(true);
  });

  it('no link, asset, hreflang or language switch on any page is broken (link checker)', () => {
    expect(checkLinks(out, BASE, SITE)).toEqual([]);
  });

  it('no page links to the missing English pages at all', () => {
    const bad = htmlFiles(out).filter((f) => [NONE, HALF].some((id) => read(f).includes(`${BASE}en/inovasi/${id}/`)));
    expect(bad).toEqual([]);
  });

  it('the sitemap lists neither missing page, every URL and alternate in it exists, and the Indonesian pages have no alternates', () => {
    const xml = readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => read(f)).join('\n');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const alternates = [...xml.matchAll(/<xhtml:link[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(100);
    expect(alternates.length).toBeGreaterThan(100);
    for (const url of [...locs, ...alternates]) expect(fileFor(out, BASE, new URL(url).pathname), url).toBeDefined();
    const entryXml = (id: string) => /<url>(?:(?!<\/url>)[\s\S])*<\/url>/g.exec(xml.slice(xml.indexOf(`<loc>${SITE}${BASE}inovasi/${id}/</loc>`) - 5))![0];
    expect(entryXml(NONE)).not.toContain('xhtml:link');
    expect(entryXml('akta-keliling')).toContain(`${SITE}${BASE}en/inovasi/akta-keliling/`);
  });

  it('the Indonesian page has no hreflang or English locale, and its language switch leads to the English list', () => {
    const html = read(`inovasi/${NONE}/index.html`);
    expect(html).not.toMatch(/hreflang="(en|x-default)"[^>]*rel="alternate"|rel="alternate" hreflang=/);
    expect(html).not.toContain('og:locale:alternate');
    expect(html).toMatch(new RegExp(`<a class="language-switch" href="${BASE}en/inovasi/"[^>]*data-language-switch="list"`));
    // A translated entry keeps its pair.
    expect(read('inovasi/akta-keliling/index.html')).toContain(`hreflang="en" href="${SITE}${BASE}en/inovasi/akta-keliling/"`);
  });

  it('English lists and the English OPD page carry both entries by their Indonesian text, linked to the Indonesian page', () => {
    const lists = htmlFiles(out).filter((f) => /^en\/(inovasi\/(index\.html|halaman\/|urut\/)|opd\/(disdukcapil|dlh)\/index\.html)/.test(f));
    expect(lists.length).toBeGreaterThan(3);
    for (const id of [NONE, HALF]) {
      const entry = publishedEntries(join(content, 'innovations')).find((e) => e.id === id)!;
      const title = String(entry.data.title).replace(/&/g, '&amp;');
      const link = new RegExp(`<a href="${BASE}inovasi/${id}/" lang="id" hreflang="id"[^>]*>${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a> <span class="language-label" lang="id"[^>]*>\\(Bahasa Indonesia\\)</span>`);
      const carrying = lists.filter((f) => link.test(read(f)));
      expect(carrying.length, id).toBeGreaterThan(1);
      expect(carrying.some((f) => f.startsWith('en/opd/')), id).toBe(true);
    }
    // Lists are tables; cards (home, related entries) show the Indonesian summary too, marked, never the English title.
    const decode = (t: string) => t.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    let cards = 0;
    const entries = publishedEntries(join(content, 'innovations'));
    for (const f of htmlFiles(out).filter((f) => f.startsWith('en/'))) {
      const html = read(f);
      for (const id of [NONE, HALF]) {
        const data = entries.find((e) => e.id === id)!.data;
        for (const m of html.matchAll(new RegExp(`<article class="card"><h3 class="card-title"><a href="${BASE}inovasi/${id}/"[\\s\\S]*?</article>`, 'g'))) {
          cards += 1;
          expect(decode(/<p lang="id">([^<]*)<\/p>\s*<\/article>$/.exec(m[0])?.[1] ?? ''), `${f} ${id}`).toBe(data.summary);
          expect(m[0], `${f} ${id}`).toContain('(Bahasa Indonesia)');
          if (typeof data.titleEn === 'string') expect(decode(m[0])).not.toContain(data.titleEn);
        }
      }
    }
    expect(cards).toBeGreaterThan(0);
  });

  it('feeds and open-data files hold no English entry URL; the search-records build file is gone', () => {
    for (const f of ['rss.xml', 'data/inovasi.json', 'data/inovasi.csv']) expect(read(f), f).not.toContain('/en/inovasi/');
    expect(existsSync(join(out, 'search-records.json'))).toBe(false);
  });
});

describe('entries without English text in Chromium', () => {
  let browser: Browser;
  let server: Served;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    server = await serveDist(out, BASE);
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it('the language switch of the Indonesian page opens the English list, not a missing page', async () => {
    const log = watch(page);
    await page.goto(server.url(`inovasi/${NONE}/`), { waitUntil: 'load' });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('[data-language-switch]').click()]);
    expect(new URL(page.url()).pathname).toBe(`${BASE}en/inovasi/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(log.failed).toEqual([]);
  });

  it('English search finds the untranslated entry, labelled, and opens its Indonesian page', async () => {
    await page.goto(server.url('en/cari/?q=ojek'), { waitUntil: 'networkidle' });
    await page.waitForSelector('pagefind-results a', { timeout: 15_000 });
    await page.waitForTimeout(300);
    const links = await page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, lang: a.getAttribute('lang'), text: a.closest('li')?.textContent ?? '' })));
    const hit = links.find((l) => l.path === `${BASE}inovasi/${NONE}/`);
    expect(hit, JSON.stringify(links)).toBeDefined();
    expect(hit!.text).toContain('(Bahasa Indonesia)');
    expect(hit!.lang).toBe('id');
    expect(links.some((l) => l.path === `${BASE}en/inovasi/${NONE}/`)).toBe(false);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(`pagefind-results a[href*="inovasi/${NONE}/"]`).first().click()]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  });

  it('pages listing an entry without English text, and its own page, have zero axe violations', async () => {
    const axeSource = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    for (const path of ['en/inovasi/', 'en/opd/disdukcapil/', 'en/inovasi/akta-keliling/', `inovasi/${NONE}/`]) {
      await tab.goto(server.url(path), { waitUntil: 'networkidle' });
      await tab.evaluate(axeSource);
      const violations = (await tab.evaluate(() =>
        (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } }),
      )).violations.map((v) => v.id);
      expect(violations, path).toEqual([]);
    }
    await context.close();
  });
});
