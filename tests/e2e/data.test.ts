/**
 * Open data, feeds and discoverability on the built site (dist/), checked against content/
 * read independently (tests/helpers/content.ts, yaml), with standard parsers: JSON.parse,
 * csv-parse, fast-xml-parser, and Chromium's DOMParser for HTML.
 * Works for any build: DIST_DIR, BASE_PATH and SITE_URL say where and how it was built.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launch, watch, type PageLog } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { opdIds, publishedEntries, ROOT } from '../helpers/content.ts';

const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.BASE_PATH ?? '/';
const SITE = process.env.SITE_URL ?? 'http://localhost:4321';
/** Absolute URL of a site path, as the build should write it. */
const abs = (path: string) => new URL(`${BASE}${path}`, SITE).href;

const entries = publishedEntries();
const entryIds = entries.map((e) => e.id).sort();
const opds = opdIds();
const opdData = (id: string) => parseYaml(readFileSync(join(ROOT, 'content', 'opd', `${id}.yaml`), 'utf8')) as { name: string; abbreviation?: string };
const siteYaml = parseYaml(readFileSync(join(ROOT, 'content', 'site.yaml'), 'utf8')) as { licence: { name: string; url: string }; government: string };

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** dist/ file that an absolute URL of this site points to; throws for URLs outside the site. */
function distFile(url: string): string {
  const u = new URL(url);
  const site = new URL(SITE);
  if (u.origin !== site.origin || !u.pathname.startsWith(BASE)) throw new Error(`${url} is outside ${SITE}${BASE}`);
  const rel = decodeURIComponent(u.pathname.slice(BASE.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
const xml = new XMLParser({ ignoreAttributes: false });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface Dataset {
  schemaVersion: string;
  generated: string;
  count: number;
  licence: { name: string; url: string };
  innovations: Record<string, unknown>[];
}
interface OpdFile {
  generated: string;
  count: number;
  opds: { id: string; name: string; url: string; feed: string; innovationCount: number; collaborationCount: number }[];
}

let json: Dataset;
let csvText: string;
let csvRows: Record<string, string>[];
let opdJson: OpdFile;
let server: Served;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} belum dibangun; jalankan npm run build dulu.`);
  json = JSON.parse(read('data/inovasi.json')) as Dataset;
  csvText = read('data/inovasi.csv');
  csvRows = parseCsv(csvText, { bom: true, columns: true }) as Record<string, string>[];
  opdJson = JSON.parse(read('data/opd.json')) as OpdFile;
  server = await serveDist(DIST, BASE);
  browser = await launch();
  page = await browser.newPage();
  log = watch(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Well-formedness by Chromium's XML parser (DOMParser reports errors as a <parsererror> element). */
async function xmlProblem(text: string): Promise<string | null> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
  }, text);
}

interface SitemapUrl {
  loc: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string } | { '@_hreflang': string; '@_href': string }[];
}

async function sitemapEntries(): Promise<SitemapUrl[]> {
  const index = read('sitemap-index.xml');
  expect(await xmlProblem(index)).toBeNull();
  const maps = asArray(xml.parse(index).sitemapindex.sitemap as { loc: string } | { loc: string }[]).map((s) => s.loc);
  expect(maps.length).toBeGreaterThan(0);
  const urls: SitemapUrl[] = [];
  for (const loc of maps) {
    const text = read(distFile(loc));
    expect(await xmlProblem(text), loc).toBeNull();
    urls.push(...asArray(xml.parse(text).urlset.url as SitemapUrl | SitemapUrl[]));
  }
  return urls;
}

async function sitemapUrls(): Promise<string[]> {
  return (await sitemapEntries()).map((u) => u.loc);
}

const innovationPageIds = () =>
  readdirSync(join(DIST, 'inovasi'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIST, 'inovasi', d.name, 'index.html')) && !['urut', 'halaman'].includes(d.name))
    .map((d) => d.name)
    .sort();

describe('conservation: content = pages = inovasi.json = inovasi.csv = sitemap', () => {
  it('counts the same non-draft entries everywhere', async () => {
    const innovationUrl = new RegExp(`^${abs('inovasi/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^/]+)/$`);
    const inSitemap = (await sitemapUrls())
      .map((u) => innovationUrl.exec(u)?.[1])
      .filter((id): id is string => id !== undefined && !['urut', 'halaman'].includes(id))
      .sort();
    const counts = {
      content: entries.length,
      pages: innovationPageIds().length,
      json: json.innovations.length,
      jsonCount: json.count,
      csv: csvRows.length,
      sitemap: inSitemap.length,
    };
    expect(entries.length).toBeGreaterThan(0);
    expect(counts).toEqual({ content: entries.length, pages: entries.length, json: entries.length, jsonCount: entries.length, csv: entries.length, sitemap: entries.length });
    expect(innovationPageIds()).toEqual(entryIds);
    expect(json.innovations.map((r) => r.id).sort()).toEqual(entryIds);
    expect(inSitemap).toEqual(entryIds);
  });

  it('CSV parses back to the same ids and titles as the JSON, in the same order, and both match content/', () => {
    const fromCsv = csvRows.map((r) => ({ id: distFile(r.URL!).replace(/^inovasi\/|\/index\.html$/g, ''), title: r['Nama Inovasi'] }));
    const fromJson = json.innovations.map((r) => ({ id: r.id, title: r.title }));
    expect(fromCsv).toEqual(fromJson);
    for (const e of entries) expect(fromJson.find((r) => r.id === e.id)?.title, e.id).toBe(e.data.title);
  });
});

describe('inovasi.json', () => {
  it('states a semver schema version and an ISO build date', () => {
    expect(json.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(new Date(json.generated).toISOString().replace(/\.000Z$/, 'Z')).toBe(json.generated);
    expect(json.licence).toEqual(siteYaml.licence);
    expect(opdJson.generated).toBe(json.generated);
  });

  it('carries every frontmatter field of every entry, its OPD resolved and its canonical URL', () => {
    for (const e of entries) {
      const row = json.innovations.find((r) => r.id === e.id)!;
      for (const [key, value] of Object.entries(e.data)) {
        expect(row, `${e.id}.${key}`).toHaveProperty(key);
        // Scalars as written (YAML numbers like `launched: 2014` become the text "2014").
        // Text fields are trimmed by the schema (a YAML block scalar keeps its final newline).
        if (value !== null && typeof value !== 'object') expect(String(row[key]), `${e.id}.${key}`).toBe(typeof value === 'string' ? value.trim() : String(value));
      }
      expect((row.sources as { url: string }[]).map((s) => s.url)).toEqual((e.data.sources as { url: string }[]).map((s) => s.url));
      const owner = opdData(String(e.data.opd));
      expect(row.owner).toEqual({ id: e.data.opd, name: owner.name, abbreviation: owner.abbreviation ?? null });
      expect(row.url).toBe(abs(`inovasi/${e.id}/`));
      expect(existsSync(join(DIST, distFile(String(row.url)))), String(row.url)).toBe(true);
    }
  });
});

describe('inovasi.csv', () => {
  it('is UTF-8 with a byte-order mark, CRLF records and the national column names', () => {
    const bytes = readFileSync(join(DIST, 'data/inovasi.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText.endsWith('\r\n')).toBe(true);
    expect(Object.keys(csvRows[0]!)).toEqual([
      'Nama Inovasi', 'Nama OPD', 'Tahapan Inovasi', 'Inisiator', 'Jenis Inovasi', 'Bentuk Inovasi', 'Urusan Pemerintahan',
      'Waktu Uji Coba', 'Waktu Penerapan', 'Rancang Bangun', 'Tujuan', 'Manfaat', 'Hasil/Output', 'Outcome', 'Sumber', 'URL', 'Status',
    ]);
  });

  it('says in the Status column when an old "berjalan" was last confirmed, as the pages do', () => {
    const stale = entries.filter((e) => e.data.status === 'berjalan' && e.data.lastVerified && Date.now() - Date.parse(String(e.data.lastVerified)) > 365 * 86_400_000);
    expect(stale.length).toBeGreaterThan(0);
    for (const e of stale) {
      const row = csvRows.find((r) => r.URL!.endsWith(`/inovasi/${e.id}/`))!;
      const month = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${String(e.data.lastVerified).slice(0, 7)}-01T00:00:00Z`));
      expect(row.Status, e.id).toBe(`Berjalan menurut sumber ${month}; belum dipastikan lagi`);
    }
  });

  it('fills each row from its entry: OPD name, launch and trial dates, every source URL', () => {
    for (const row of csvRows) {
      const id = distFile(row.URL!).replace(/^inovasi\/|\/index\.html$/g, '');
      const e = entries.find((x) => x.id === id)!;
      expect(row['Nama OPD'], id).toBe(opdData(String(e.data.opd)).name);
      expect(row['Waktu Penerapan'], id).toBe(e.data.launched === undefined ? '' : String(e.data.launched));
      expect(row['Waktu Uji Coba'], id).toBe(e.data.trial === undefined ? '' : String(e.data.trial));
      for (const s of e.data.sources as { url: string }[]) expect(row.Sumber, id).toContain(s.url);
      expect(row.Manfaat, `${id} Manfaat from the body`).not.toBe('');
    }
  });
});

describe('opd.json', () => {
  it('lists every OPD of the registry with counts worked out from content/', () => {
    expect(opdJson.count).toBe(opds.length);
    expect(opdJson.opds.map((o) => o.id).sort()).toEqual([...opds].sort());
    for (const o of opdJson.opds) {
      const owned = entries.filter((e) => e.data.opd === o.id).length;
      const joined = entries.filter((e) => ((e.data.collaborators as string[] | undefined) ?? []).includes(o.id)).length;
      expect([o.innovationCount, o.collaborationCount], o.id).toEqual([owned, joined]);
      expect(o.name).toBe(opdData(o.id).name);
      expect(o.url).toBe(abs(`opd/${o.id}/`));
      expect(existsSync(join(DIST, distFile(o.feed))), o.feed).toBe(true);
    }
  });
});

describe('feeds, sitemap and robots.txt', () => {
  const items = async (path: string) => {
    const text = read(path);
    expect(await xmlProblem(text), path).toBeNull();
    const channel = xml.parse(text).rss.channel;
    return { channel, items: asArray(channel.item as { link: string; title: string; pubDate?: string }[] | undefined) };
  };

  it('/rss.xml holds every published innovation, linked under the base path, newest first', async () => {
    const { channel, items: list } = await items('rss.xml');
    expect(list.map((i) => i.link).sort()).toEqual(entryIds.map((id) => abs(`inovasi/${id}/`)).sort());
    for (const i of list) expect(existsSync(join(DIST, distFile(i.link))), i.link).toBe(true);
    const dated = list.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate!));
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    // Undated items come after dated ones.
    const firstUndated = list.findIndex((i) => !i.pubDate);
    if (firstUndated >= 0) expect(list.slice(firstUndated).every((i) => !i.pubDate)).toBe(true);
    // Entries with a launch or update date are dated in the feed.
    const withDate = entries.filter((e) => e.data.launched !== undefined || e.data.updated !== undefined).length;
    expect(dated.length).toBe(withDate);
    expect(channel['atom:link']['@_href']).toBe(abs('rss.xml'));
  });

  it('every OPD has a feed with exactly the innovations it runs or joins', async () => {
    for (const id of opds) {
      const { items: list } = await items(`opd/${id}/rss.xml`);
      const expected = entries
        .filter((e) => e.data.opd === id || ((e.data.collaborators as string[] | undefined) ?? []).includes(id))
        .map((e) => abs(`inovasi/${e.id}/`))
        .sort();
      expect(list.map((i) => i.link).sort(), id).toEqual(expected);
    }
  });

  it('the sitemap lists only pages of this site, under the base path, including /data/', async () => {
    const urls = await sitemapUrls();
    for (const u of urls) expect(existsSync(join(DIST, distFile(u))), u).toBe(true);
    expect(urls).toContain(abs('data/'));
    expect(urls).toContain(abs(''));
  });

  it('every sitemap URL names its Indonesian and English twin, both listed, both naming each other', async () => {
    const entries = await sitemapEntries();
    const byLoc = new Map(entries.map((u) => [u.loc, u]));
    const pairs = (u: SitemapUrl) => Object.fromEntries(asArray(u['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
    for (const u of entries) {
      const links = pairs(u);
      expect(Object.keys(links).sort(), u.loc).toEqual(['en-GB', 'id-ID']);
      // The page itself is one of its alternates, in the edition its path says.
      const english = new URL(u.loc).pathname.startsWith(`${BASE}en/`);
      expect(links[english ? 'en-GB' : 'id-ID'], u.loc).toBe(u.loc);
      for (const href of Object.values(links)) {
        expect(byLoc.has(href), `${u.loc} → ${href}`).toBe(true);
        expect(pairs(byLoc.get(href)!), href).toEqual(links);
      }
    }
    // The one page whose name differs between the editions is paired too.
    expect(pairs(byLoc.get(abs('glosarium/'))!)['en-GB']).toBe(abs('en/glossary/'));
  });

  it('robots.txt points to the sitemap index, under the base path', () => {
    const robots = read('robots.txt');
    const line = robots.split('\n').find((l) => l.startsWith('Sitemap: '));
    expect(line).toBe(`Sitemap: ${abs('sitemap-index.xml')}`);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('every page: canonical URL, Open Graph, Twitter card, RSS link, JSON-LD', () => {
  const htmlFiles = (dir = DIST, prefix = ''): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      // The web editor (admin/) is not a site page: tests/e2e/admin.test.ts checks it.
      if (d.isDirectory()) return d.name === '_astro' || d.name === 'pagefind' || (prefix === '' && d.name === 'admin') ? [] : htmlFiles(join(dir, d.name), `${prefix}${d.name}/`);
      return d.name.endsWith('.html') ? [`${prefix}${d.name}`] : [];
    });

  interface Head {
    canonical: string | null;
    og: Record<string, string | null>;
    twitterCard: string | null;
    feeds: string[];
    jsonLd: string[];
  }
  async function headOf(file: string): Promise<Head> {
    return page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const meta = (attr: string, name: string) => doc.head.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content') ?? null;
      return {
        canonical: doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        og: Object.fromEntries(['og:title', 'og:description', 'og:image', 'og:url', 'og:image:alt'].map((p) => [p, meta('property', p)])),
        twitterCard: meta('name', 'twitter:card'),
        feeds: [...doc.head.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => (l as HTMLLinkElement).getAttribute('href')!),
        jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      };
    }, read(file));
  }
  const heads = new Map<string, Head>();

  beforeAll(async () => {
    await page.goto('about:blank');
    for (const file of htmlFiles()) heads.set(file, await headOf(file));
  });

  it('has og:title, og:description, og:image (an existing 1200×630 PNG or page image), a canonical URL and the site feed', () => {
    expect(heads.size).toBeGreaterThan(entries.length + opds.length);
    const defaultImage = abs('social-card.png');
    for (const [file, head] of heads) {
      expect(head.og['og:title'], file).toBeTruthy();
      expect(head.og['og:description'], file).toBeTruthy();
      expect(head.og['og:image:alt'], file).toBeTruthy();
      expect(head.og['og:image'], file).toBeTruthy();
      expect(existsSync(join(DIST, distFile(head.og['og:image']!))), `${file} og:image`).toBe(true);
      expect(head.twitterCard, file).toBe('summary_large_image');
      expect(head.feeds, file).toContain(`${BASE}rss.xml`);
      if (file === '404.html' || file === 'en/404/index.html' || /^opd\/[^/]+\/permintaan-data\//.test(file)) {
        // The 404 page and the printable data requests (letters to an office) have no canonical URL and ask search engines not to index them.
        expect(head.canonical, file).toBeNull();
        continue;
      }
      expect(head.canonical, file).toBeTruthy();
      expect(head.og['og:url'], file).toBe(head.canonical);
      expect(head.canonical, file).toBe(abs(file.replace(/index\.html$/, '')));
    }
    expect(heads.get('index.html')!.og['og:image']).toBe(defaultImage);
    const png = readFileSync(join(DIST, 'social-card.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  const ld = (file: string, type: string) => {
    const docs = heads.get(file)!.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
    const found = docs.find((d) => d['@type'] === type);
    expect(found, `${file} has ${type}`).toBeDefined();
    return found as Record<string, any>;
  };

  it('innovation pages describe a GovernmentService provided by its OPD', () => {
    for (const e of entries) {
      const d = ld(`inovasi/${e.id}/index.html`, 'GovernmentService');
      expect(d['@context']).toBe('https://schema.org');
      expect(d.name).toBe(e.data.title);
      expect(d.url).toBe(abs(`inovasi/${e.id}/`));
      expect(d.provider.name).toBe(opdData(String(e.data.opd)).name);
      expect(d.subjectOf.map((s: { url: string }) => s.url)).toEqual((e.data.sources as { url: string }[]).map((s) => s.url));
    }
  });

  it('OPD pages describe a GovernmentOrganization and link their own feed', () => {
    for (const id of opds) {
      const file = `opd/${id}/index.html`;
      const d = ld(file, 'GovernmentOrganization');
      expect(d.name).toBe(opdData(id).name);
      expect(d.mainEntityOfPage).toBe(abs(`opd/${id}/`));
      expect(heads.get(file)!.feeds).toContain(`${BASE}opd/${id}/rss.xml`);
    }
  });

  it('/data/ describes a Dataset whose downloads exist, with the licence of site.yaml', () => {
    const d = ld('data/index.html', 'Dataset');
    expect(d.license).toBe(siteYaml.licence.url);
    expect(d.dateModified).toBe(json.generated);
    expect(d.version).toBe(json.schemaVersion);
    const files = d.distribution.map((x: { contentUrl: string }) => distFile(x.contentUrl)).sort();
    expect(files).toEqual(['data/inovasi.csv', 'data/inovasi.json', 'data/opd.json']);
  });
});

describe('/data/ page in Chromium', () => {
  it('renders without errors and every file link downloads', async () => {
    log.reset();
    const res = await page.goto(server.url('data/'), { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    const hrefs = await page.$$eval('section[aria-labelledby="berkas"] a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect((await fetch(href)).status, href).toBe(200);
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
  });

  it('states the build date of the data files and the licence of site.yaml', async () => {
    expect(await page.getAttribute('time[datetime]', 'datetime')).toBe(json.generated);
    expect(await page.locator(`a[rel="license"][href="${siteYaml.licence.url}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('blockquote.citation').textContent()).toContain(siteYaml.government);
  });

  it('the dictionary names every field used in content/ and every CSV column', async () => {
    const documented = new Set(await page.$$eval('table.fields th[scope="row"] code', (cs) => cs.map((c) => c.textContent)));
    const used = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (used.add(k), walk(x));
    };
    entries.forEach((e) => walk(e.data));
    opds.forEach((id) => walk(opdData(id)));
    expect([...used].filter((k) => !documented.has(k))).toEqual([]);
    const columns = await page.$$eval('table.csv-columns tbody th', (ths) => ths.map((t) => t.textContent));
    expect(columns).toEqual(Object.keys(csvRows[0]!));
  });
});

describe('print: an innovation page as a brief', () => {
  // The entry with the most sources: the hardest to keep readable on paper.
  const entry = [...entries].sort((a, b) => (b.data.sources as unknown[]).length - (a.data.sources as unknown[]).length)[0]!;

  it('drops navigation and related cards, keeps sources, prints outward link addresses', async () => {
    await page.goto(server.url(`inovasi/${entry.id}/`), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const shown = (sel: string) => page.$$eval(sel, (els) => els.map((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0));
    expect(await shown('.site-header nav')).not.toContain(true);
    expect(await shown('.skip-link')).not.toContain(true);
    expect(await shown('.breadcrumb')).not.toContain(true);
    expect(await shown('section[aria-labelledby="terkait"]')).not.toContain(true);
    const sources = await shown('ol.sources > li');
    expect(sources).toHaveLength((entry.data.sources as unknown[]).length);
    expect(sources.every(Boolean)).toBe(true);
    const afters = await page.$$eval('ol.sources > li > a', (as) =>
      as.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
    );
    for (const a of afters) expect(a.after, a.href!).toContain(a.href!);
    const internal = await page.$$eval(`main a[href^="${BASE}"]`, (as) => as.map((a) => getComputedStyle(a, '::after').content));
    expect(internal.length).toBeGreaterThan(0);
    for (const c of internal) expect(['none', 'normal']).toContain(c);
    expect(await shown('.site-footer a[rel="license"]')).toContain(true);
  });

  it('leaves the screen layout alone', async () => {
    await page.emulateMedia({ media: 'screen' });
    const nav = await page.$eval('.site-header nav', (el) => getComputedStyle(el).display);
    expect(nav).not.toBe('none');
    const after = await page.$eval('ol.sources > li > a', (a) => getComputedStyle(a, '::after').content);
    expect(['none', 'normal']).toContain(after);
  });
});
