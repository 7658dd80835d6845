/**
 * Search records for entries that have no English page (hasEnglishPage is false). English
 * search must still find them, so the English Pagefind index gets one record per such entry
 * that points to its Indonesian page: Indonesian title and summary, the card labelled
 * "(Bahasa Indonesia)" (and `lang: id` in its metadata, for result code that marks the
 * language), the same filters as a page, and as text what an English page of the entry used
 * to offer the index: title, other names, summary, tags, the English labels of its
 * vocabulary, its OPD's names and the hidden search terms. Pure; the records reach Pagefind
 * through /search-records.json, which src/search-index.ts reads, adds and removes.
 */
import type { InnovationRecord } from './catalog.ts';
import { hasEnglishPage } from './translation.ts';
import { innovationFilters, innovationMeta, opdNames, vocabularyLabel } from './search-facets.ts';
import { pathsFor, withBase } from './urls.ts';
import { getUi } from '../i18n/index.ts';

/** What Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  /** Site path without the base path (Pagefind's search script prefixes the base itself), with #isi. */
  url: string;
  language: 'en';
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** File name of the records in the built site (read and removed by the indexing step). */
export const SEARCH_RECORDS_FILE = 'search-records.json';

type RecordSource = Pick<InnovationRecord, 'id' | 'title' | 'summary' | 'titleEn' | 'summaryEn' | 'aka' | 'tags' | 'opd' | 'owner' | 'tahapan' | 'jenis' | 'bentuk' | 'urusan' | 'status' | 'year' | 'images'>;

/** The English-index record of one entry without an English page, or undefined when it has one. */
export function englishSearchRecord(item: RecordSource, terms: readonly string[], basePath: string): SearchRecord | undefined {
  if (hasEnglishPage(item)) return undefined;
  const label = getUi('en').entry.indonesianOnly;
  const first = item.images[0];
  const image = first && { src: withBase(first.src, basePath), alt: first.alt };
  // The label is its own field: result cards show it outside the title, which is clamped to two lines.
  const meta = { ...innovationMeta(item, image, 'en'), title: item.title, label, lang: 'id' };
  const labels = (['tahapan', 'jenis', 'bentuk', 'urusan', 'status'] as const).map((key) => vocabularyLabel(key, item[key], 'en'));
  const owner = [...opdNames(item.owner), item.owner.nameEn];
  const content = [item.title, ...item.aka, item.summary, ...item.tags, ...labels, ...owner, ...terms].filter(Boolean).join('. ');
  // Pagefind keeps one record per URL across languages: the record gets the page's main
  // content anchor (#isi, on every page) so it does not replace the Indonesian page's own record.
  return { url: `${pathsFor('en', '/').innovation(item)}#isi`, language: 'en', content, meta, filters: innovationFilters(item) };
}
