/**
 * Builds the Pagefind search index over a built dist/, through the Node API. It runs as the
 * second step of `npm run build` (scripts/search-index.ts), in its own process after Astro has
 * exited: inside astro:build:done Pagefind's process ran while Astro still held its heap
 * (at 30,000 entries 11 GB for the two together).
 * The pages marked data-pagefind-body first get the word boundaries compressHTML removed
 * (indexableHtml, written back in place: browsers do not render that whitespace), then
 * Pagefind reads dist/ itself (addDirectory, parallel in its own process: about three
 * times faster than sending pages one by one), one process per language one after the other
 * so that no process holds both languages' pages (src/lib/search-languages.ts). Any indexing error, an index with another
 * page count than the marked pages, or an index in another language than the site's
 * fails the build. Beside the index it writes, per language, the filter counts /cari/ shows
 * without loading Pagefind's filter files (src/lib/facet-counts.ts), read from the same
 * pages in the same pass (and from the records below).
 * Entries without an English page are added to the English index as records pointing to
 * their Indonesian page (search-records.json, written by the Astro build; see src/lib/search-records.ts).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from './i18n/index.ts';
import { folderLanguage, languageGlob, mergeEntries, type PagefindEntry } from './lib/search-languages.ts';
import { indexableHtml } from './lib/search-facets.ts';
import { SEARCH_RECORDS_FILE, type SearchRecord } from './lib/search-records.ts';
import { facetCounts, facetFiles, pageFilters, type PageFilters } from './lib/facet-counts.ts';

const BATCH = 64;

/**
 * A filter value read from a page is a slice of that page's HTML, and V8 keeps the whole page
 * alive behind a slice: kept for the counts, 20,000 pages' values held 0.9 GB of HTML at
 * 10,000 entries. Each distinct value is kept once, as its own copy.
 */
function detached(filters: PageFilters, pool: Map<string, string>): PageFilters {
  const own = (v: string) => {
    let copy = pool.get(v);
    if (copy === undefined) {
      copy = Buffer.from(v, 'utf8').toString('utf8');
      pool.set(copy, copy);
    }
    return copy;
  };
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [own(name), values.map(own)]));
}

/**
 * Restores word boundaries in every page marked data-pagefind-body; returns how many there are
 * per language (the number each index must hold) and their filter values. A marked page whose
 * `<html lang>` is not the language of its folder fails: each language is indexed from its own folders.
 */
async function prepareMarkedPages(dir: string): Promise<{ marked: Map<string, number>; filters: Map<string, PageFilters[]> }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith(`pagefind${sep}`));
  const marked = new Map<string, number>();
  const filters = new Map<string, PageFilters[]>();
  const pool = new Map<string, string>();
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async (file) => {
        const html = await readFile(file, 'utf8');
        if (!html.includes('data-pagefind-body')) return;
        const page = pageFilters(html);
        const folder = folderLanguage(relative(dir, file));
        if (page.lang !== folder) throw new Error(`Pagefind: ${relative(dir, file)} berbahasa "${page.lang}" (atribut lang pada <html>), tetapi halaman di folder ini berbahasa ${folder}.`);
        marked.set(page.lang, (marked.get(page.lang) ?? 0) + 1);
        const list = filters.get(page.lang) ?? [];
        list.push(detached(page.filters, pool));
        filters.set(page.lang, list);
        const fixed = indexableHtml(html);
        if (fixed !== html) await writeFile(file, fixed);
      }),
    );
  }
  return { marked, filters };
}

/** The English records of entries without an English page; the file is removed (it is not part of the site). */
async function takeSearchRecords(dir: string): Promise<SearchRecord[]> {
  const file = join(dir, SEARCH_RECORDS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  await rm(file);
  return JSON.parse(text) as SearchRecord[];
}

/**
 * Indexes a built site in place and checks the result; throws an Indonesian error on any
 * indexing problem. Returns the log line. `partial`: `site` holds only some pages (a pull-request
 * build's re-rendered pages, see scripts/search-index.ts): one language may be missing.
 */
export async function buildSearchIndex(site: string, { partial = false } = {}): Promise<string> {
  const { marked, filters } = await prepareMarkedPages(site);
  const markedTotal = [...marked.values()].reduce((a, b) => a + b, 0);
  if (markedTotal === 0) throw new Error('Pagefind: tidak ada halaman dengan data-pagefind-body; halaman inovasi dan OPD seharusnya memilikinya.');
  const records = await takeSearchRecords(site);
  const topLevel = (await readdir(site, { withFileTypes: true })).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  const outputPath = join(site, 'pagefind');
  const runs: { lang: string; glob: string; entry: PagefindEntry }[] = [];
  // One Pagefind process per language, one after the other (src/lib/search-languages.ts).
  for (const lang of LANGS) {
    const ownRecords = records.filter((r) => r.language === lang);
    if (!marked.get(lang) && !ownRecords.length) continue;
    const glob = languageGlob(lang, topLevel);
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index || errors.length) throw new Error(`Pagefind gagal dimulai: ${errors.join('; ')}`);
      if (marked.get(lang)) {
        const added = await index.addDirectory({ path: site, glob });
        if (added.errors.length) throw new Error(`Pagefind gagal mengindeks ${site} (${glob}): ${added.errors.join('; ')}`);
      }
      for (const record of ownRecords) {
        const r = await index.addCustomRecord(record);
        if (r.errors.length) throw new Error(`Pagefind gagal mengindeks catatan ${record.url}: ${r.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    runs.push({ lang, glob, entry: JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry });
  }
  const entry = mergeEntries(runs);
  await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));

  const languages = Object.keys(entry.languages);
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  // Each run holds exactly its own language of LANGS (mergeEntries checks it; languages come
  // sorted): only a language with nothing to index can be missing, which a partial index allows.
  const expected = [...LANGS].sort();
  if (!partial && languages.join(',') !== expected.join(',')) {
    throw new Error(`Pagefind: indeks berbahasa ${languages.join(', ')}, seharusnya tepat ${expected.join(' dan ')} (atribut lang pada <html>); tanpa itu pencarian tidak memakai stemming bahasa Indonesia.`);
  }
  if (indexed !== markedTotal + records.length) throw new Error(`Pagefind: ${markedTotal} halaman bertanda data-pagefind-body dan ${records.length} catatan entri tanpa halaman Inggris, tetapi ${indexed} yang masuk indeks.`);
  // Records count in their language's filters like pages do.
  for (const record of records) {
    const list = filters.get(record.language) ?? [];
    list.push(record.filters);
    filters.set(record.language, list);
  }
  for (const lang of languages) {
    const counts = facetCounts(filters.get(lang) ?? []);
    if (counts.pages !== entry.languages[lang]!.page_count) throw new Error(`Pagefind: indeks ${lang} berisi ${entry.languages[lang]!.page_count} halaman, hitungan saringan ${counts.pages}.`);
    for (const [path, text] of facetFiles(lang, counts)) {
      await mkdir(dirname(join(outputPath, path)), { recursive: true });
      await writeFile(join(outputPath, path), text);
    }
  }
  return `Pagefind: ${indexed} halaman diindeks (bahasa ${languages.join(', ')}; satu proses per bahasa${records.length ? `; ${records.length} entri tanpa halaman Inggris masuk indeks Inggris` : ''}).`;
}
