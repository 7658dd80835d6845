/**
 * Pure helpers between what a resident types and what Pagefind returns: the query sent for an
 * agency's multi-word name, the excerpt of a result (from the page text and Pagefind's match
 * positions, leaving out the hidden search terms and the title), and did-you-mean suggestions
 * for a search without results. No DOM: /cari/, the header box and the tests share them.
 */

/** Lower-case, single spaces, no surrounding quotes or punctuation: the form queries are compared in. */
export function normalizeQuery(q: string): string {
  return q
    .toLowerCase()
    .replace(/["“”'’]/g, '')
    .replace(/[\s,.;:·]+/g, ' ')
    .trim();
}

/**
 * The query to send: a name from `phrases` (an OPD's name, abbreviation or alias) is searched as
 * an exact phrase, so it finds the pages that name the agency — the same ones its other names
 * find — and not every page that happens to contain "dinas" and "sosial" apart, or a word that
 * merely starts with it. Anything else as typed.
 */
export function searchTerm(q: string, phrases: readonly string[]): string {
  const typed = normalizeQuery(q);
  return typed && phrases.some((p) => normalizeQuery(p) === typed) ? `"${typed}"` : q.trim();
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of `length` words around the matches of a result, counting only matches outside
 * the title at the start of the text and outside the hidden search terms (`hidden`, the text of
 * the page's keyword attribute): around the first match of full weight when `weights` are
 * given (the summary, usually, rather than a source's title), else the window holding the most
 * matches; it starts at a sentence start when one is near. Words are split as Pagefind splits them (`locations` are
 * word positions). Returns null when every match is in the title or the hidden terms: the
 * caller shows the summary instead.
 */
export function excerptParts(input: {
  content: string;
  locations: readonly number[];
  /** Pagefind's weight per location (weighted_locations); with it the excerpt shows the first match in the page's own text. */
  weights?: ReadonlyMap<number, number>;
  title?: string;
  hidden?: string;
  length?: number;
}): ExcerptPart[] | null {
  const length = input.length ?? 30;
  const words = input.content.split(/[\r\n\s]+/g);
  const titleWords = input.title ? input.title.split(/[\r\n\s]+/g).filter(Boolean).length : 0;
  const titleEnd = titleWords > 0 && words.slice(0, titleWords).join(' ').startsWith(input.title!.split(/[\r\n\s]+/g).filter(Boolean).join(' ')) ? titleWords : 0;
  let hiddenStart = -1;
  let hiddenEnd = -1;
  if (input.hidden) {
    const hiddenWords = input.hidden.split(/[\r\n\s]+/g).filter(Boolean);
    hiddenStart = findRun(words, hiddenWords);
    if (hiddenStart >= 0) hiddenEnd = hiddenStart + hiddenWords.length;
  }
  const visible = [...new Set(input.locations)].filter((l) => l >= titleEnd && !(l >= hiddenStart && l < hiddenEnd) && l < words.length).sort((a, b) => a - b);
  if (visible.length === 0) return null;
  // The first match in the page's own text (weight 1 or more: not a source title at 0.5), else
  // the window starting at a match that covers the most matches.
  const weights = input.weights;
  let best = weights ? visible.find((l) => (weights.get(l) ?? 1) >= 1) ?? -1 : -1;
  if (best < 0) {
    let bestCount = 0;
    for (const start of visible) {
      const count = visible.filter((l) => l >= start && l < start + length).length;
      if (count > bestCount) {
        best = start;
        bestCount = count;
      }
    }
  }
  // Start at the sentence the first match is in, when it began a few words earlier (and not in the title or the hidden terms).
  let start = best;
  for (let i = best; i > Math.max(titleEnd, best - 8) - 1; i--) {
    if (i === titleEnd || /[.!?:]$/.test(words[i - 1] ?? '')) {
      start = i;
      break;
    }
  }
  if (hiddenEnd > 0 && start < hiddenEnd && best >= hiddenEnd) start = hiddenEnd;
  let end = Math.min(words.length, start + length);
  if (hiddenStart >= 0 && start < hiddenStart && end > hiddenStart) end = hiddenStart;
  const marked = new Set(visible);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0 && !/[.!?:]$/.test(words[start - 1] ?? '')) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(words[i]!, marked.has(i));
  }
  if (end < words.length) push(' …', false);
  return parts;
}

function findRun(words: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    // Pagefind ends an element's text with a full stop ("adminduk" is indexed as "adminduk.").
    for (let j = 0; j < run.length; j++) if (words[i + j]!.replace(/\.$/, '') !== run[j]!.replace(/\.$/, '')) continue outer;
    return i;
  }
  return -1;
}

/** Edit distance (insert, delete, substitute), stopping early once above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Did-you-mean for a query without results: terms of `vocabulary` (OPD names and aliases, tags,
 * root words — built at build time) that contain the query or a word of it ("capil" → "Dukcapil"),
 * or are one or two typing errors away ("perpustakan" → "perpustakaan"). Closest first, each once.
 */
export function suggestions(q: string, vocabulary: readonly string[], limit = 6): string[] {
  const typed = normalizeQuery(q);
  if (typed.length < 2) return [];
  const typedWords = typed.split(' ').filter((w) => w.length >= 3);
  const scored: { term: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const term of vocabulary) {
    const norm = normalizeQuery(term);
    if (!norm || norm === typed || seen.has(norm)) continue;
    let score = Infinity;
    if (norm.includes(typed)) score = 1 + (norm.length - typed.length) / 100;
    else if (typedWords.some((w) => norm.split(' ').some((n) => n.includes(w)))) score = 2 + norm.length / 100;
    else {
      const max = typed.length >= 8 ? 2 : typed.length >= 4 ? 1 : 0;
      const d = max > 0 ? editDistance(typed, norm, max) : max + 1;
      if (d <= max) score = 3 + d;
      else if (norm.includes(' ')) {
        const near = norm.split(' ').some((n) => n.length >= 4 && editDistance(typed, n, max) <= max);
        if (near && max > 0) score = 5 + norm.length / 100;
      }
    }
    if (score === Infinity) continue;
    seen.add(norm);
    scored.push({ term, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.term.localeCompare(b.term, 'id'))
    .slice(0, limit)
    .map((s) => s.term);
}
