/**
 * Filter counts for /cari/ from build-time data (issue 16): Pagefind's filters() loads every
 * filter file of the index (≈ 165 kB gzip at 10,000 entries, growing with the pages), only to
 * count. The search index step reads the same filter values Pagefind reads from each indexed
 * page and writes, per language, how many pages carry each value and how many carry each pair
 * of values of two filters. From these, the counts /cari/ shows are exact without any filter
 * file while there is no query and at most one filter has values ticked (opening /cari/, or a
 * shared /cari/?opd=X): the ticked filter's own values are counted under no other selection,
 * and another filter's values under "any of the ticked values". Pure: no DOM, no Node.
 */

/** Filter values of one indexed page: filter name → values (ids). */
export type PageFilters = Record<string, string[]>;
/** Counts per filter: filter name → value → pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface FacetCounts {
  /** Pages in the index (this language). */
  pages: number;
  /** Every value of every filter with the pages that carry it. */
  totals: FilterCounts;
  /**
   * Pages carrying two values at once, for each pair of filters A < B (by name):
   * `pairs["A|B"]` is a flat list [a, b, n, a, b, n, …] of indices into `values[A]`, `values[B]`
   * and the count; pairs never seen together are left out. Absent when some page has several
   * values of one filter (then sums over ticked values would count it twice).
   */
  pairs?: Record<string, number[]>;
  /** Value order behind the indices in `pairs`: the keys of `totals[name]`. */
  values: Record<string, string[]>;
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

/** Totals and pair counts over the pages of one index. */
export function facetCounts(pages: readonly PageFilters[]): FacetCounts {
  const totals: FilterCounts = {};
  let single = true;
  for (const page of pages) {
    for (const [name, values] of Object.entries(page)) {
      if (values.length > 1) single = false;
      const slot = (totals[name] ??= {});
      for (const v of values) slot[v] = (slot[v] ?? 0) + 1;
    }
  }
  const names = Object.keys(totals).sort();
  const values = Object.fromEntries(names.map((n) => [n, Object.keys(totals[n]!).sort()]));
  const totalsSorted = Object.fromEntries(names.map((n) => [n, Object.fromEntries(values[n]!.map((v) => [v, totals[n]![v]!]))]));
  const out: FacetCounts = { pages: pages.length, totals: totalsSorted, values };
  if (!single) return out;
  const index = Object.fromEntries(names.map((n) => [n, new Map(values[n]!.map((v, i) => [v, i]))]));
  const cells = new Map<string, Map<string, number>>();
  for (const page of pages) {
    const present = names.filter((n) => page[n]?.length);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = present[i]!;
        const b = present[j]!;
        const key = `${a}|${b}`;
        const cell = `${index[a]!.get(page[a]![0]!)},${index[b]!.get(page[b]![0]!)}`;
        const m = cells.get(key) ?? new Map<string, number>();
        m.set(cell, (m.get(cell) ?? 0) + 1);
        cells.set(key, m);
      }
    }
  }
  out.pairs = {};
  for (const [key, m] of [...cells].sort((x, y) => x[0].localeCompare(y[0]))) {
    out.pairs[key] = [...m].flatMap(([cell, n]) => [...cell.split(',').map(Number), n]);
  }
  return out;
}

/**
 * The counts /cari/ shows for a selection without a query, when the build-time data holds
 * them exactly: no filter ticked (every total), or values ticked in one filter only (that
 * filter's totals; any other filter's values among pages carrying any of the ticked values).
 * Returns null otherwise (several filters ticked, or no pair data): Pagefind must count.
 */
export function countsWithoutQuery(data: FacetCounts, selected: Readonly<Record<string, readonly string[]>>): FilterCounts | null {
  const ticked = Object.entries(selected).filter(([, vs]) => vs.length > 0);
  const copy = (c: FilterCounts): FilterCounts => Object.fromEntries(Object.entries(c).map(([n, vs]) => [n, { ...vs }]));
  if (ticked.length === 0) return copy(data.totals);
  if (ticked.length > 1 || !data.pairs) return null;
  const [name, chosen] = ticked[0]!;
  const out: FilterCounts = {};
  for (const other of Object.keys(data.totals)) {
    out[other] = other === name ? { ...data.totals[other] } : Object.fromEntries(Object.keys(data.totals[other]!).map((v) => [v, 0]));
  }
  const own = data.values[name];
  if (!own) return out; // a ticked filter the index does not know: its pages are none
  const wanted = new Set(chosen.map((v) => own.indexOf(v)).filter((i) => i !== -1));
  for (const other of Object.keys(data.totals)) {
    if (other === name) continue;
    const first = name < other;
    const cells = data.pairs[first ? `${name}|${other}` : `${other}|${name}`] ?? [];
    const target = out[other]!;
    const otherValues = data.values[other]!;
    for (let i = 0; i < cells.length; i += 3) {
      const mine = first ? cells[i]! : cells[i + 1]!;
      const theirs = first ? cells[i + 1]! : cells[i]!;
      if (wanted.has(mine)) target[otherValues[theirs]!]! += cells[i + 2]!;
    }
  }
  return out;
}

/** Where the search index step writes a language's counts, relative to Pagefind's bundle folder. */
export function facetCountsFile(lang: string): string {
  return `etalase-facets.${lang}.json`;
}
