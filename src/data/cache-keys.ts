/**
 * Cache keys of the pages that can have one (src/lib/cache-keys.ts), fed from this build's
 * catalogue. Only computed when the incremental build is on (INCREMENTAL_BUILD=1, set by
 * `npm run build:pr`, read by astro.config.mjs too): otherwise every page gets `undefined`,
 * so `npm run build` does no extra work and Astro renders everything.
 */
import { getCatalog, getInnovationEntry, getRelated } from './catalog.ts';
import { getOpdNumbers, getStats } from './stats.ts';
import { BUILD_DATE } from './build-info.ts';
import { loadSite } from '../lib/site.ts';
import { pageKeys, type PageKeys } from '../lib/cache-keys.ts';
import { getUi, type Lang } from '../i18n/index.ts';
import { GLOSSARY } from '../i18n/glossary.ts';
import { searchRulesFile } from './search-rules.ts';
import type { InnovationRecord, OpdWithCount } from '../lib/catalog.ts';

export const INCREMENTAL_BUILD = process.env.INCREMENTAL_BUILD === '1';

type KeyOf = { [K in keyof PageKeys]: (...args: Parameters<PageKeys[K]>) => string | undefined };
const none: KeyOf = { entry: () => undefined, opd: () => undefined, opdPage: () => undefined, listPage: () => undefined };

let keys: Promise<KeyOf> | undefined;

/** Key builders for getStaticPaths; every key is undefined when the incremental build is off. */
export function getPageKeys(): Promise<KeyOf> {
  keys ??= INCREMENTAL_BUILD ? load() : Promise.resolve(none);
  return keys;
}

async function load(): Promise<KeyOf> {
  const started = performance.now();
  const [catalog] = await Promise.all([getCatalog(), getStats()]);
  const bodies = new Map<string, string | undefined>();
  const related = new Map<string, InnovationRecord[]>();
  const numbers = new Map<string, unknown>();
  for (const item of catalog.innovations) {
    const entry = await getInnovationEntry(item.id);
    bodies.set(item.id, entry.body);
    related.set(item.id, await getRelated(item));
  }
  for (const opd of catalog.opds) numbers.set(opd.id, await getOpdNumbers(opd.id));
  const k = pageKeys({
    innovations: catalog.innovations,
    opds: catalog.opds,
    bodies,
    site: loadSite(),
    ui: { id: getUi('id'), en: getUi('en') },
    glossary: GLOSSARY,
    searchRules: searchRulesFile(),
    now: BUILD_DATE,
    related: (item) => related.get(item.id) ?? [],
    opdNumbers: (id) => numbers.get(id),
  });
  console.log(`[etalase:cache-keys] masukan kunci cache ${catalog.innovations.length} entri dan ${catalog.opds.length} OPD disiapkan (${((performance.now() - started) / 1000).toFixed(1)} s).`);
  return {
    entry: (item: InnovationRecord, lang: Lang) => k.entry(item, lang),
    opd: (opd: OpdWithCount, lang: Lang) => k.opd(opd, lang),
    opdPage: (opd: OpdWithCount, lang: Lang) => k.opdPage(opd, lang),
    listPage: (sort: string, page: number, rows: readonly InnovationRecord[], lang: Lang) => k.listPage(sort, page, rows, lang),
  };
}
