/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, used by
 * `npm run build:pr`). Astro skips a page when its `cacheKey` and the hash of its code (module
 * graph, CSS, client scripts) are unchanged since the cached build; content-collection data and
 * files read at run time (content/site.yaml, claims) are NOT in that hash. So a key digests
 * everything a page shows that is data: the entry, its OPD and collaborators, related entries,
 * site.yaml, the UI strings and glossary table of its language, and whatever depends on the
 * build date (stale marks, gaps, numbers) as the computed result, not the date itself.
 *
 * Pure: src/data/cache-keys.ts feeds it the catalogue; tests feed it fixtures.
 * Pages without a safe key get none and always render: home, the lists of all innovations
 * (/inovasi/, their pages and sort orders), /opd/, /statistik/, /data/, /cari/, the glossary,
 * 404, and every endpoint (JSON, CSV, RSS, robots.txt).
 */
import { createHash } from 'node:crypto';
import { groupByOpd, type InnovationRecord, type OpdWithCount } from './catalog.ts';
import type { Lang } from '../i18n/index.ts';
import type { SiteData } from '../schema/site.ts';
import { gapsOf } from './gaps.ts';
import { opdPhrases } from './search-facets.ts';
import { ageInDays } from './stats.ts';
import { howToUseDate, staleRunningSince } from './resident-help.ts';

/**
 * A canonical text of any value: object keys sorted, Maps and Sets as sorted entries, functions
 * by their source (UI strings such as `description(name, count)` are functions), undefined dropped.
 */
export function canonical(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'function') return `fn:${v.toString()}`;
    if (v instanceof Date) return `date:${v.toISOString()}`;
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) throw new Error('canonical: circular value');
    seen.add(v);
    let out: unknown;
    if (Array.isArray(v)) out = v.map((x) => (x === undefined ? null : walk(x)));
    else if (v instanceof Map) out = { map: [...v.entries()].map(([k, x]) => [walk(k), walk(x)]).sort((a, b) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : 1)) };
    else if (v instanceof Set) out = { set: [...v].map(walk).map((x) => JSON.stringify(x)).sort() };
    else {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) o[k] = walk(x);
      }
      out = o;
    }
    seen.delete(v);
    return out;
  };
  return JSON.stringify(walk(value)) ?? 'undefined';
}

/** Short SHA-256 of the canonical text of a value. */
export function digest(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('base64url').slice(0, 32);
}

/** Everything the keys are computed from (one build's inputs). */
export interface KeyInputs {
  innovations: readonly InnovationRecord[];
  opds: readonly OpdWithCount[];
  /** Entry id → Markdown/MDX body (the narrative the page renders and indexes). */
  bodies: ReadonlyMap<string, string | undefined>;
  site: SiteData;
  /** UI string table of each language (src/i18n). */
  ui: Readonly<Record<Lang, unknown>>;
  /** The glossary table the pages link terms to (src/i18n/glossary.ts, with the region's notes when a page shows them). */
  glossary: unknown;
  /** The search rules (content/search-synonyms.yaml) the header box of every page embeds. */
  searchRules?: unknown;
  /** The build date: only results computed from it go into keys. */
  now: Date;
  /** Related innovations of an entry, as its page lists them. */
  related: (item: InnovationRecord) => readonly InnovationRecord[];
  /** An OPD's numbers on its page (statistics incl. the 2020 claims for it). */
  opdNumbers: (opdId: string) => unknown;
}

export interface PageKeys {
  /** /inovasi/<id>/ in a language. */
  entry(item: InnovationRecord, lang: Lang): string;
  /** /opd/<id>/ in a language. */
  opd(opd: OpdWithCount, lang: Lang): string;
  /** /opd/<id>/halaman/<n>/ in a language (key independent of n: the page shows a slice of the same list). */
  opdPage(opd: OpdWithCount, lang: Lang): string;
  /**
   * A later page of the /inovasi/ list (/inovasi/halaman/<n>/, /inovasi/urut/<sort>/halaman/<n>/)
   * in a language: its rows (each entry with its OPD), the sort, the page and the number of
   * pages (from the number of entries), and the OPD chips above the list (every OPD with its count).
   */
  listPage(sort: string, page: number, rows: readonly InnovationRecord[], lang: Lang): string;
}

/** Key builders over one build's inputs; digests of shared parts are computed once. */
export function pageKeys(input: KeyInputs): PageKeys {
  const records = new WeakMap<object, string>();
  const rec = (r: object) => {
    let d = records.get(r);
    if (d === undefined) records.set(r, (d = digest(r)));
    return d;
  };
  const shared = new Map<Lang, string>();
  const sharedOf = (lang: Lang) => {
    let d = shared.get(lang);
    if (d === undefined) shared.set(lang, (d = digest({ site: input.site, ui: input.ui[lang], glossary: input.glossary, searchRules: input.searchRules, lang })));
    return d;
  };
  // Every name, abbreviation and alias of every OPD: pages with the live header search embed them
  // all (opdPhrases), and an entry's hidden search terms add those its texts mention (the terms
  // themselves cost ~10 ms per entry to compute; their other inputs, the entry and its body, are keyed).
  let phrases: string | undefined;
  const phrasesOf = () => (phrases ??= digest(opdPhrases(input.opds)));
  let opdList: string | undefined;
  const opdsOf = () => (opdList ??= digest(input.opds.map(rec)));
  const { owned, joined } = groupByOpd(input.innovations);
  const byId = new Map(input.opds.map((o) => [o.id, o]));
  const days = input.site.staleAfterDays;
  /** What a card shows that depends on the build date: since when a "berjalan" status is unconfirmed. */
  const carded = (item: InnovationRecord) => staleRunningSince(item, input.now, days) ?? null;
  /** What an entry's own page shows that depends on the build date: its stale mark, the card wording, and whether its how-to-use facts are old. */
  const dated = (item: InnovationRecord) => {
    const used = item.howToUse ? howToUseDate(item.howToUse.sources, item.sources) : undefined;
    return [item.lastVerified !== undefined && ageInDays(item.lastVerified, input.now) > days, carded(item), used !== undefined && ageInDays(used, input.now) > days];
  };
  const list = (items: readonly InnovationRecord[] | undefined) => (items ?? []).map((i) => [rec(i), carded(i)]);

  return {
    entry(item, lang) {
      return digest([
        'entry',
        sharedOf(lang),
        rec(item),
        input.bodies.get(item.id) ?? null,
        list(input.related(item)),
        phrasesOf(),
        dated(item),
      ]);
    },
    opd(opd, lang) {
      const mine = owned.get(opd.id) ?? [];
      const gaps = gapsOf(mine, input.now, input.site.staleAfterDays).byKind.map((g) => [g.kind, g.items.map((i) => i.id)]);
      const parent = opd.parent ? byId.get(opd.parent) : undefined;
      const children = input.opds.filter((o) => o.parent === opd.id);
      return digest([
        'opd',
        sharedOf(lang),
        phrasesOf(),
        rec(opd),
        list(mine),
        list(joined.get(opd.id)),
        parent ? rec(parent) : null,
        children.map(rec),
        gaps,
        input.opdNumbers(opd.id) ?? null,
      ]);
    },
    opdPage(opd, lang) {
      return digest(['opd-page', sharedOf(lang), phrasesOf(), rec(opd), list(owned.get(opd.id))]);
    },
    listPage(sort, page, rows, lang) {
      return digest(['list-page', sharedOf(lang), phrasesOf(), opdsOf(), sort, page, input.innovations.length, list(rows)]);
    },
  };
}
