/**
 * What an OPD's innovations still lack, so the office knows what to send: no outcome figure,
 * no how-to-use facts, status not verified within `staleAfterDays` (or never), no English text.
 * Pure — the OPD page and /statistik/ read it; tests feed it plain records.
 */
import type { InnovationRecord } from './catalog.ts';
import { hasHowToUse } from './entry-view.ts';
import { ageInDays } from './stats.ts';
import { missingEnglish } from './translation.ts';

export const GAP_KINDS = ['outcome', 'howToUse', 'verified', 'english'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

type GapInput = Pick<InnovationRecord, 'metrics' | 'howToUse' | 'lastVerified' | 'title' | 'summary' | 'titleEn' | 'summaryEn' | 'storyEn'>;

/** What one innovation lacks, in GAP_KINDS order. */
export function innovationGaps(item: GapInput, now: Date, staleAfterDays: number): GapKind[] {
  const gaps: GapKind[] = [];
  if (!item.metrics.some((m) => m.type === 'outcome' && m.values.length > 0)) gaps.push('outcome');
  if (!hasHowToUse(item.howToUse)) gaps.push('howToUse');
  if (!item.lastVerified || ageInDays(item.lastVerified, now) > staleAfterDays) gaps.push('verified');
  if (missingEnglish(item).length > 0) gaps.push('english');
  return gaps;
}

export interface Gaps<T> {
  total: number;
  /** Per kind, the innovations lacking it (catalogue order); kinds nothing lacks are left out. */
  byKind: { kind: GapKind; items: T[] }[];
}

/** What a set of innovations (one OPD's) lacks, kind by kind. */
export function gapsOf<T extends GapInput>(items: readonly T[], now: Date, staleAfterDays: number): Gaps<T> {
  const lists = new Map<GapKind, T[]>(GAP_KINDS.map((k) => [k, []]));
  for (const item of items) for (const k of innovationGaps(item, now, staleAfterDays)) lists.get(k)!.push(item);
  return { total: items.length, byKind: GAP_KINDS.map((kind) => ({ kind, items: lists.get(kind)! })).filter((g) => g.items.length > 0) };
}

export interface OpdGapRow {
  opd: string;
  total: number;
  /** How many innovations lack each kind. */
  counts: Record<GapKind, number>;
}

/** One row per OPD that runs innovations: how many lack each kind; the most gaps first, ties by id. */
export function gapsByOpd(items: readonly (GapInput & Pick<InnovationRecord, 'opd'>)[], now: Date, staleAfterDays: number): OpdGapRow[] {
  const rows = new Map<string, OpdGapRow>();
  for (const item of items) {
    const row = rows.get(item.opd) ?? { opd: item.opd, total: 0, counts: { outcome: 0, howToUse: 0, verified: 0, english: 0 } };
    row.total += 1;
    for (const k of innovationGaps(item, now, staleAfterDays)) row.counts[k] += 1;
    rows.set(item.opd, row);
  }
  const sum = (r: OpdGapRow) => GAP_KINDS.reduce((s, k) => s + r.counts[k], 0);
  return [...rows.values()].sort((a, b) => sum(b) - sum(a) || a.opd.localeCompare(b.opd));
}
