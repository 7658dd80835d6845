/**
 * Live results under the header search box. Loaded by HeaderSearch.astro on first focus or
 * keystroke; Enter still submits the form to /cari/?q=… (the full, filterable search).
 */
import { searchUi } from './search-strings.ts';
import { emergencyResult, loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-api.ts';
import { el, resultMetaLine } from './search-result.ts';
import { findResults, planSearch, type QueryRules } from '../lib/query-rules.ts';

const SHOWN = 5;
const DEBOUNCE_MS = 150;
const t = searchUi.header;

export function attachHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset.live === 'on') return;
  form.dataset.live = 'on';
  const box = form.querySelector<HTMLElement>('.header-search-results')!;
  const status = form.querySelector<HTMLElement>('[aria-live]')!;
  const searchPage = form.dataset.searchPage ?? form.action;
  const phrases = JSON.parse(form.dataset.phrases ?? '[]') as string[];
  const rules = JSON.parse(form.dataset.queryRules ?? '{"filler":[],"variants":[],"emergency":[]}') as QueryRules;
  let pagefind: Promise<PagefindApi> | undefined;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const api = () => (pagefind ??= loadPagefind(form.dataset.bundle ?? '/pagefind/'));

  const close = () => {
    box.hidden = true;
    box.replaceChildren();
  };

  const show = (...nodes: Node[]) => {
    box.replaceChildren(...nodes);
    box.hidden = false;
  };

  const links = () => [...box.querySelectorAll<HTMLAnchorElement>('a')];

  async function run() {
    const q = input.value.trim();
    const id = ++seq;
    if (!q) {
      close();
      status.textContent = '';
      return;
    }
    try {
      const pf = await api();
      const search = async (term: string): Promise<PagefindResult[]> => (await pf.search(term))?.results ?? [];
      const found = await findResults(planSearch(q, rules, phrases), search, () => emergencyResult(rules.emergencyEntry, search));
      if (id !== seq) return;
      const top = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (id !== seq) return;
      // Same form as searchQuery() in lib/search-facets (not imported: it would pull the vocabularies in).
      const all = el('a', { href: `${searchPage}?${new URLSearchParams({ q })}`, class: 'hs-all' }, t.all(q));
      if (top.length === 0) {
        show(el('p', { class: 'hs-message' }, t.none(q)), all);
      } else {
        const list = el('ul');
        for (const r of top) {
          const a = el('a', { href: r.url });
          a.append(el('span', { class: 'hs-title', ...(r.meta.lang ? { lang: r.meta.lang } : {}) }, r.meta.title ?? r.url), el('span', { class: 'hs-meta' }, resultMetaLine(r.meta)));
          const li = el('li');
          li.append(a);
          list.append(li);
        }
        show(...(found.partial ? [el('p', { class: 'hs-message', 'data-search-partial': '' }, t.partial)] : []), list, all);
      }
      status.textContent = top.length === 0 ? t.none(q) : t.count(found.results.length);
    } catch {
      if (id !== seq) return;
      show(el('p', { class: 'hs-message' }, t.failed));
      status.textContent = t.failed;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && box.hidden) void run();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !box.hidden) {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  box.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (e.key === 'Escape') {
      close();
      input.focus();
    }
  });
  // Clicking a result must not blur the box first (Safari does not focus links on click).
  box.addEventListener('mousedown', (e) => e.preventDefault());
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });

  // Warm up on first use; the keystroke that loaded this module may already have typed text.
  void api().catch(() => undefined);
  if (input.value.trim()) void run();
}
