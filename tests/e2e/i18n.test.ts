/**
 * The English edition on the built sites: every page type exists under /en/, carries
 * <html lang> and hreflang alternates that resolve, switches to its Indonesian twin and back
 * in Chromium, and shows no Indonesian UI string outside content marked lang="id". The
 * Indonesian strings looked for are read from the Indonesian string table and vocabularies
 * (those whose English differs), not typed here. English search finds entries by their English text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { launch, watch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { BUILDS, requireBuild, type Build } from '../helpers/builds.ts';
import { fileFor, htmlFiles } from '../helpers/dist.ts';
import { opdIds, pageTypes, publishedEntries } from '../helpers/content.ts';
import { ui as idUi } from '../../src/i18n/id.ts';
import { ui as enUi } from '../../src/i18n/en.ts';
import { vocabTables } from '../../src/i18n/en-vocab.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const entries = publishedEntries();
const translated = entries.filter((e) => typeof e.data.titleEn === 'string');
/** Entries with an English page: English title and summary (issue #16; tests/e2e/english-rule.test.ts covers entries without). */
const withEnglishPage = entries.filter((e) => typeof e.data.titleEn === 'string' && typeof e.data.summaryEn === 'string');
/** Indonesian page types (paths under the base); each has an English twin under en/. */
const PAGE_TYPES = pageTypes();

// ---------------------------------------------------------------------------------------
// Indonesian UI strings, from the string tables: exact texts and multi-word fragments.

const SENTINEL = '\u0001';
const exact = new Set<string>();
const fragments = new Set<string>();

function addIndonesian(id: string, en: string) {
  const text = id.replace(/\s+/g, ' ').trim();
  if (text === en.replace(/\s+/g, ' ').trim() || !/\p{L}{3}/u.test(text)) return;
  exact.add(text);
  if (text.includes(' ') && text.length >= 12) fragments.add(text);
}

/** Walks the Indonesian and English tables side by side; functions are called with placeholders. */
function collect(id: unknown, en: unknown) {
  if (typeof id === 'string' && typeof en === 'string') addIndonesian(id, en);
  else if (typeof id === 'function' && typeof en === 'function') {
    const args = Array.from({ length: id.length }, () => SENTINEL);
    let idOut: unknown;
    let enOut: unknown;
    try {
      idOut = id(...args);
      enOut = en(...args);
    } catch {
      return;
    }
    if (typeof idOut !== 'string' || typeof enOut !== 'string') return;
    const enParts = new Set(enOut.split(/\u0001|NaN/).map((p) => p.trim()));
    for (const part of idOut.split(/\u0001|NaN/).map((p) => p.trim())) {
      if (part.includes(' ') && part.length >= 12 && !enParts.has(part)) fragments.add(part.replace(/\s+/g, ' '));
    }
  } else if (id && en && typeof id === 'object' && typeof en === 'object') {
    for (const key of Object.keys(id)) collect((id as Record<string, unknown>)[key], (en as Record<string, unknown>)[key]);
  }
}
collect(idUi, enUi);
for (const [list, english] of vocabTables) for (const c of list) addIndonesian(c.label, english[c.id] ?? c.id);

/** Fragments match whole words only ("versi" is not found inside "version"). */
const fragmentPatterns = [...fragments].map((f) => [f, new RegExp(`(?<!\\p{L})${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u')] as const);

const CHECKED_ATTRS = ['aria-label', 'title', 'placeholder', 'alt'];

/** Indonesian UI strings in an HTML page, outside elements marked lang="id" (and scripts). */
function leftovers(html: string, { ignoreHtmlLang = false } = {}): string[] {
  const found: string[] = [];
  const check = (raw: string, where: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (exact.has(text) || exact.has(text.replace(/:$/, ''))) found.push(`${where}: "${text}"`);
    else for (const [f, re] of fragmentPatterns) if (text.includes(f) && re.test(text)) found.push(`${where}: "${f}" in "${text.slice(0, 80)}"`);
  };
  const walk = (node: Node, lang: string) => {
    if (!('tagName' in node) && node.nodeName === '#text') {
      if (lang !== 'id') check((node as DefaultTreeAdapterMap['textNode']).value, 'text');
      return;
    }
    const el = node as Element;
    if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'template') return;
    const own = ignoreHtmlLang && el.tagName === 'html' ? undefined : el.attrs?.find((a) => a.name === 'lang')?.value;
    const here = own ?? lang;
    if (here !== 'id' && el.attrs) {
      for (const a of el.attrs) if (CHECKED_ATTRS.includes(a.name)) check(a.value, `${el.tagName}[${a.name}]`);
      const name = el.attrs.find((a) => a.name === 'name' || a.name === 'property')?.value;
      if (el.tagName === 'meta' && name && /description|title/.test(name)) check(el.attrs.find((a) => a.name === 'content')?.value ?? '', `meta ${name}`);
    }
    const kids = (el as { childNodes?: Node[] }).childNodes ?? [];
    const content = (el as unknown as { content?: { childNodes: Node[] } }).content;
    for (const k of [...kids, ...(content?.childNodes ?? [])]) walk(k, here);
  };
  walk(parse(html, { scriptingEnabled: false }) as unknown as Node, '');
  return found;
}

// ---------------------------------------------------------------------------------------

describe.each(BUILDS)('English edition on disk, $name build ($base)', (build: Build) => {
  const read = (file: string) => readFileSync(join(build.dir, file), 'utf8');

  it('every page type exists under en/ with <html lang="en">; Indonesian pages say lang="id"', () => {
    requireBuild(build);
    for (const path of [...PAGE_TYPES, 'glosarium/']) {
      const idFile = join(path, 'index.html');
      expect(read(idFile), idFile).toMatch(/<html lang="id"/);
    }
    for (const path of [...PAGE_TYPES.map((p) => `en/${p}`), 'en/glossary/', 'en/404/']) {
      const file = join(path, 'index.html');
      expect(existsSync(join(build.dir, file)), file).toBe(true);
      expect(read(file), file).toMatch(/<html lang="en"/);
    }
    expect(read('404.html')).toMatch(/<html lang="id"/);
  });

  it('writes one English page per innovation with English text and per OPD — no more, no fewer', () => {
    const files = htmlFiles(build.dir);
    const count = (re: RegExp) => files.filter((f) => re.test(f)).length;
    expect(count(/^en\/inovasi\/(?!urut\/|halaman\/)[^/]+\/index\.html$/)).toBe(withEnglishPage.length);
    expect(count(/^en\/opd\/[^/]+\/index\.html$/)).toBe(opdIds().length);
  });

  it('every indexable page with a twin lists hreflang alternates for id, en and x-default that exist in the build; one without lists none', () => {
    const single = new Set(entries.filter((e) => !withEnglishPage.includes(e)).map((e) => `inovasi/${e.id}/index.html`));
    let pages = 0;
    for (const file of htmlFiles(build.dir)) {
      const html = read(file);
      if (/<meta name="robots" content="noindex"/.test(html)) continue;
      pages += 1;
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
      expect(alternates.map(([l]) => l).sort(), file).toEqual(single.has(file) ? [] : ['en', 'id', 'x-default']);
      if (single.has(file)) continue;
      for (const [lang, href] of alternates) {
        const url = new URL(href);
        expect(fileFor(build.dir, build.base, url.pathname), `${file} → ${lang} ${href}`).toBeDefined();
      }
      const self = file.startsWith('en/') ? 'en' : 'id';
      const selfHref = alternates.find(([l]) => l === self)![1];
      expect(new URL(selfHref).pathname, file).toBe(`${build.base}${file.replace(/index\.html$/, '')}`);
    }
    expect(pages).toBeGreaterThan(entries.length + withEnglishPage.length);
  });

  it('no Indonesian UI string is left on any English page (outside text marked lang="id")', () => {
    const english = htmlFiles(build.dir).filter((f) => f.startsWith('en/'));
    expect(english.length).toBeGreaterThan(entries.length);
    const problems = english.flatMap((f) => leftovers(read(f)).map((p) => `${f} — ${p}`));
    expect(problems).toEqual([]);
  });

  it('the leftover detector does find the Indonesian strings on the Indonesian twins (it can fail)', () => {
    let total = 0;
    for (const path of PAGE_TYPES) {
      // Read as if the page were English: the detector must flag its Indonesian UI.
      const found = leftovers(read(join(path, 'index.html')), { ignoreHtmlLang: true });
      expect(found.length, path).toBeGreaterThan(0);
      total += found.length;
    }
    expect(total).toBeGreaterThan(40);
  });

  it('an entry without English text shows the Indonesian text marked lang="id" with a note; a translated one shows English', () => {
    // Every entry now has an English title; some have no English story. Each page is checked
    // against what its own frontmatter holds, and at least one untranslated story must exist.
    const untranslatedStory = entries.filter((e) => typeof e.data.storyEn !== 'string');
    expect(untranslatedStory.length).toBeGreaterThan(0);
    for (const e of withEnglishPage) {
      const page = read(`en/inovasi/${e.id}/index.html`);
      if (typeof e.data.titleEn === 'string') {
        expect(page).toMatch(new RegExp(`<h1[^>]*>${escapeRe(String(e.data.titleEn))}</h1>`));
        expect(page).not.toMatch(/<h1[^>]* lang="id"/);
      } else {
        expect(page).toMatch(new RegExp(`<h1[^>]* lang="id"[^>]*>${escapeRe(String(e.data.title))}</h1>`));
      }
      const complete = typeof e.data.storyEn === 'string' && typeof e.data.summaryEn === 'string';
      expect(page.includes(enUi.entry.noTranslation), e.id).toBe(!complete);
      if (typeof e.data.storyEn !== 'string') {
        expect(page, e.id).toMatch(/<section[^>]*class="prose"[^>]*lang="id"|<section[^>]*lang="id"[^>]*class="prose"/);
      }
    }
  });

  it('links Indonesian government terms on English pages to the glossary', () => {
    const html = read(`en/inovasi/${entries[0]!.id}/index.html`);
    for (const term of ['opd', 'tahapan', 'jenis', 'bentuk', 'urusan']) expect(html).toContain(`href="${build.base}en/glossary/#${term}"`);
    const glossary = read('en/glossary/index.html');
    for (const term of ['opd', 'tahapan', 'jenis', 'bentuk', 'urusan', 'lan-5d', 'iga', 'iid', 'kecamatan', 'kelurahan']) expect(glossary).toContain(`id="${term}"`);
  });
});

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/&/g, '&(?:amp;)?').replace(/'/g, "(?:'|&#39;|&#x27;)");
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves a build and opens one tab on it for the tests of the enclosing describe. */
function servedTab(build: Build) {
  const tab = {} as { server: Served; page: Page };
  beforeAll(async () => {
    requireBuild(build);
    tab.server = await serveDist(build.dir, build.base);
    tab.page = await browser.newPage();
  });
  afterAll(async () => {
    await tab.page?.close();
    await tab.server?.close();
  });
  return tab;
}

describe.each(BUILDS)('language switch in Chromium, $name build ($base)', (build: Build) => {
  const tab = servedTab(build);

  const switchLanguage = async () => {
    await Promise.all([tab.page.waitForNavigation({ waitUntil: 'load' }), tab.page.locator('[data-language-switch]').click()]);
    return { path: new URL(tab.page.url()).pathname, lang: await tab.page.evaluate(() => document.documentElement.lang) };
  };

  for (const path of [...PAGE_TYPES, 'glosarium/']) {
    it(`/${path} → English twin → back`, async () => {
      const log = watch(tab.page);
      await tab.page.goto(tab.server.url(path), { waitUntil: 'load' });
      const enPath = path === 'glosarium/' ? 'en/glossary/' : `en/${path}`;
      expect(await switchLanguage()).toEqual({ path: `${build.base}${enPath}`, lang: 'en' });
      expect(await switchLanguage()).toEqual({ path: `${build.base}${path}`, lang: 'id' });
      expect(log.errors).toEqual([]);
    });
  }

  it('the not-found page switches to the English not-found page and back', async () => {
    await tab.page.goto(tab.server.url('halaman-yang-tidak-ada/'), { waitUntil: 'load' });
    expect(await switchLanguage()).toEqual({ path: `${build.base}en/404/`, lang: 'en' });
    expect(await switchLanguage()).toEqual({ path: `${build.base}404.html`, lang: 'id' });
  });
});

describe('searching the English edition (root build)', () => {
  const tab = servedTab(BUILDS[0]!);

  /** Result links of a /cari/ query, once the results have rendered. */
  async function results(path: string): Promise<string[]> {
    await tab.page.goto(tab.server.url(path), { waitUntil: 'networkidle' });
    await tab.page.waitForSelector('pagefind-results a', { timeout: 15_000 });
    await tab.page.waitForTimeout(300);
    return tab.page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('finds translated entries by words of their English text, in the English index only', async () => {
    const adm = translated.find((e) => /kiosk/i.test(String(e.data.titleEn)));
    expect(adm, 'an entry whose English title says "kiosk"').toBeDefined();
    const found = await results('en/cari/?q=kiosks');
    expect(found).toContain(`/en/inovasi/${adm!.id}/`);
    expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
    // The Indonesian index does not hold the English text.
    await tab.page.goto(tab.server.url('cari/?q=kiosks'), { waitUntil: 'networkidle' });
    await tab.page.waitForTimeout(1500);
    const idFound = await tab.page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(idFound).not.toContain(`/inovasi/${adm!.id}/`);
  });

  it('shows English filter names and values on /en/cari/ and no Indonesian UI string once results render', async () => {
    await results('en/cari/?q=service');
    const html = await tab.page.content();
    expect(html).toContain(enUi.search.groups.tahapan);
    expect(leftovers(html)).toEqual([]);
  });
});
