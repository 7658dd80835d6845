/**
 * The home page as a service entry point: the needs residents come with, in their words,
 * each kept only when the catalogue has an innovation for it; then featured and newest
 * innovations, with no innovation shown twice. Pure — tests feed it plain records.
 */
import type { InnovationRecord } from './catalog.ts';
import { compareNewest } from './catalog.ts';
import { NEEDS, needKeysOf, type NeedRule } from './needs.ts';

export { NEEDS, type NeedRule };

export interface Need {
  key: string;
  /** Innovations that serve it. */
  count: number;
  query: NeedRule['query'];
}

/** The needs the catalogue can answer, in NEEDS order, with how many innovations serve each. */
export function serviceNeeds(items: readonly Pick<InnovationRecord, 'urusan' | 'tags'>[], rules: readonly NeedRule[] = NEEDS): Need[] {
  // The same test as the pages' "keperluan" search filter (needKeysOf): a tile's number is what its search shows.
  const keys = items.map((i) => needKeysOf(i, rules));
  return rules
    .map((rule) => ({ key: rule.key, count: keys.filter((k) => k.includes(rule.key)).length, query: rule.query }))
    .filter((n) => n.count > 0);
}

/** Featured innovations (up to `size`), then the newest dated ones not already featured. */
export function homeLists(items: readonly InnovationRecord[], size = 6): { featured: InnovationRecord[]; recent: InnovationRecord[] } {
  const featured = items.filter((i) => i.featured).slice(0, size);
  const shown = new Set(featured.map((i) => i.id));
  const recent = items.filter((i) => i.year && !shown.has(i.id)).sort(compareNewest).slice(0, size);
  return { featured, recent };
}
