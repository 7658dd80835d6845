/**
 * Builds the Pagefind search index over a built dist/, through the Node API. It runs as the
 * second step of `npm run build` (scripts/search-index.ts), in its own process after Astro has
 * exited: inside astro:build:done Pagefind's process ran while Astro still held its heap
 * (at 30,000 entries 11 GB for the two together).
 * The pages marked data-pagefind-body first get the word boundaries compressHTML removed
 * (indexableHtml, written back in place: browsers do not render that whitespace), then
 * Pagefind reads dist/ itself (addDirectory, parallel in its own process: about three
 * times faster than sending pages one by one). Any indexing error, an index with another
 * page count than the marked pages, or an index in another language than the site's
 * fails the build. Beside the index it writes, per language, the filter counts /cari/ shows
 * without loading Pagefind's filter files (src/lib/facet-counts.ts), read from the same
 * pages in the same pass (and from the records below).
 * Entries without an English page are added to the English index as records pointing to
 * their Indonesian page (search-records.json, written by the Astro build; see src/lib/search-records.ts).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from './i18n/index.ts';
import { indexableHtml } from './lib/search-facets.ts';
import { SEARCH_RECORDS_FILE, type SearchRecord } from './lib/search-records.ts';
import { facetCounts, facetCountsFile, pageFilters, type PageFilters } from './lib/facet-counts.ts';

const BATCH = 64;

/**
 * Restores word boundaries in every page marked data-pagefind-body; returns how many there are
 * (the number the index must hold) and their filter values per language.
 */
async function prepareMarkedPages(dir: string): Promise<{ marked: number; filters: Map<string, PageFilters[]> }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith(`pagefind${sep}`));
  let marked = 0;
  const filters = new Map<string, PageFilters[]>();
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async (file) => {
        const html = await readFile(file, 'utf8');
        if (!html.includes('data-pagefind-body')) return;
        marked += 1;
        const page = pageFilters(html);
        const list = filters.get(page.lang) ?? [];
        list.push(page.filters);
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
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind gagal dimulai: ${errors.join('; ')}`);

    const { marked, filters } = await prepareMarkedPages(site);
    if (marked === 0) throw new Error('Pagefind: tidak ada halaman dengan data-pagefind-body; halaman inovasi dan OPD seharusnya memilikinya.');
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind gagal mengindeks ${site}: ${added.errors.join('; ')}`);
    const records = await takeSearchRecords(site);
    for (const record of records) {
      const r = await index.addCustomRecord(record);
      if (r.errors.length) throw new Error(`Pagefind gagal mengindeks catatan ${record.url}: ${r.errors.join('; ')}`);
    }

    const outputPath = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);

    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const languages = Object.keys(entry.languages);
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const expected = [...LANGS].sort();
    if (partial ? languages.some((l) => !expected.includes(l)) : languages.slice().sort().join(',') !== expected.join(',')) {
      throw new Error(`Pagefind: indeks berbahasa ${languages.join(', ')}, seharusnya tepat ${expected.join(' dan ')} (atribut lang pada <html>); tanpa itu pencarian tidak memakai stemming bahasa Indonesia.`);
    }
    if (indexed !== marked + records.length) throw new Error(`Pagefind: ${marked} halaman bertanda data-pagefind-body dan ${records.length} catatan entri tanpa halaman Inggris, tetapi ${indexed} yang masuk indeks.`);
    // Records count in their language's filters like pages do.
    for (const record of records) {
      const list = filters.get(record.language) ?? [];
      list.push(record.filters);
      filters.set(record.language, list);
    }
    for (const lang of languages) {
      const counts = facetCounts(filters.get(lang) ?? []);
      if (counts.pages !== entry.languages[lang]!.page_count) throw new Error(`Pagefind: indeks ${lang} berisi ${entry.languages[lang]!.page_count} halaman, hitungan saringan ${counts.pages}.`);
      await writeFile(join(outputPath, facetCountsFile(lang)), JSON.stringify(counts));
    }
    return `Pagefind: ${indexed} halaman diindeks (bahasa ${languages.join(', ')}${records.length ? `; ${records.length} entri tanpa halaman Inggris masuk indeks Inggris` : ''}).`;
  } finally {
    await pagefind.close();
  }
}
