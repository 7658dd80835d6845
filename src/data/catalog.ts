/**
 * The only module that calls getCollection. Loads both collections once per build,
 * hands them to the pure buildCatalog, and keeps the entries for render().
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, compareNewest, createRelatedFinder, groupByOpd, type Catalog, type InnovationRecord } from '../lib/catalog.ts';
import { innovationSearchTerms } from '../lib/search-facets.ts';

let cached: Promise<{ catalog: Catalog; entries: Map<string, CollectionEntry<'innovations'>> }> | undefined;
/** The OPD registry, set once the catalogue is loaded (pages load it before asking for search terms). */
let registry: Catalog['opds'] = [];

function load() {
  cached ??= (async () => {
    const [innovations, opds] = await Promise.all([getCollection('innovations'), getCollection('opd')]);
    const catalog = buildCatalog(innovations, opds);
    registry = catalog.opds;
    return { catalog, entries: new Map(innovations.map((e) => [e.id, e])) };
  })();
  return cached;
}

export async function getCatalog(): Promise<Catalog> {
  return (await load()).catalog;
}

/** The collection entry of a published innovation, for render(). */
export async function getInnovationEntry(id: string): Promise<CollectionEntry<'innovations'>> {
  const entry = (await load()).entries.get(id);
  if (!entry) throw new Error(`Inovasi "${id}" tidak ditemukan.`);
  return entry;
}

let related: ((item: InnovationRecord, limit?: number) => InnovationRecord[]) | undefined;

/** Related innovations, from an index built once per build. */
const relatedOf = new Map<string, InnovationRecord[]>();
const searchTermsOf = new Map<string, string[]>();

/** Extra search terms of an entry (names of the OPDs it involves or names, root and residents' words of its texts); once per entry. */
export function getSearchTerms(item: InnovationRecord, body: string | undefined): string[] {
  let terms = searchTermsOf.get(item.id);
  if (!terms) {
    const howToUse = item.howToUse ? [...item.howToUse.where, ...item.howToUse.requirements, ...item.howToUse.steps].join(' ') : '';
    terms = innovationSearchTerms({ ...item, body: `${body ?? ''} ${howToUse}` }, registry);
    searchTermsOf.set(item.id, terms);
  }
  return terms;
}

/** Related innovations of an entry; computed once per entry (both language editions ask). */
export async function getRelated(item: InnovationRecord, limit = 3): Promise<InnovationRecord[]> {
  const key = `${item.id}|${limit}`;
  let found = relatedOf.get(key);
  if (!found) {
    related ??= createRelatedFinder((await getCatalog()).innovations);
    found = related(item, limit);
    relatedOf.set(key, found);
  }
  return found;
}

let views: Promise<{ newest: InnovationRecord[]; byOpd: Map<string, InnovationRecord[]>; joinedBy: Map<string, InnovationRecord[]> }> | undefined;

/** List orders and the per-OPD grouping, computed once per build rather than per page. */
export function getListViews() {
  views ??= getCatalog().then((catalog) => {
    const { owned, joined } = groupByOpd(catalog.innovations);
    return { newest: [...catalog.innovations].sort(compareNewest), byOpd: owned, joinedBy: joined };
  });
  return views;
}
