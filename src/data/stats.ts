/**
 * The statistics, computed once per build (memoized) from the catalogue, site.yaml and
 * content/claims/. Pages, components and endpoints read from here, never recompute.
 */
import { getCatalog } from './catalog.ts';
import { loadClaims } from './claims.ts';
import { loadSite } from '../lib/site.ts';
import { computeStats, type OpdNumbers, type Stats } from '../lib/stats.ts';
import { buildTables, statTablesIn, summaryItems, tableData, type StatTable, type SummaryItem } from '../lib/stat-tables.ts';
import type { ClaimRecord } from '../lib/claims.ts';
import type { Lang } from '../i18n/index.ts';
import { gapsByOpd, type OpdGapRow } from '../lib/gaps.ts';
import { BUILD_DATE } from './build-info.ts';

export interface StatsBundle {
  stats: Stats;
  tables: StatTable[];
  summary: SummaryItem[];
  claims: ClaimRecord[];
  /** The build date every age is measured from. */
  now: Date;
}

let cached: Promise<StatsBundle> | undefined;

/** Build date: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; else now. */
function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

export function getStats(): Promise<StatsBundle> {
  cached ??= (async () => {
    const catalog = await getCatalog();
    const site = loadSite();
    const claims = loadClaims();
    const now = buildDate();
    const stats = computeStats({ catalog, site, claims, now });
    return { stats, tables: buildTables(stats, catalog.opds, claims), summary: summaryItems(stats), claims, now };
  })();
  return cached;
}

const views = new Map<Lang, Promise<{ tables: StatTable[]; summary: SummaryItem[] }>>();

/** Tables and headline items of the statistics in one language (computed once per language). */
export function getStatViews(lang: Lang): Promise<{ tables: StatTable[]; summary: SummaryItem[] }> {
  let view = views.get(lang);
  if (!view) {
    view = (async () => {
      const [{ stats, claims }, catalog] = await Promise.all([getStats(), getCatalog()]);
      const tables = statTablesIn(lang);
      return { tables: tables.buildTables(stats, catalog.opds, claims), summary: tables.summaryItems(stats) };
    })();
    views.set(lang, view);
  }
  return view;
}

export async function getOpdNumbers(opdId: string): Promise<OpdNumbers> {
  const numbers = (await getStats()).stats.perOpd.get(opdId);
  if (!numbers) throw new Error(`OPD "${opdId}" tidak ada di daftar OPD.`);
  return numbers;
}

/** Common header of every statistics download. */
export function downloadHeader(bundle: StatsBundle) {
  const site = loadSite();
  return {
    site: site.name,
    government: site.government,
    licence: site.licence,
    generatedAt: bundle.stats.generatedAt,
    buildDate: bundle.stats.generatedAt.slice(0, 10),
    entries: bundle.stats.entries,
    opdRegistry: bundle.stats.registry,
    parameters: { staleAfterDays: site.staleAfterDays, recentMeasurementDays: bundle.stats.coverage.recentDays },
  };
}

/** Everything /statistik/ shows, as /data/statistik.json. */
export async function statsDocument() {
  const bundle = await getStats();
  return {
    ...downloadHeader(bundle),
    summary: Object.fromEntries(bundle.summary.map((s) => [s.key, { value: s.value, label: s.label }])),
    tables: bundle.tables.map(tableData),
    /** The claims as recorded in content/claims/ (dates, totals, other stated figures, sources). */
    claims: bundle.claims.map((c) => ({
      id: c.id,
      title: c.title,
      asOf: c.asOf,
      eventDates: c.eventDates,
      place: c.place,
      total: c.total,
      statements: c.statements,
      sources: c.sources,
    })),
  };
}

let gapRows: Promise<OpdGapRow[]> | undefined;

/** What each OPD's innovations still lack (src/lib/gaps.ts), once per build. */
export function getOpdGaps(): Promise<OpdGapRow[]> {
  gapRows ??= (async () => gapsByOpd((await getCatalog()).innovations, BUILD_DATE, loadSite().staleAfterDays))();
  return gapRows;
}
