/**
 * The catalogue as plain data: innovations joined to their OPD, drafts dropped,
 * sorted. Pure — src/data/catalog.ts feeds it the collections; tests feed it arrays.
 */
import type { InnovationData } from '../schema/innovation.ts';
import type { OpdData } from '../schema/opd.ts';
import { yearOf } from './format.ts';

export interface OpdRecord extends OpdData {
  id: string;
}

export interface InnovationRecord extends InnovationData {
  id: string;
  /** The owning OPD, resolved from the registry. */
  owner: OpdRecord;
  /** Collaborating OPDs, resolved. */
  collaboratorOpds: OpdRecord[];
  /** Launch year, else trial year, else start year. */
  year?: number;
}

export interface OpdWithCount extends OpdRecord {
  innovationCount: number;
}

export interface Catalog {
  innovations: InnovationRecord[];
  opds: OpdWithCount[];
}

/** Year an innovation is listed under: launch, else trial, else start. */
export function listingYear(data: Pick<InnovationData, 'launched' | 'trial' | 'started'>): number | undefined {
  return yearOf(data.launched ?? data.trial ?? data.started);
}

/** Indonesian collation, so "Ádm" sorts with "adm". */
const collator = new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true });

export function compareTitles(a: { title: string }, b: { title: string }): number {
  return collator.compare(a.title, b.title);
}

/** Newest first by listing year; undated last; ties by title. */
export function compareNewest(a: InnovationRecord, b: InnovationRecord): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || compareTitles(a, b);
}

export function buildCatalog(
  innovations: { id: string; data: InnovationData }[],
  opds: { id: string; data: OpdData }[],
): Catalog {
  const registry = new Map<string, OpdRecord>(opds.map((o) => [o.id, { id: o.id, ...o.data }]));
  const resolve = (id: string, entry: string, field: string): OpdRecord => {
    const opd = registry.get(id);
    if (!opd) throw new Error(`content/innovations/${entry}: "${field}" bernilai "${id}", tetapi tidak ada OPD dengan id itu di content/opd/.`);
    return opd;
  };
  const published = innovations
    .filter((e) => !e.data.draft)
    .map<InnovationRecord>((e) => ({
      ...e.data,
      id: e.id,
      owner: resolve(e.data.opd, e.id, 'opd'),
      collaboratorOpds: e.data.collaborators.map((c, i) => resolve(c, e.id, `collaborators.${i}`)),
      year: listingYear(e.data),
    }))
    .sort(compareTitles);
  const counts = new Map<string, number>();
  for (const i of published) counts.set(i.opd, (counts.get(i.opd) ?? 0) + 1);
  const opdList = [...registry.values()]
    .map((o) => ({ ...o, innovationCount: counts.get(o.id) ?? 0 }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return { innovations: published, opds: opdList };
}

/** Innovations of one OPD (as owner or collaborator). */
/**
 * Every OPD's innovations in one pass over the catalogue (catalogue order): those it runs and
 * those it joins as collaborator. Pages read from this instead of filtering per OPD.
 */
export function groupByOpd(innovations: readonly InnovationRecord[]): { owned: Map<string, InnovationRecord[]>; joined: Map<string, InnovationRecord[]> } {
  const owned = new Map<string, InnovationRecord[]>();
  const joined = new Map<string, InnovationRecord[]>();
  const push = (map: Map<string, InnovationRecord[]>, key: string, item: InnovationRecord) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const item of innovations) {
    push(owned, item.opd, item);
    for (const c of new Set(item.collaborators)) push(joined, c, item);
  }
  return { owned, joined };
}


/**
 * Most candidates looked at per shared trait, so related-innovation search stays linear at
 * national scale. The same-OPD-and-urusan bucket is read first, so the strongest matches are
 * seen even when a trait is shared by thousands of entries (then ties go to the first titles).
 */
const RELATED_BUCKET_CAP = 60;

/**
 * Builds, once per catalogue, a finder of related innovations: same OPD (3 points), same
 * urusan (2), each shared tag (1); best first, ties by title so builds are stable. Only
 * innovations sharing a trait are scored (at most RELATED_BUCKET_CAP per trait), never the
 * whole catalogue per page.
 */
export function createRelatedFinder(all: readonly InnovationRecord[]) {
  const sorted = [...all].sort(compareTitles);
  // Everything a comparison needs, as numbers by title rank: OPD, urusan and lower-cased tags
  // become small integers once per catalogue, so a call builds no strings and hashes nothing.
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let n = ids.get(key);
    if (n === undefined) ids.set(key, (n = ids.size));
    return n;
  };
  const lowerTags = (item: InnovationRecord) => [...new Set(item.tags.map((t) => t.toLowerCase()))];
  const opdOf = sorted.map((item) => idOf(`opd:${item.opd}`));
  const urusanOf = sorted.map((item) => idOf(`urusan:${item.urusan}`));
  const tagsOf = sorted.map((item) => lowerTags(item).map((t) => idOf(`tag:${t}`)));
  const rank = new Map(sorted.map((item, i) => [item, i]));
  const buckets = new Map<string, number[]>();
  const add = (key: string, r: number) => {
    const list = buckets.get(key);
    if (!list) buckets.set(key, [r]);
    else if (list.length < RELATED_BUCKET_CAP) list.push(r);
  };
  const keysOf = (item: InnovationRecord, tags: readonly string[]) => [`opd+urusan:${item.opd}|${item.urusan}`, `opd:${item.opd}`, `urusan:${item.urusan}`, ...tags.map((t) => `tag:${t}`)];
  // The buckets an item reads, in reading order (same OPD and urusan first), by rank.
  const readOf = sorted.map((item, r) => {
    const keys = keysOf(item, lowerTags(item));
    for (const key of keys) add(key, r);
    return keys;
  });
  const bucketsOf = readOf.map((keys) => keys.map((key) => buckets.get(key)!));
  // Per call, a candidate is scored once: `visited[rank]` holds the number of the call that last saw it;
  // `hasTag[tag]` marks the tags of the item asked about.
  const visited = new Int32Array(sorted.length);
  const hasTag = new Int32Array(ids.size);
  let call = 0;
  return (item: InnovationRecord, limit = 3): InnovationRecord[] => {
    call++;
    const own = rank.get(item);
    let lists: readonly (readonly number[])[];
    let opd: number;
    let urusan: number;
    if (own !== undefined) {
      visited[own] = call;
      lists = bucketsOf[own]!;
      opd = opdOf[own]!;
      urusan = urusanOf[own]!;
      for (const t of tagsOf[own]!) hasTag[t] = call;
    } else {
      // An item outside the catalogue: its traits are looked up, unknown ones match nothing.
      lists = keysOf(item, lowerTags(item)).map((key) => buckets.get(key) ?? []);
      opd = ids.get(`opd:${item.opd}`) ?? -1;
      urusan = ids.get(`urusan:${item.urusan}`) ?? -1;
      for (const t of lowerTags(item)) {
        const id = ids.get(`tag:${t}`);
        if (id !== undefined) hasTag[id] = call;
      }
    }
    // The best `limit` so far, best first: ranks and scores in parallel arrays (no object per candidate).
    const bestRank: number[] = [];
    const bestScore: number[] = [];
    for (const list of lists) {
      for (const r of list) {
        if (visited[r] === call || sorted[r]!.id === item.id) continue;
        visited[r] = call;
        let score = (opdOf[r] === opd ? 3 : 0) + (urusanOf[r] === urusan ? 2 : 0);
        for (const t of tagsOf[r]!) if (hasTag[t] === call) score++;
        // Better = higher score, then earlier title.
        const n = bestRank.length;
        if (n === limit && (score < bestScore[n - 1]! || (score === bestScore[n - 1]! && r > bestRank[n - 1]!))) continue;
        let at = 0;
        while (at < n && (bestScore[at]! > score || (bestScore[at] === score && bestRank[at]! < r))) at++;
        bestRank.splice(at, 0, r);
        bestScore.splice(at, 0, score);
        if (bestRank.length > limit) {
          bestRank.pop();
          bestScore.pop();
        }
      }
    }
    return bestRank.map((r) => sorted[r]!);
  };
}

/** Related innovations of one item (builds a finder; pages use the memoised one in src/data). */
export function relatedInnovations(item: InnovationRecord, all: readonly InnovationRecord[], limit = 3): InnovationRecord[] {
  return createRelatedFinder(all)(item, limit);
}

/** Display name of an OPD: "Disdukcapil" style abbreviation when it has one. */
export function opdShortName(opd: Pick<OpdData, 'name' | 'abbreviation'>): string {
  return opd.abbreviation ?? opd.name;
}

/** Headline numbers for the home page. */
export function headline(catalog: Catalog) {
  const total = catalog.innovations.length;
  const withOutcome = catalog.innovations.filter((i) => i.metrics.some((m) => m.type === 'outcome' && m.values.length > 0)).length;
  const withOutput = catalog.innovations.filter((i) => i.metrics.some((m) => m.type === 'output' && m.values.length > 0)).length;
  const participating = catalog.opds.filter((o) => o.innovationCount > 0).length;
  return { total, participating, registry: catalog.opds.length, withOutcome, withOutput };
}
