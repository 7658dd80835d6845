/**
 * /cari/: the Pagefind Component UI in faceted mode, plus what it lacks here —
 * Indonesian labels for filter groups and values (a subclass of its filter pane),
 * result cards with OPD, year and tahapan and an excerpt without the hidden search terms,
 * the active filters as removable chips, the search state in the URL (pushState per change,
 * popstate restores) and in the header box, values of one filter combined with OR and
 * counted under the other filters, OPD names searched as phrases, and suggestions when
 * nothing is found.
 */
import * as componentUi from '@pagefind/component-ui';
import type { Instance, PagefindFilterPane as FilterPaneClass, PagefindResultData, PagefindResults } from '@pagefind/component-ui';
import {
  FILTER_KEYS,
  cleanFilters,
  isFilterKey,
  parseSearchParams,
  searchQuery,
  valueLabel,
  type FacetLabels,
  type FilterSelection,
  type SearchState,
} from '../lib/search-facets.ts';
import { excerptParts, searchTerm, suggestions } from '../lib/search-text.ts';
import { findResults, planSearch, type QueryRules } from '../lib/query-rules.ts';
import { emergencyResult } from './pagefind-api.ts';
import { countsWithoutQuery, facetCountsFile, valueCountsFile, valueCountsNeeded, type FacetTotals, type FilterCounts, type ValueCounts } from '../lib/facet-counts.ts';
import { searchUi } from './search-strings.ts';
import { el, resultMetaLine } from './search-result.ts';

const groups: Record<string, string> = searchUi.groups;

/** The Component UI filter pane, with Indonesian group names and value labels, values in catalogue order. */
function defineLabelledFilterPane(labels: FacetLabels): void {
  if (customElements.get('etalase-filter-pane')) return;
  // The package's typings export the element classes as types only; the module exports them as values.
  const { PagefindFilterPane } = componentUi as unknown as { PagefindFilterPane: typeof FilterPaneClass };
  class LabelledFilterPane extends PagefindFilterPane {
    override renderFilters(): void {
      if (this.totalFilters) {
        const ordered: Record<string, Record<string, number>> = {};
        const names = Object.keys(this.totalFilters).sort((a, b) => rank(FILTER_KEYS, a) - rank(FILTER_KEYS, b));
        for (const name of names) ordered[name] = this.totalFilters[name]!;
        this.totalFilters = ordered;
      }
      super.renderFilters();
    }

    override renderFilterGroup(name: string, values: Record<string, number>, available: Record<string, number>, count: number): HTMLElement | null {
      const group = super.renderFilterGroup(name, values, available, count);
      if (!group || !isFilterKey(name)) return group;
      const groupName = groups[name] ?? name;
      group.querySelectorAll('.pf-filter-group-name').forEach((n) => (n.textContent = groupName));
      group.querySelectorAll('legend[data-pf-sr-hidden]').forEach((n) => (n.textContent = groupName));
      const order = labels[name].map((v) => v.id);
      const options = this.groupElements.get(name)?.optionsContainer;
      const rows = Object.keys(values)
        .map((value) => ({ value, refs: this.filterElements.get(`${name}:${value}`) }))
        .filter((r) => r.refs !== undefined)
        .sort((a, b) => rank(order, a.value) - rank(order, b.value) || a.value.localeCompare(b.value));
      for (const { value, refs } of rows) {
        const text = refs!.checkbox.nextSibling;
        if (text?.nodeType === Node.TEXT_NODE) text.nodeValue = valueLabel(labels, name, value);
        options?.append(refs!.label);
      }
      return group;
    }
  }
  customElements.define('etalase-filter-pane', LabelledFilterPane);
}

function rank(order: readonly string[], value: string): number {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
}

/** One result: title link, "OPD · year · tahapan", excerpt (or the summary when browsing without a query). */
function resultCard(result: PagefindResultData & { content?: string; locations?: number[]; weighted_locations?: { location: number; weight: number }[] }, hasQuery: boolean): HTMLElement {
  const meta = result.meta;
  const li = el('li', { class: 'search-result' });
  const title = el('h3', { class: 'search-result-title' });
  title.append(el('a', { href: meta.url ?? result.url, ...(meta.lang ? { lang: meta.lang } : {}) }, meta.title ?? result.url));
  li.append(title);
  const line = resultMetaLine(meta);
  if (line) li.append(el('p', { class: 'search-result-meta' }, line));
  if (meta.image) li.append(el('img', { class: 'search-result-image', src: meta.image, alt: meta.image_alt ?? '', loading: 'lazy' }));
  const weights = new Map((result.weighted_locations ?? []).map((w) => [w.location, w.weight]));
  const parts = hasQuery ? excerptParts({ content: result.content ?? '', locations: result.locations ?? [], weights, title: meta.title, hidden: meta.terms }) : null;
  if (parts) {
    const excerpt = el('p', { class: 'search-result-excerpt' });
    excerpt.append(...parts.map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text))));
    li.append(excerpt);
  } else if (meta.summary) {
    li.append(el('p', { class: 'search-result-excerpt' }, meta.summary));
  }
  return li;
}

function sameFilters(a: FilterSelection, b: FilterSelection): boolean {
  return searchQuery({ filters: a }) === searchQuery({ filters: b });
}

/** Chips for the active filters (also those the pane cannot show, e.g. an OPD without innovations from a shared link). */
function renderActive(box: HTMLElement, labels: FacetLabels, state: SearchState, instance: Instance, input: () => HTMLInputElement | null): void {
  const t = searchUi.page;
  const chips: HTMLElement[] = [];
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) {
      const label = valueLabel(labels, key, value);
      const known = labels[key].some((v) => v.id === value);
      const button = el('button', { type: 'button', class: 'search-chip', 'aria-label': t.remove(`${groups[key]}: ${label}`) });
      button.append(el('span', {}, `${groups[key]}: ${label}${known ? '' : ` (${t.unknownValue})`}`), el('span', { 'aria-hidden': 'true' }, ' ×'));
      button.addEventListener('click', () => {
        const next: Record<string, string[]> = {};
        for (const [k, vs] of Object.entries(state.filters)) next[k] = k === key ? vs.filter((v) => v !== value) : [...vs];
        instance.triggerFilters(cleanFilters(next) as Record<string, string[]>);
        input()?.focus();
      });
      chips.push(button);
    }
  }
  if (chips.length === 0) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const reset = el('button', { type: 'button', class: 'search-reset' }, t.reset);
  reset.addEventListener('click', () => {
    instance.triggerFilters({});
    input()?.focus();
  });
  box.replaceChildren(el('span', { class: 'search-active-label' }, t.active), ...chips, reset);
  box.hidden = false;
}

type Filters = Record<string, string[]>;
/** What the Component UI keeps of the last search's filters (instance) and shows (pane). */
interface PaneState {
  selectedFilters: Record<string, Set<string>>;
  availableFilters: FilterCounts | null;
  totalFilters: FilterCounts | null;
  handleFiltersUpdate: () => void;
}
interface PagefindSearchResult {
  results: { id: string; data: () => Promise<{ url: string }> }[];
  filters: FilterCounts;
  totalFilters?: FilterCounts;
}
type SearchFn = (term: string | null, options?: { filters?: unknown }) => Promise<PagefindSearchResult | null>;
interface PagefindInstance {
  search: SearchFn;
  filters: () => Promise<FilterCounts>;
}

/** Pagefind's filter form: several values of one filter match any of them (OR); filters combine with AND. */
function pagefindFilters(filters: Filters): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, values.length > 1 ? { any: values } : values[0]]));
}

/**
 * Loads Pagefind for the Component UI instance as the instance itself would (same bundle path and
 * options), but without the filters() call its loader makes: that call fetches every filter file of
 * the index only to count. Counts come from the build-time data where it has them (no query, at
 * most one filter ticked), otherwise from Pagefind.
 */
async function loadPagefindFor(instance: Instance): Promise<PagefindInstance> {
  const inner = instance as unknown as { options: { bundlePath: string }; pagefindOptions?: Record<string, unknown>; __pagefind__?: PagefindInstance };
  const bundle = inner.options.bundlePath;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { createInstance: (options: Record<string, unknown>) => PagefindInstance };
  const pf = module.createInstance(inner.pagefindOptions ?? {});
  inner.__pagefind__ = pf;
  return pf;
}

/** Build-time counts of this page's language: the totals, and each value's counts once a search needs them. */
interface BuildCounts {
  totals: FacetTotals;
  /** The counts of each ticked value (undefined where its file could not be read). */
  values: (filter: string, values: readonly string[]) => Promise<Record<string, ValueCounts | undefined>>;
}

/** Reads one build-time counts file; null when absent (e.g. in `astro dev`) or unreadable. */
async function readCounts<T>(url: string): Promise<T | null> {
  try {
    // Revalidated like pagefind-entry.json: the counts must belong to the index being searched.
    const res = await fetch(url, { cache: 'no-cache' });
    return res.ok ? ((await res.json()) as T) : null;
  } catch {
    return null;
  }
}

/** The build-time filter counts of this page's language (null when absent, e.g. in `astro dev`). */
async function loadFacetCounts(bundlePath: string): Promise<BuildCounts | null> {
  const lang = document.documentElement.lang;
  const totals = await readCounts<FacetTotals>(`${bundlePath}${facetCountsFile(lang)}`);
  if (!totals?.totals || !Array.isArray(totals.several)) return null;
  const files = new Map<string, Promise<ValueCounts | null>>();
  return {
    totals,
    values: async (filter, values) => {
      const read = values.map((value) => {
        const path = valueCountsFile(lang, filter, value);
        let file = files.get(path);
        if (!file) {
          file = readCounts<ValueCounts>(`${bundlePath}${path}`);
          files.set(path, file);
          // A failed read is tried again by the next search.
          void file.then((c) => {
            if (!c) files.delete(path);
          });
        }
        return file;
      });
      const counts = await Promise.all(read);
      return Object.fromEntries(values.map((v, i) => [v, counts[i] ?? undefined]));
    },
  };
}

/** The counts of a selection without a query from the build-time data, or null when Pagefind must count. */
async function buildTimeCounts(facets: BuildCounts, selected: Filters): Promise<FilterCounts | null> {
  const needed = valueCountsNeeded(facets.totals, selected);
  const files = needed ? await facets.values(needed.filter, needed.values) : {};
  return countsWithoutQuery(facets.totals, selected, files);
}

/**
 * Wraps Pagefind's search: OPD names as phrases, OR within a filter, and per-filter counts as
 * residents read them — each value counted under the other filters' selections (Pagefind alone
 * counts under all of them, so the ticked OPD showed 0 and every other OPD vanished). Without a
 * query and with at most one filter ticked the counts are the build-time ones and Pagefind loads
 * only the ticked filter's file; otherwise every filter file is loaded once and Pagefind counts.
 * Returns the unwrapped search.
 */
function wrapSearch(pf: PagefindInstance, phrases: readonly string[], rules: QueryRules, facets: BuildCounts | null, found: (partial: boolean) => void): SearchFn {
  const original = pf.search.bind(pf);
  let allFilters: Promise<unknown> | undefined;
  pf.search = async (term, options = {}) => {
    const plan = term ? planSearch(term, rules, phrases) : null;
    const q = plan ? plan.query : term;
    const selected = cleanFilters((options.filters ?? {}) as Filters) as Filters;
    const fromBuild = !q && facets ? await buildTimeCounts(facets, selected) : null;
    if (!fromBuild) await (allFilters ??= pf.filters());
    let main = plan ? null : await original(q, { filters: pagefindFilters(selected) });
    if (plan) {
      // Filler dropped, variants replaced, word by word when no page holds them all, the emergency entry first.
      const filtered = async (t: string) => {
        const r = await original(t, { filters: pagefindFilters(selected) });
        main ??= r;
        return r?.results ?? [];
      };
      const { results, partial } = await findResults(plan, filtered, () => emergencyResult(rules.emergencyEntry, filtered));
      if (main) main.results = results;
      found(partial);
    } else found(false);
    if (!main) return main;
    const counts: FilterCounts = fromBuild ?? { ...main.filters };
    if (!fromBuild) {
      for (const key of Object.keys(selected)) {
        const others = { ...selected };
        delete others[key];
        const alone = await original(q, { filters: pagefindFilters(others) });
        if (alone?.filters[key]) counts[key] = alone.filters[key];
      }
    }
    main.filters = counts;
    main.totalFilters = counts;
    return main;
  };
  return original;
}

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-ui]');
  if (!root) return;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as FacetLabels;
  const phrases = JSON.parse(root.dataset.phrases ?? '[]') as string[];
  const rules = JSON.parse(root.dataset.queryRules ?? '{"filler":[],"variants":[],"emergency":[]}') as QueryRules;
  let partial = false;
  // Suggestion terms are fetched the first time a search finds nothing (saran.json).
  let vocabulary: Promise<string[]> | undefined;
  const loadVocabulary = () =>
    (vocabulary ??= fetch(root.dataset.vocabularyUrl ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => {
        vocabulary = undefined;
        return [];
      }));
  defineLabelledFilterPane(labels);

  const instance = componentUi.getInstanceManager().getInstance('default');
  const results = root.querySelector('pagefind-results') as PagefindResults | null;
  if (results) results.resultTemplate = (r) => resultCard(r, Boolean(instance.searchTerm));
  const activeBox = root.querySelector<HTMLElement>('[data-search-active]')!;
  const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
  const baseTitle = document.title;
  const headerBox = document.querySelector<HTMLInputElement>('form.header-search input[name="q"]');
  const panel = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const toggle = root.querySelector<HTMLElement>('[data-search-filters-toggle]');
  const filtersEmpty = root.querySelector<HTMLElement>('[data-search-filters-empty]');
  const suggestBox = root.querySelector<HTMLElement>('[data-search-suggest]')!;
  /*
   * The filter pane is built when it is first shown: at once beside the results on wide screens,
   * on phones when the closed panel is opened. Building it with the first results was the
   * longest task of opening /cari/ on a phone, for a panel nobody sees yet.
   */
  const slot = root.querySelector<HTMLElement>('[data-filter-pane-slot]');
  const mountPane = () => {
    if (!slot?.isConnected) return;
    const pane = document.createElement('etalase-filter-pane') as unknown as HTMLElement & PaneState;
    pane.setAttribute('open', slot.dataset.open ?? '');
    slot.replaceWith(pane);
    // Catch up with the search already shown (the pane hears only the events after it connects).
    const state = instance as unknown as PaneState & { searchFilters?: Filters };
    pane.selectedFilters = Object.fromEntries(Object.entries(state.searchFilters ?? {}).map(([k, v]) => [k, new Set(v)]));
    pane.availableFilters = state.availableFilters;
    pane.totalFilters = state.totalFilters;
    pane.handleFiltersUpdate();
  };
  panel?.addEventListener('toggle', () => {
    if (panel.open) mountPane();
  });
  // The filter panel is open beside the results on wide screens, a closed toggle above them on phones.
  const wide = window.matchMedia('(min-width: 52rem)');
  const fitPanel = () => {
    if (panel) panel.open = wide.matches;
    if (wide.matches) mountPane();
  };
  fitPanel();
  wide.addEventListener('change', fitPanel);

  let current: SearchState = parseSearchParams(location.search);
  let applying = false;
  let typing = false; // consecutive query edits share one history entry

  const setTitle = (q: string) => (document.title = q ? `“${q}” · ${baseTitle}` : baseTitle);

  instance.on('search', (term, filters) => {
    const next: SearchState = { q: String(term ?? '').trim(), filters: cleanFilters((filters ?? {}) as Record<string, string[]>) };
    renderActive(activeBox, labels, next, instance, input);
    setTitle(next.q);
    // The header box says what is being searched.
    if (headerBox && document.activeElement !== headerBox) headerBox.value = next.q;
    if (toggle) toggle.textContent = searchUi.page.filtersToggle(Object.values(next.filters).reduce((n, v) => n + v.length, 0));
    if (applying) return;
    if (searchQuery(next) === searchQuery(current)) return;
    const termOnly = next.q !== current.q && sameFilters(next.filters, current.filters);
    const url = `${location.pathname}${searchQuery(next)}`;
    if (termOnly && typing) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    typing = termOnly;
    current = next;
  });

  const apply = (state: SearchState) => {
    applying = true;
    try {
      current = state;
      const field = input();
      if (field && field.value !== state.q) field.value = state.q;
      // A copy: the Component UI mutates the filter object it is given.
      instance.triggerSearchWithFilters(state.q, cleanFilters(state.filters) as Record<string, string[]>);
    } finally {
      applying = false;
    }
  };

  window.addEventListener('popstate', () => {
    typing = false;
    apply(parseSearchParams(location.search));
  });
  input()?.addEventListener('blur', () => (typing = false));

  // Long result lists grow a page at a time ("show more"); the count comes from the full result set.
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const moreStatus = root.querySelector<HTMLElement>('[data-search-more-status]');
  const pageSize = Number(results?.dataset.pageSize ?? 0) || 50;
  let total = 0;
  let growing = false;
  const updateMore = () => {
    if (!moreButton || !results) return;
    const shown = Math.min(total, Number(results.maxResults) || total);
    moreButton.hidden = shown >= total;
    moreButton.textContent = searchUi.page.more(Math.min(pageSize, total - shown));
    if (growing && moreStatus) moreStatus.textContent = searchUi.page.showing(shown, total);
    growing = false;
  };
  let search: SearchFn | undefined;
  let suggestSeq = 0;
  /** No result for a query: offer vocabulary terms that find something, and a way to all innovations. */
  const renderSuggestions = async (q: string) => {
    const id = ++suggestSeq;
    const t = searchUi.page;
    if (!q || !search || total > 0) {
      suggestBox.replaceChildren(...(q && total > 0 && partial ? [el('p', { 'data-search-partial': '' }, t.partial)] : []));
      if (filtersEmpty) filtersEmpty.hidden = true;
      return;
    }
    if (filtersEmpty) filtersEmpty.hidden = false;
    const found: string[] = [];
    const terms = await loadVocabulary();
    if (id !== suggestSeq) return;
    for (const term of suggestions(q, terms, 12)) {
      const r = await search(searchTerm(term, phrases));
      if (id !== suggestSeq) return;
      if (r && r.results.length > 0) found.push(term);
      if (found.length === 5) break;
    }
    const nodes: Node[] = [el('p', {}, t.noResults(q))];
    if (found.length > 0) {
      nodes.push(el('p', { class: 'search-suggest-label' }, t.suggest));
      const list = el('ul');
      for (const term of found) {
        const a = el('a', { href: `${location.pathname}${searchQuery({ q: term, filters: current.filters })}` }, term);
        a.addEventListener('click', (e) => {
          e.preventDefault();
          const field = input();
          if (field) field.value = term;
          instance.triggerSearchWithFilters(term, cleanFilters(current.filters) as Record<string, string[]>);
        });
        const li = el('li');
        li.append(a);
        list.append(li);
      }
      nodes.push(list);
    } else {
      nodes.push(el('p', {}, t.noSuggestion));
    }
    const all = el('a', { href: root.dataset.browseAll ?? location.pathname }, t.browseAll);
    const p = el('p');
    p.append(all);
    nodes.push(p);
    suggestBox.replaceChildren(...nodes);
  };
  instance.on('results', (r) => {
    total = (r as { results: unknown[] }).results.length;
    updateMore();
    void renderSuggestions(String(instance.searchTerm ?? '').trim());
  });
  instance.on('search', () => {
    // A new search starts from the first page again.
    if (!growing && results && Number(results.maxResults) !== pageSize) results.setAttribute('max-results', String(pageSize));
  });
  moreButton?.addEventListener('click', () => {
    if (!results) return;
    growing = true;
    results.setAttribute('max-results', String((Number(results.maxResults) || pageSize) + pageSize));
    apply(current);
  });

  // Pagefind is loaded here, not by the instance (see loadPagefindFor): then the faceted
  // auto-search does not run either (it would race the URL's state); the URL is applied instead.
  const bundlePath = (instance as unknown as { options: { bundlePath: string } }).options.bundlePath;
  const [pf, facets] = await Promise.all([loadPagefindFor(instance), loadFacetCounts(bundlePath)]);
  search = wrapSearch(pf, phrases, rules, facets, (p) => (partial = p));
  apply(current);
}
