/**
 * Filter counts for /cari/ from build-time data (issue 16): Pagefind's filters() loads every
 * filter file of the index (≈ 165 kB gzip at 10,000 entries, growing with the pages), only to
 * count. The search index step reads the same filter values Pagefind reads from each indexed
 * page and writes, per language, how many pages carry each value (one small totals file), and
 * for each value how many of its pages carry each value of the other filters (one file per
 * value). From these, the counts /cari/ shows are exact without any filter file while there is
 * no query and at most one filter has values ticked (opening /cari/, or a shared /cari/?opd=X):
 * the ticked filter's own values are counted under no other selection (the totals), and another
 * filter's values under "any of the ticked values" (the sum of the ticked values' files). A
 * page fetches the totals and only the files of the values it has ticked.
 * Pure: no DOM, no Node.
 */

/** Filter values of one indexed page: filter name → values (ids). */
export type PageFilters = Record<string, string[]>;
/** Counts per filter: filter name → value → pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The totals file of one language. */
export interface FacetTotals {
  /** Pages in the index (this language). */
  pages: number;
  /** Every value of every filter with the pages that carry it, filters and values sorted. */
  totals: FilterCounts;
  /**
   * Filters where some page carries several values: pages with two ticked values of such a
   * filter would be counted twice by a sum over the ticked values' files, so with more than
   * one of its values ticked Pagefind must count.
   */
  several: string[];
}

/** The file of one value: among the pages carrying it, how many carry each value of each other filter (values never seen with it left out). */
export type ValueCounts = FilterCounts;

/** Everything the search index step writes for one language. */
export interface FacetData extends FacetTotals {
  /** filter name → value → that value's counts. */
  byValue: Record<string, Record<string, ValueCounts>>;
}

const FILTER_SPAN = /<[a-z]+\b[^>]*\bdata-pagefind-filter="([^"[]+)\[data-value\]"[^>]*\bdata-value="([^"]*)"[^>]*>/g;
const HTML_LANG = /<html\b[^>]*\blang="([^"]+)"/;

function unescapeAttr(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The language and filter values of a built page, as Pagefind reads them: `<html lang>` and
 * the `data-pagefind-filter="name[data-value]" data-value="…"` markers SearchIndexData writes.
 */
export function pageFilters(html: string): { lang: string; filters: PageFilters } {
  const lang = HTML_LANG.exec(html)?.[1] ?? '';
  const filters: PageFilters = {};
  for (const m of html.matchAll(FILTER_SPAN)) {
    const list = (filters[m[1]!] ??= []);
    const value = unescapeAttr(m[2]!);
    if (!list.includes(value)) list.push(value);
  }
  return { lang, filters };
}

const byKey = <T>(entries: [string, T][]): Record<string, T> => Object.fromEntries(entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
const add = (counts: FilterCounts, name: string, value: string) => {
  const slot = (counts[name] ??= {});
  slot[value] = (slot[value] ?? 0) + 1;
};
const sorted = (counts: FilterCounts): FilterCounts => byKey(Object.entries(counts).map(([n, vs]) => [n, byKey(Object.entries(vs))]));

/** Totals and per-value counts over the pages of one index. */
export function facetCounts(pages: readonly PageFilters[]): FacetData {
  const totals: FilterCounts = {};
  const several = new Set<string>();
  const byValue: Record<string, Record<string, ValueCounts>> = {};
  for (const page of pages) {
    const present = Object.entries(page).filter(([, vs]) => vs.length > 0);
    for (const [name, values] of present) {
      if (values.length > 1) several.add(name);
      for (const v of values) {
        add(totals, name, v);
        const mine = ((byValue[name] ??= {})[v] ??= {});
        for (const [other, theirs] of present) if (other !== name) for (const w of theirs) add(mine, other, w);
      }
    }
  }
  return {
    pages: pages.length,
    totals: sorted(totals),
    several: [...several].sort(),
    byValue: byKey(Object.entries(byValue).map(([n, vs]) => [n, byKey(Object.entries(vs).map(([v, c]) => [v, sorted(c)]))])),
  };
}

/**
 * What the build-time data can do for a selection without a query: no filter ticked (every
 * total), one filter ticked with the values the index knows (a ticked value it does not know
 * has no pages), or nothing (several filters ticked, or several values of a filter whose pages
 * can carry more than one): Pagefind must count. countsWithoutQuery and valueCountsNeeded
 * both decide through this, so a page fetches exactly the files the counting uses.
 */
function tickedSelection(
  data: FacetTotals,
  selected: Readonly<Record<string, readonly string[]>>,
): { kind: 'none' } | { kind: 'pagefind' } | { kind: 'one'; filter: string; values: string[] } {
  const ticked = Object.entries(selected).filter(([, vs]) => vs.length > 0);
  if (ticked.length === 0) return { kind: 'none' };
  if (ticked.length > 1) return { kind: 'pagefind' };
  const [filter, chosen] = ticked[0]!;
  const values = [...new Set(chosen)].filter((v) => data.totals[filter]?.[v] !== undefined);
  if (values.length > 1 && data.several.includes(filter)) return { kind: 'pagefind' };
  return { kind: 'one', filter, values };
}

/**
 * The counts /cari/ shows for a selection without a query, when the build-time data holds
 * them exactly: no filter ticked (every total), or values ticked in one filter only (that
 * filter's totals; any other filter's values among pages carrying any of the ticked values,
 * from `files`: the counts of each ticked value, see valueCountsNeeded). Returns null
 * otherwise (several filters ticked, several values of a filter whose pages can carry more
 * than one, or a ticked value's counts missing): Pagefind must count.
 */
export function countsWithoutQuery(data: FacetTotals, selected: Readonly<Record<string, readonly string[]>>, files: Readonly<Record<string, ValueCounts | undefined>> = {}): FilterCounts | null {
  const copy = (c: FilterCounts): FilterCounts => Object.fromEntries(Object.entries(c).map(([n, vs]) => [n, { ...vs }]));
  const selection = tickedSelection(data, selected);
  if (selection.kind === 'none') return copy(data.totals);
  if (selection.kind === 'pagefind') return null;
  const { filter: name, values: known } = selection;
  const out: FilterCounts = {};
  for (const other of Object.keys(data.totals)) {
    out[other] = other === name ? { ...data.totals[other] } : Object.fromEntries(Object.keys(data.totals[other]!).map((v) => [v, 0]));
  }
  for (const value of known) {
    const counts = files[value];
    if (!counts) return null;
    for (const [other, values] of Object.entries(counts)) {
      if (other === name || !out[other]) continue;
      for (const [v, n] of Object.entries(values)) if (out[other][v] !== undefined) out[other][v] += n;
    }
  }
  return out;
}

/** The ticked values whose files countsWithoutQuery needs for a selection without a query (none when it needs none, or cannot use them). */
export function valueCountsNeeded(data: FacetTotals, selected: Readonly<Record<string, readonly string[]>>): { filter: string; values: string[] } | null {
  const selection = tickedSelection(data, selected);
  return selection.kind === 'one' && selection.values.length > 0 ? { filter: selection.filter, values: selection.values } : null;
}

/**
 * A filter name or value as one safe path segment: lower-case letters, digits and '-' stay,
 * every other character becomes `_<hex code point>_` (so distinct values never share a file,
 * whatever the host's case rules); the empty string becomes `_`.
 */
export function pathSegment(text: string): string {
  if (text === '') return '_';
  return [...text].map((ch) => (/[a-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`)).join('');
}

/** Where the search index step writes a language's totals, relative to Pagefind's bundle folder. */
export function facetCountsFile(lang: string): string {
  return `etalase-facets.${lang}.json`;
}

/** Where it writes the counts of one value of one filter, relative to Pagefind's bundle folder. */
export function valueCountsFile(lang: string, filter: string, value: string): string {
  return `etalase-facets/${pathSegment(lang)}/${pathSegment(filter)}/${pathSegment(value)}.json`;
}

/** The files of one language: path (relative to the bundle folder) → JSON text. */
export function facetFiles(lang: string, data: FacetData): Map<string, string> {
  const { byValue, ...totals } = data;
  const files = new Map([[facetCountsFile(lang), JSON.stringify(totals)]]);
  for (const [filter, values] of Object.entries(byValue)) {
    for (const [value, counts] of Object.entries(values)) files.set(valueCountsFile(lang, filter, value), JSON.stringify(counts));
  }
  return files;
}
