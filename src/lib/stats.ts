/**
 * Statistics over the catalogue, computed once per build from plain arrays.
 * Pure: no Astro, no file system, no clock — the build date is passed in.
 * Every distribution counts each published innovation exactly once.
 */
import type { Catalog, InnovationRecord, OpdWithCount } from './catalog.ts';
import type { ClaimRecord } from './claims.ts';
import type { SiteData } from '../schema/site.ts';
import type { Source } from '../schema/source.ts';
import { BENTUK, JENIS, LAN5D, OPD_TYPE, STATUS, TAHAPAN, URUSAN } from '../schema/enums.ts';
import { partialDateStart } from '../schema/fields.ts';
import { provenanceCounts, sourceHref, type ProvenanceCounts } from './provenance.ts';

/** Key used for "not stated" (no LAN 5D stage, no launch year, no verification date). */
export const UNKNOWN = 'tidak-diketahui';

const DAY_MS = 86_400_000;

export interface Bucket {
  key: string;
  count: number;
}

/**
 * Counts items per key. Keys in `order` come first, in that order (0 when absent,
 * unless `dropZero`); other keys follow, most frequent first.
 */
export function countBy<T>(items: readonly T[], key: (item: T) => string, order: readonly string[] = [], options: { dropZero?: boolean } = {}): Bucket[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const known = order.map((k) => ({ key: k, count: counts.get(k) ?? 0 }));
  const rest = [...counts]
    .filter(([k]) => !order.includes(k))
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const all = [...known, ...rest];
  return options.dropZero ? all.filter((b) => b.count > 0) : all;
}

/** Whole days from the start of a partial date to `now` ("2020" counts from 1 January 2020, the cautious reading). */
export function ageInDays(date: string, now: Date): number {
  return Math.floor((now.getTime() - partialDateStart(date).getTime()) / DAY_MS);
}

// ---------------------------------------------------------------- per OPD

export interface OpdCount {
  key: string;
  /** Innovations it owns (each innovation has exactly one owner). */
  count: number;
  /** Innovations it joins as a collaborator. */
  joined: number;
}

/** Every OPD in the registry with its innovations: most first, ties in registry (name) order. */
export function byOpd(catalog: Catalog): OpdCount[] {
  const joined = new Map<string, number>();
  for (const i of catalog.innovations) for (const c of new Set(i.collaborators)) joined.set(c, (joined.get(c) ?? 0) + 1);
  const owned = new Map<string, number>();
  for (const i of catalog.innovations) owned.set(i.opd, (owned.get(i.opd) ?? 0) + 1);
  return catalog.opds
    .map((o) => ({ key: o.id, count: owned.get(o.id) ?? 0, joined: joined.get(o.id) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

export interface OpdTypeCount {
  key: string;
  /** Units of this type in the registry. */
  units: number;
  /** Units of this type owning at least one innovation. */
  participating: number;
  /** Innovations owned by units of this type. */
  count: number;
}

/** Per kind of unit (dinas, badan, kecamatan…): units, participating units, innovations. Types with no unit are left out. */
export function byOpdType(catalog: Catalog): OpdTypeCount[] {
  const owned = new Map<string, number>();
  for (const i of catalog.innovations) owned.set(i.opd, (owned.get(i.opd) ?? 0) + 1);
  return OPD_TYPE.map((t) => {
    const units = catalog.opds.filter((o) => o.type === t.id);
    return {
      key: t.id,
      units: units.length,
      participating: units.filter((o) => (owned.get(o.id) ?? 0) > 0).length,
      count: units.reduce((n, o) => n + (owned.get(o.id) ?? 0), 0),
    };
  }).filter((t) => t.units > 0);
}

// ---------------------------------------------------------------- vocabularies

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

export const byTahapan = (items: readonly InnovationRecord[]) => countBy(items, (i) => i.tahapan, ids(TAHAPAN));
export const byLan5d = (items: readonly InnovationRecord[]) => countBy(items, (i) => i.lan5d ?? UNKNOWN, [...ids(LAN5D), UNKNOWN]);
export const byJenis = (items: readonly InnovationRecord[]) => countBy(items, (i) => i.jenis, ids(JENIS));
export const byBentuk = (items: readonly InnovationRecord[]) => countBy(items, (i) => i.bentuk, ids(BENTUK));
export const byStatus = (items: readonly InnovationRecord[]) => countBy(items, (i) => i.status, ids(STATUS));
/** Only urusan with at least one innovation (the list has 38), most first; ties in the list's order. */
export const byUrusan = (items: readonly InnovationRecord[]) =>
  countBy(items, (i) => i.urusan, ids(URUSAN), { dropZero: true }).sort((a, b) => b.count - a.count);

// ---------------------------------------------------------------- years

export interface YearCount {
  year: number;
  count: number;
  cumulative: number;
}

/**
 * Innovations per listing year (launch, else trial, else start), every year from the
 * first to the last with a zero where nothing was launched, plus a running total.
 * Innovations without any date are counted in `undated`, never in a year.
 */
export function byYear(items: readonly InnovationRecord[]): { years: YearCount[]; undated: number } {
  const dated = items.filter((i) => i.year !== undefined);
  const undated = items.length - dated.length;
  if (!dated.length) return { years: [], undated };
  const first = Math.min(...dated.map((i) => i.year!));
  const last = Math.max(...dated.map((i) => i.year!));
  const years: YearCount[] = [];
  let cumulative = 0;
  for (let year = first; year <= last; year++) {
    const count = dated.filter((i) => i.year === year).length;
    cumulative += count;
    years.push({ year, count, cumulative });
  }
  return { years, undated };
}

// ---------------------------------------------------------------- participation

export interface ParticipationYear {
  year: number;
  /** OPDs owning an innovation listed in this year. */
  active: number;
  /** OPDs owning an innovation listed in this year or before. */
  cumulative: number;
}

export interface Participation {
  /** Units in the registry. */
  registry: number;
  /** Units owning at least one published innovation, dated or not. */
  now: number;
  /** Units whose only innovations have no year (so they appear in no year below). */
  undatedOnly: number;
  years: ParticipationYear[];
}

/** OPD participation per year, from the first listing year through `through` (e.g. the build year). */
export function participation(catalog: Catalog, through: number): Participation {
  const dated = catalog.innovations.filter((i) => i.year !== undefined);
  const owners = new Set(catalog.innovations.map((i) => i.opd));
  const datedOwners = new Set(dated.map((i) => i.opd));
  const years: ParticipationYear[] = [];
  if (dated.length) {
    const first = Math.min(...dated.map((i) => i.year!));
    const last = Math.max(through, ...dated.map((i) => i.year!));
    for (let year = first; year <= last; year++) {
      years.push({
        year,
        active: new Set(dated.filter((i) => i.year === year).map((i) => i.opd)).size,
        cumulative: new Set(dated.filter((i) => i.year! <= year).map((i) => i.opd)).size,
      });
    }
  }
  return {
    registry: catalog.opds.length,
    now: owners.size,
    undatedOnly: [...owners].filter((o) => !datedOwners.has(o)).length,
    years,
  };
}

export interface ParticipationFigure {
  year: number;
  kind: 'realisasi' | 'target';
  /** The number of OPDs the source states. */
  stated: number;
  note?: string | undefined;
  source: Pick<Source, 'id' | 'publisher' | 'url' | 'title'>;
  /** OPDs documented here with an innovation listed in that year or before. */
  documented: number;
}

/** Each stated participation figure (site.yaml `participation`) beside what is documented here by the same year. */
export function participationFigures(catalog: Catalog, site: Pick<SiteData, 'participation' | 'sources'>): ParticipationFigure[] {
  return site.participation.map((p) => {
    const s = site.sources.find((x) => x.id === p.source);
    if (!s) throw new Error(`content/site.yaml: "participation" merujuk sumber "${p.source}" yang tidak ada di "sources".`);
    const documented = new Set(catalog.innovations.filter((i) => i.year !== undefined && i.year <= p.year).map((i) => i.opd)).size;
    return { year: p.year, kind: p.kind, stated: p.opd, note: p.note, source: { id: s.id, publisher: s.publisher, url: sourceHref(s) ?? '', title: s.title }, documented };
  });
}

// ---------------------------------------------------------------- measurement

export interface Coverage {
  total: number;
  /** At least one output metric (measured or only a target). */
  withOutputMetric: number;
  /** At least one output metric with a measured value. */
  withOutputMeasured: number;
  withOutcomeMetric: number;
  withOutcomeMeasured: number;
  /** At least one measured value in any metric (not only a baseline or a target). */
  withMeasured: number;
  /** At least one measured value dated no more than `recentDays` before the build. */
  withRecentMeasured: number;
  /** Metrics, but only targets or baselines — nothing measured yet. */
  targetOnly: number;
  /** No metric at all. */
  withoutMetrics: number;
  recentDays: number;
}

export function coverage(items: readonly InnovationRecord[], now: Date, recentDays: number): Coverage {
  const has = (pred: (i: InnovationRecord) => boolean) => items.filter(pred).length;
  const measured = (i: InnovationRecord, type?: 'output' | 'outcome') => i.metrics.some((m) => (!type || m.type === type) && m.values.length > 0);
  return {
    total: items.length,
    withOutputMetric: has((i) => i.metrics.some((m) => m.type === 'output')),
    withOutputMeasured: has((i) => measured(i, 'output')),
    withOutcomeMetric: has((i) => i.metrics.some((m) => m.type === 'outcome')),
    withOutcomeMeasured: has((i) => measured(i, 'outcome')),
    withMeasured: has((i) => measured(i)),
    withRecentMeasured: has((i) => i.metrics.some((m) => m.values.some((v) => ageInDays(v.date, now) <= recentDays))),
    targetOnly: has((i) => i.metrics.length > 0 && !measured(i)),
    withoutMetrics: has((i) => i.metrics.length === 0),
    recentDays,
  };
}

export interface Freshness {
  /** lastVerified no more than `staleAfterDays` before the build. */
  recent: number;
  /** lastVerified older than that. */
  stale: number;
  /** No lastVerified at all. */
  never: number;
  staleAfterDays: number;
  /** Newest and oldest lastVerified dates, as written. */
  newest?: string | undefined;
  oldest?: string | undefined;
}

/** How recently each innovation's status was confirmed; recent + stale + never = all innovations. */
export function freshness(items: readonly InnovationRecord[], now: Date, staleAfterDays: number): Freshness {
  const dates = items.map((i) => i.lastVerified).filter((d): d is string => d !== undefined);
  const sorted = [...dates].sort((a, b) => partialDateStart(a).getTime() - partialDateStart(b).getTime());
  const recent = dates.filter((d) => ageInDays(d, now) <= staleAfterDays).length;
  return {
    recent,
    stale: dates.length - recent,
    never: items.length - dates.length,
    staleAfterDays,
    newest: sorted.at(-1),
    oldest: sorted[0],
  };
}

export interface Recognition {
  /** Award records, and innovations with at least one. */
  awards: number;
  awardedInnovations: number;
  /** Adoptions by other governments, and innovations adopted at least once. */
  adoptions: number;
  adoptedInnovations: number;
  /** Learning visits, and innovations visited at least once. */
  visits: number;
  visitedInnovations: number;
}

export function recognition(items: readonly InnovationRecord[]): Recognition {
  const adoptionsOf = (i: InnovationRecord) => i.replication.filter((r) => r.kind === 'adopsi').length;
  const visitsOf = (i: InnovationRecord) => i.replication.filter((r) => r.kind === 'kunjungan').length;
  return {
    awards: items.reduce((n, i) => n + i.awards.length, 0),
    awardedInnovations: items.filter((i) => i.awards.length > 0).length,
    adoptions: items.reduce((n, i) => n + adoptionsOf(i), 0),
    adoptedInnovations: items.filter((i) => adoptionsOf(i) > 0).length,
    visits: items.reduce((n, i) => n + visitsOf(i), 0),
    visitedInnovations: items.filter((i) => visitsOf(i) > 0).length,
  };
}

// ---------------------------------------------------------------- claims

export interface ClaimComparisonRow {
  /** OPD id, or "lainnya" for units the claim does not name. */
  key: string;
  /** The unit's name as the source wrote it (empty for "lainnya"). */
  writtenAs: string;
  /** Innovations the claim gives (0 for "lainnya"). */
  claimed: number;
  /** Documented here, listed in the claim's year or before. */
  upToClaimYear: number;
  /** Documented here without any year (could be older or newer than the claim). */
  undated: number;
  /** Documented here, listed after the claim's year. */
  later: number;
  /** All documented here: upToClaimYear + undated + later. */
  documented: number;
  /**
   * Innovations announced that cannot be among those documented here, at the least:
   * claimed − (upToClaimYear + undated), never below zero. The claimed innovations are
   * not named, so nothing more precise can be said.
   */
  missingAtLeast: number;
}

export interface ClaimComparison {
  id: string;
  title: string;
  claimYear: number;
  totalClaimed: number;
  totalOpd: number;
  rows: ClaimComparisonRow[];
  /** Units the claim does not name, together ("lainnya"); absent when there are none with innovations. */
  others?: ClaimComparisonRow | undefined;
  /** Sums over the claim's rows. */
  sum: Omit<ClaimComparisonRow, 'key' | 'writtenAs'>;
  /** Claim units with at least one innovation documented here (any year). */
  opdDocumented: number;
}

export function compareClaim(claim: ClaimRecord, items: readonly InnovationRecord[]): ClaimComparison {
  const claimYear = Number(claim.asOf.slice(0, 4));
  const tally = (owned: readonly InnovationRecord[]) => {
    const upToClaimYear = owned.filter((i) => i.year !== undefined && i.year <= claimYear).length;
    const undated = owned.filter((i) => i.year === undefined).length;
    return { upToClaimYear, undated, later: owned.length - upToClaimYear - undated, documented: owned.length };
  };
  const rows = claim.rows.map<ClaimComparisonRow>((r) => {
    const t = tally(items.filter((i) => i.opd === r.opd));
    return { key: r.opd, writtenAs: r.writtenAs, claimed: r.innovations, ...t, missingAtLeast: Math.max(0, r.innovations - t.upToClaimYear - t.undated) };
  });
  const named = new Set(claim.rows.map((r) => r.opd));
  const rest = tally(items.filter((i) => !named.has(i.opd)));
  const add = (k: keyof ClaimComparison['sum']) => rows.reduce((n, r) => n + r[k], 0);
  return {
    id: claim.id,
    title: claim.title,
    claimYear,
    totalClaimed: claim.total.innovations,
    totalOpd: claim.total.opd,
    rows,
    others: rest.documented > 0 ? { key: 'lainnya', writtenAs: '', claimed: 0, ...rest, missingAtLeast: 0 } : undefined,
    sum: {
      claimed: add('claimed'),
      upToClaimYear: add('upToClaimYear'),
      undated: add('undated'),
      later: add('later'),
      documented: add('documented'),
      missingAtLeast: add('missingAtLeast'),
    },
    opdDocumented: rows.filter((r) => r.documented > 0).length,
  };
}

// ---------------------------------------------------------------- one OPD

export interface OpdNumbers {
  owned: number;
  joined: number;
  /** "berjalan" and confirmed within staleAfterDays. */
  running: number;
  /** "berjalan" by a source older than staleAfterDays: not counted as confirmed. */
  runningUnconfirmed: number;
  penerapan: number;
  withMeasured: number;
  withOutcomeMeasured: number;
  verifiedRecent: number;
  verifiedNever: number;
  awards: number;
  /** Figures of its innovations from independent pages, and from the government's own report. */
  figuresIndependent: number;
  figuresOffice: number;
  /** What each claim says about this OPD. */
  claims: { id: string; title: string; claimYear: number; writtenAs: string; claimed: number }[];
}

export function opdNumbers(
  opd: Pick<OpdWithCount, 'id'>,
  items: readonly InnovationRecord[],
  claims: readonly ClaimRecord[],
  now: Date,
  staleAfterDays: number,
): OpdNumbers {
  const owned = items.filter((i) => i.opd === opd.id);
  const fresh = freshness(owned, now, staleAfterDays);
  const origin = provenanceCounts(owned);
  const recentlyVerified = (i: InnovationRecord) => i.lastVerified !== undefined && ageInDays(i.lastVerified, now) <= staleAfterDays;
  return {
    owned: owned.length,
    joined: items.filter((i) => i.collaborators.includes(opd.id)).length,
    // A "berjalan" confirmed longer ago than staleAfterDays is not counted as confirmed.
    running: owned.filter((i) => i.status === 'berjalan' && recentlyVerified(i)).length,
    runningUnconfirmed: owned.filter((i) => i.status === 'berjalan' && !recentlyVerified(i)).length,
    penerapan: owned.filter((i) => i.tahapan === 'penerapan').length,
    withMeasured: owned.filter((i) => i.metrics.some((m) => m.values.length > 0)).length,
    withOutcomeMeasured: owned.filter((i) => i.metrics.some((m) => m.type === 'outcome' && m.values.length > 0)).length,
    verifiedRecent: fresh.recent,
    verifiedNever: fresh.never,
    awards: owned.reduce((n, i) => n + i.awards.length, 0),
    figuresIndependent: origin.figuresByGroup.independen,
    figuresOffice: origin.figuresByGroup['laporan-pemerintah'],
    claims: claims.flatMap((c) =>
      c.rows.filter((r) => r.opd === opd.id).map((r) => ({ id: c.id, title: c.title, claimYear: Number(c.asOf.slice(0, 4)), writtenAs: r.writtenAs, claimed: r.innovations })),
    ),
  };
}

// ---------------------------------------------------------------- everything

export interface StatsInput {
  catalog: Catalog;
  site: Pick<SiteData, 'participation' | 'sources' | 'staleAfterDays'>;
  claims: readonly ClaimRecord[];
  /** The build date: ages and "recent" are measured from here. */
  now: Date;
  /** A measured value counts as recent when no older than this (default: site.staleAfterDays). */
  recentDays?: number;
}

export interface Stats {
  generatedAt: string;
  entries: number;
  registry: number;
  byOpd: OpdCount[];
  byOpdType: OpdTypeCount[];
  tahapan: Bucket[];
  lan5d: Bucket[];
  jenis: Bucket[];
  bentuk: Bucket[];
  urusan: Bucket[];
  status: Bucket[];
  years: { years: YearCount[]; undated: number };
  participation: Participation;
  participationFigures: ParticipationFigure[];
  coverage: Coverage;
  freshness: Freshness;
  recognition: Recognition;
  claims: ClaimComparison[];
  perOpd: Map<string, OpdNumbers>;
  /** Sources and figures by the kind of source: independent pages vs the government's own report. */
  provenance: ProvenanceCounts;
}

export function computeStats({ catalog, site, claims, now, recentDays = site.staleAfterDays }: StatsInput): Stats {
  const items = catalog.innovations;
  return {
    generatedAt: now.toISOString(),
    entries: items.length,
    registry: catalog.opds.length,
    byOpd: byOpd(catalog),
    byOpdType: byOpdType(catalog),
    tahapan: byTahapan(items),
    lan5d: byLan5d(items),
    jenis: byJenis(items),
    bentuk: byBentuk(items),
    urusan: byUrusan(items),
    status: byStatus(items),
    years: byYear(items),
    participation: participation(catalog, now.getUTCFullYear()),
    participationFigures: participationFigures(catalog, site),
    coverage: coverage(items, now, recentDays),
    freshness: freshness(items, now, site.staleAfterDays),
    recognition: recognition(items),
    claims: claims.map((c) => compareClaim(c, items)),
    perOpd: new Map(catalog.opds.map((o) => [o.id, opdNumbers(o, items, claims, now, site.staleAfterDays)])),
    provenance: provenanceCounts(items),
  };
}
