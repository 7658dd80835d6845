/**
 * Query understanding before Pagefind, from data (content/search-synonyms.yaml): drop filler
 * words, replace the words residents type with the words entries use, spot emergency words,
 * and — when no page holds every word — search the words one by one and rank pages by how many
 * they hold. Pure: /cari/, the header box and the tests share it; the caller passes the search.
 */
import type { SearchRulesFile } from '../schema/search-rules.ts';
import { normalizeQuery, searchTerm } from './search-text.ts';

/** The rules of one language as the browser receives them (JSON in a data attribute). */
export interface QueryRules {
  filler: string[];
  /** Typed phrase (words separated by one space) → the words to search instead. */
  variants: [string, string][];
  emergency: string[];
  /** The emergency entry: its title (a query that finds it) and its page's URL. */
  emergencyEntry?: { title: string; url: string };
}

/** The rules for one language: filler of that language, variants of that language or both. */
export function rulesFor(file: SearchRulesFile | undefined, lang: 'id' | 'en', emergencyEntry?: { title: string; url: string }): QueryRules {
  if (!file) return { filler: [], variants: [], emergency: [] };
  return {
    filler: [...new Set(file.filler[lang].map(words).map((w) => w.join(' ')))],
    variants: file.variants.filter((v) => !v.lang || v.lang === lang).flatMap((v) => v.typed.map((t) => [words(t).join(' '), words(v.search).join(' ')] as [string, string])),
    emergency: file.emergency ? file.emergency.words.map((w) => words(w).join(' ')) : [],
    ...(file.emergency && emergencyEntry ? { emergencyEntry } : {}),
  };
}

/** Words as the rules compare them: lower case, hyphens and slashes as spaces ("e-KTP" → e, ktp). */
export function words(q: string): string[] {
  return normalizeQuery(q)
    .replace(/[-/()?!]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

export interface QueryPlan {
  /** The query for Pagefind (every word must match). */
  query: string;
  /** Its words, each searched alone when the whole query finds nothing. */
  words: string[];
  /** An emergency word was typed: the emergency entry goes first. */
  emergency: boolean;
}

/** Finds the longest typed phrase of `phrases` starting at token i; returns its length. */
function longestAt(tokens: readonly string[], i: number, phrases: ReadonlySet<string>, longest: number): number {
  for (let n = Math.min(longest, tokens.length - i); n > 0; n--) if (phrases.has(tokens.slice(i, i + n).join(' '))) return n;
  return 0;
}

/**
 * The query to send for what was typed: variants replaced (longest phrase first, so "e ktp" and
 * "izin mendirikan bangunan" are read as one), then filler words dropped — unless nothing would
 * be left, then the typed words stay. Each word once.
 */
export function planQuery(typed: string, rules: QueryRules): QueryPlan {
  const tokens = words(typed);
  const variants = new Map(rules.variants);
  const filler = new Set(rules.filler);
  const emergencyWords = new Set(rules.emergency);
  const longest = Math.max(1, ...[...variants.keys(), ...filler, ...emergencyWords].map((p) => p.split(' ').length));
  let emergency = false;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (longestAt(tokens, i, emergencyWords, longest) > 0) emergency = true;
    const v = longestAt(tokens, i, new Set(variants.keys()), longest);
    if (v > 0) {
      out.push(...variants.get(tokens.slice(i, i + v).join(' '))!.split(' '));
      i += v;
      continue;
    }
    const f = longestAt(tokens, i, filler, longest);
    if (f > 0) {
      i += f;
      continue;
    }
    out.push(tokens[i]!);
    i += 1;
  }
  const kept = [...new Set(out.length > 0 ? out : tokens)];
  return { query: kept.join(' '), words: kept, emergency };
}

export interface Found<R> {
  results: R[];
  /** No page holds every word: these are the pages holding the most of them. */
  partial: boolean;
}

/**
 * Runs a plan: the whole query; when it finds nothing and has several words, each word alone,
 * pages ranked by how many of the words they hold, then by their best rank. With an emergency
 * word the emergency entry comes first (`emergencyResult` finds it). `search` returns Pagefind's
 * results (anything with an `id`).
 */
export async function findResults<R extends { id: string }>(
  plan: QueryPlan,
  search: (term: string) => Promise<R[]>,
  emergencyResult?: () => Promise<R | undefined>,
): Promise<Found<R>> {
  let results = await search(plan.query);
  let partial = false;
  if (results.length === 0 && plan.words.length > 1) {
    const lists = await Promise.all(plan.words.map((w) => search(w)));
    const ranked = new Map<string, { r: R; hits: number; rank: number; first: number }>();
    let order = 0;
    lists.forEach((list) =>
      list.forEach((r, rank) => {
        const seen = ranked.get(r.id);
        if (seen) {
          seen.hits += 1;
          seen.rank = Math.min(seen.rank, rank);
        } else ranked.set(r.id, { r, hits: 1, rank, first: order++ });
      }),
    );
    results = [...ranked.values()].sort((a, b) => b.hits - a.hits || a.rank - b.rank || a.first - b.first).map((s) => s.r);
    partial = results.length > 0;
  }
  if (plan.emergency && emergencyResult) {
    const first = await emergencyResult();
    if (first) results = [first, ...results.filter((r) => r.id !== first.id)];
  }
  return { results, partial };
}

/** The plan for what was typed, with an OPD's name searched as an exact phrase (searchTerm) as before. */
export function planSearch(typed: string, rules: QueryRules, phrases: readonly string[]): QueryPlan {
  const term = searchTerm(typed, phrases);
  if (term.startsWith('"')) return { query: term, words: [term], emergency: false };
  return planQuery(typed, rules);
}
