/**
 * Turns the statistics into what the page, the downloads and /data/statistik.json show:
 * one table per statistic (the same numbers everywhere), a headline sentence computed
 * from those numbers, and the chart drawn from them. Pure.
 */
import type { OpdRecord } from './catalog.ts';
import { opdShortName } from './catalog.ts';
import type { ClaimComparison, ClaimComparisonRow, Stats, Bucket } from './stats.ts';
import type { ClaimRecord } from './claims.ts';
import { UNKNOWN } from './stats.ts';
import { formatNumber as formatIn } from './format.ts';
import { wrapLabel, type ChartSpec } from './chart-spec.ts';
import { BENTUK, JENIS, LAN5D, OPD_TYPE, SOURCE_KIND, STATUS, TAHAPAN, URUSAN, type Choice } from '../schema/enums.ts';
import { provenanceGroup } from './provenance.ts';
import { getUi, localeOf, type Lang } from '../i18n/index.ts';
import { labelIn } from '../i18n/labels.ts';

export type Cell = string | number | null;

export interface StatColumn {
  key: string;
  label: string;
  /** label: the row's name (row header); count/percent/year: numbers; text; url (CSV/JSON only). */
  type: 'label' | 'text' | 'count' | 'percent' | 'year' | 'url';
  /** Key of a url column whose address this column's text links to (HTML only). */
  link?: string;
  /**
   * How the HTML table shows a long text column: under the row's name, or as a
   * numbered note below the table. CSV and JSON always carry it as a column.
   */
  html?: 'under-label' | 'footnote';
  /** The column holds text from the content (Indonesian), not from the string table. */
  content?: boolean;
}

export interface StatRow {
  [column: string]: Cell | undefined;
  /** Machine key: OPD id, vocabulary id, year. */
  key: string;
  /** Site-relative page of the row's subject (e.g. "opd/disdukcapil/"), for links. */
  page?: string;
}

export interface StatTable {
  /** Slug of the statistic; also the name of its CSV and JSON downloads. */
  id: string;
  title: string;
  /** One sentence stating the main finding, computed from the rows. */
  headline: string;
  columns: StatColumn[];
  rows: StatRow[];
  /** A totals row, when the rows add up to something. */
  total?: StatRow | undefined;
  notes: string[];
  chart?: ChartSpec | undefined;
}

/** Share as a percentage with one decimal: 9 of 24 → 37.5. */
export function percent(count: number, total: number): number {
  return total ? Math.round((count / total) * 1000) / 10 : 0;
}

/** A table as the downloads carry it: no chart. */
export function tableData(table: StatTable) {
  const { chart: _chart, ...data } = table;
  return data;
}

/** CSV rows (header first): raw numbers with a decimal point, blank for "not applicable". */
export function tableCsvRows(table: StatTable): string[][] {
  const cols = [{ key: 'key', label: 'kode' }, ...table.columns];
  const cell = (row: StatRow, key: string) => {
    const v = row[key];
    return v === null || v === undefined ? '' : String(v);
  };
  return [cols.map((c) => c.label), ...[...table.rows, ...(table.total ? [table.total] : [])].map((r) => cols.map((c) => cell(r, c.key)))];
}

export interface SummaryItem {
  key: string;
  value: number;
  label: string;
}

/**
 * The tables and headline items in one language: titles, labels, sentences and numbers
 * come from that language's string table and locale; the numbers themselves are the same.
 */
export function statTablesIn(lang: Lang) {
  const t = getUi(lang).stats;
  const labelOf = (list: readonly Choice[], id: string) => labelIn(list, id, lang);
  const formatNumber = (value: number) => formatIn(value, localeOf(lang));

  /** A percentage for readers: 37.5 → "37,5%". */
  const showPercent = (value: number) => `${formatNumber(value)}%`;
  const showCount = (value: number) => formatNumber(value);

  /** Bars of one or more numeric columns of the rows. */
  function barChart(rows: StatRow[], labelOf: (r: StatRow) => string, series: { column: string; label: string; style: number; percent?: boolean }[], horizontal = true): ChartSpec {
    const anyPercent = series.some((s) => s.percent);
    return {
      horizontal,
      labels: rows.map((r) => (horizontal ? wrapLabel(labelOf(r)) : labelOf(r))),
      series: series.map((s) => {
        const values = rows.map((r) => (typeof r[s.column] === 'number' ? (r[s.column] as number) : null));
        return { label: s.label, style: s.style, values, texts: values.map((v) => (v === null ? '' : s.percent ? showPercent(v) : showCount(v))) };
      }),
      ...(anyPercent ? { max: 100, suffix: '%' } : {}),
    };
  }

  /** The biggest bucket (first in vocabulary order on ties). */
  function top(buckets: Bucket[]): Bucket | undefined {
    return buckets.reduce<Bucket | undefined>((best, b) => (!best || b.count > best.count ? b : best), undefined);
  }

  /** A distribution over a fixed vocabulary: label, count, share. */
  function distribution(id: string, title: string, buckets: Bucket[], vocab: readonly Choice[], total: number, headline: string, unknownLabel = t.rows.unknownLan5d): StatTable {
    const rows = buckets.map<StatRow>((b) => ({
      key: b.key,
      label: b.key === UNKNOWN && !vocab.some((c) => c.id === UNKNOWN) ? unknownLabel : labelOf(vocab, b.key),
      count: b.count,
      percent: percent(b.count, total),
    }));
    return {
      id,
      title,
      headline: total ? headline : t.headline.empty,
      columns: [
        { key: 'label', label: title, type: 'label' },
        { key: 'count', label: t.col.count, type: 'count' },
        { key: 'percent', label: t.col.percent, type: 'percent' },
      ],
      rows,
      total: { key: 'jumlah', label: t.total, count: total, percent: total ? 100 : 0 },
      notes: [t.notes.percentOfAll],
      chart: barChart(rows, (r) => String(r.label), [{ column: 'count', label: t.series.count, style: 0 }]),
    };
  }

  function pctText(count: number, total: number) {
    return showPercent(percent(count, total));
  }

  function opdTable(stats: Stats, opds: readonly OpdRecord[]): StatTable {
    const byId = new Map(opds.map((o) => [o.id, o]));
    const rows = stats.byOpd.map<StatRow>((r) => {
      const o = byId.get(r.key)!;
      return { key: r.key, page: `opd/${r.key}/`, label: o.name, abbreviation: o.abbreviation ?? null, type: labelOf(OPD_TYPE, o.type), count: r.count, joined: r.joined };
    });
    const first = stats.byOpd[0];
    const tie = first ? stats.byOpd.filter((r) => r.count === first.count).length : 0;
    const active = stats.byOpd.filter((r) => r.count > 0).length;
    return {
      id: 'opd',
      title: t.titles.opd,
      headline: first && stats.entries ? t.headline.opd(String(rows[0]!.abbreviation ?? rows[0]!.label), first.count, stats.entries, active, stats.registry, tie) : t.headline.empty,
      columns: [
        { key: 'label', label: t.col.opd, type: 'label' },
        { key: 'abbreviation', label: t.col.abbreviation, type: 'text' },
        { key: 'type', label: t.col.opdType, type: 'text' },
        { key: 'count', label: t.col.owned, type: 'count' },
        { key: 'joined', label: t.col.joined, type: 'count' },
      ],
      rows,
      total: { key: 'jumlah', label: t.total, abbreviation: null, type: null, count: stats.entries, joined: null },
      notes: [t.notes.opd],
      chart: barChart(rows, (r) => String(r.abbreviation ?? r.label), [
        { column: 'count', label: t.series.owned, style: 0 },
        { column: 'joined', label: t.series.joined, style: 1 },
      ]),
    };
  }

  function opdTypeTable(stats: Stats): StatTable {
    const rows = stats.byOpdType.map<StatRow>((r) => ({ key: r.key, label: labelOf(OPD_TYPE, r.key), units: r.units, participating: r.participating, count: r.count }));
    const best = [...stats.byOpdType].sort((a, b) => b.count - a.count)[0];
    return {
      id: 'jenis-unit',
      title: t.titles.opdType,
      headline: best && stats.entries ? t.headline.opdType(labelOf(OPD_TYPE, best.key), best.count, stats.entries, best.participating, best.units) : t.headline.empty,
      columns: [
        { key: 'label', label: t.col.opdType, type: 'label' },
        { key: 'units', label: t.col.units, type: 'count' },
        { key: 'participating', label: t.col.participating, type: 'count' },
        { key: 'count', label: t.col.innovations, type: 'count' },
      ],
      rows,
      total: {
        key: 'jumlah',
        label: t.total,
        units: stats.registry,
        participating: stats.byOpdType.reduce((n, r) => n + r.participating, 0),
        count: stats.entries,
      },
      notes: [t.notes.opd],
      chart: barChart(rows, (r) => String(r.label), [
        { column: 'units', label: t.series.units, style: 1 },
        { column: 'participating', label: t.series.participating, style: 0 },
        { column: 'count', label: t.series.innovations, style: 2 },
      ]),
    };
  }

  function tahapanTable(stats: Stats): StatTable {
    const penerapan = stats.tahapan.find((b) => b.key === 'penerapan')?.count ?? 0;
    return distribution('tahapan', t.titles.tahapan, stats.tahapan, TAHAPAN, stats.entries, t.headline.tahapan(penerapan, stats.entries, pctText(penerapan, stats.entries)));
  }

  function lan5dTable(stats: Stats): StatTable {
    const unknown = stats.lan5d.find((b) => b.key === UNKNOWN)?.count ?? 0;
    const best = top(stats.lan5d)!;
    const headline =
      best.key === UNKNOWN
        ? t.headline.lan5dUnknown(unknown, stats.entries)
        : t.headline.top(labelOf(LAN5D, best.key), best.count, stats.entries, pctText(best.count, stats.entries));
    return distribution('lan5d', t.titles.lan5d, stats.lan5d, LAN5D, stats.entries, headline);
  }

  function jenisTable(stats: Stats): StatTable {
    const digital = stats.jenis.find((b) => b.key === 'digital')?.count ?? 0;
    return distribution('jenis', t.titles.jenis, stats.jenis, JENIS, stats.entries, t.headline.jenis(digital, stats.entries, pctText(digital, stats.entries)));
  }

  function bentukTable(stats: Stats): StatTable {
    const best = top(stats.bentuk)!;
    return distribution('bentuk', t.titles.bentuk, stats.bentuk, BENTUK, stats.entries, t.headline.top(labelOf(BENTUK, best.key), best.count, stats.entries, pctText(best.count, stats.entries)));
  }

  function urusanTable(stats: Stats): StatTable {
    const best = stats.urusan[0];
    const headline = best ? t.headline.urusan(labelOf(URUSAN, best.key), best.count, stats.entries, stats.urusan.length) : t.headline.empty;
    return distribution('urusan', t.titles.urusan, stats.urusan, URUSAN, stats.entries, headline);
  }

  function statusTable(stats: Stats): StatTable {
    const running = stats.status.find((b) => b.key === 'berjalan')?.count ?? 0;
    const stopped = stats.status.find((b) => b.key === 'dihentikan')?.count ?? 0;
    const unknown = stats.status.find((b) => b.key === 'tidak-diketahui')?.count ?? 0;
    return distribution('status', t.titles.status, stats.status, STATUS, stats.entries, t.headline.status(running, stats.entries, stopped, unknown));
  }

  function yearTable(stats: Stats): StatTable {
    const { years, undated } = stats.years;
    const rows = years.map<StatRow>((y) => ({ key: String(y.year), label: String(y.year), count: y.count, cumulative: y.cumulative }));
    const peakCount = Math.max(0, ...years.map((y) => y.count));
    const peaks = years.filter((y) => y.count === peakCount).map((y) => y.year);
    const headline = !stats.entries ? t.headline.empty : years.length ? t.headline.year(years[0]!.year, peaks, peakCount, undated, stats.entries) : t.headline.yearNone(stats.entries);
    return {
      id: 'tahun',
      title: t.titles.year,
      headline,
      columns: [
        { key: 'label', label: t.col.year, type: 'label' },
        { key: 'count', label: t.col.perYear, type: 'count' },
        { key: 'cumulative', label: t.col.cumulative, type: 'count' },
      ],
      rows: [...rows, { key: UNKNOWN, label: t.rows.undated, count: undated, cumulative: null }],
      total: { key: 'jumlah', label: t.total, count: stats.entries, cumulative: null },
      notes: [t.notes.year],
      chart: rows.length
        ? barChart(rows, (r) => String(r.label), [
            { column: 'count', label: t.series.perYear, style: 0 },
            { column: 'cumulative', label: t.series.cumulative, style: 1 },
          ], false)
        : undefined,
    };
  }

  function participationTable(stats: Stats): StatTable {
    const p = stats.participation;
    const rows = p.years.map<StatRow>((y) => ({ key: String(y.year), label: String(y.year), active: y.active, cumulative: y.cumulative, percent: percent(y.cumulative, p.registry) }));
    return {
      id: 'partisipasi',
      title: t.titles.participation,
      headline: t.headline.participation(p.now, p.registry, pctText(p.now, p.registry), p.undatedOnly),
      columns: [
        { key: 'label', label: t.col.year, type: 'label' },
        { key: 'active', label: t.col.active, type: 'count' },
        { key: 'cumulative', label: t.col.activeCumulative, type: 'count' },
        { key: 'percent', label: t.col.registryShare, type: 'percent' },
      ],
      rows,
      total: { key: 'saat-ini', label: t.rows.participationNow(formatNumber(p.registry)), active: null, cumulative: p.now, percent: percent(p.now, p.registry) },
      notes: [t.notes.participation],
      chart: rows.length
        ? barChart(rows, (r) => String(r.label), [
            { column: 'active', label: t.series.active, style: 1 },
            { column: 'cumulative', label: t.series.activeCumulative, style: 0 },
          ], false)
        : undefined,
    };
  }

  function figuresTable(stats: Stats): StatTable {
    const rows = stats.participationFigures.map<StatRow>((f, i) => ({
      key: `${f.year}-${f.kind}-${i + 1}`,
      label: `${t.rows.figure(f.year, f.kind)} (${f.source.publisher})`,
      year: f.year,
      kind: lang === 'id' ? f.kind : (t.claimDetails.kind[f.kind] ?? f.kind),
      stated: f.stated,
      documented: f.documented,
      note: f.note ?? null,
      source: f.source.publisher,
      sourceUrl: f.source.url,
    }));
    const target = [...stats.participationFigures].filter((f) => f.kind === 'target').sort((a, b) => b.year - a.year)[0];
    return {
      id: 'target-partisipasi',
      title: t.titles.figures,
      headline: target ? t.headline.figures(target.stated, target.year, target.documented) : t.headline.figuresNoTarget(rows.length),
      columns: [
        { key: 'label', label: t.col.figure, type: 'label' },
        { key: 'year', label: t.col.year, type: 'year' },
        { key: 'kind', label: t.col.figureKind, type: 'text' },
        { key: 'stated', label: t.col.stated, type: 'count' },
        { key: 'documented', label: t.col.documentedByYear, type: 'count' },
        { key: 'note', label: t.col.note, type: 'text', html: 'footnote', content: true },
        { key: 'source', label: t.col.source, type: 'text', link: 'sourceUrl' },
        { key: 'sourceUrl', label: t.col.sourceUrl, type: 'url' },
      ],
      rows,
      notes: [t.notes.figures],
      chart: rows.length
        ? barChart(rows, (r) => String(r.label), [
            { column: 'stated', label: t.series.stated, style: 1 },
            { column: 'documented', label: t.series.documented, style: 0 },
          ])
        : undefined,
    };
  }

  function coverageTable(stats: Stats): StatTable {
    const c = stats.coverage;
    const keys = ['withOutputMetric', 'withOutputMeasured', 'withOutcomeMetric', 'withOutcomeMeasured', 'withMeasured', 'withRecentMeasured', 'targetOnly', 'withoutMetrics'] as const;
    const rows = keys.map<StatRow>((k) => {
      const label = t.rows.coverage[k]!;
      return { key: k, label: typeof label === 'function' ? label(c.recentDays) : label, count: c[k], percent: percent(c[k], c.total) };
    });
    return {
      id: 'pengukuran',
      title: t.titles.coverage,
      headline: c.total ? t.headline.coverage(c.withMeasured, c.withOutcomeMeasured, c.total) : t.headline.empty,
      columns: [
        { key: 'label', label: t.col.measure, type: 'label' },
        { key: 'count', label: t.col.count, type: 'count' },
        { key: 'percent', label: t.col.percent, type: 'percent' },
      ],
      rows,
      notes: [t.notes.coverage(c.recentDays)],
      chart: barChart(rows, (r) => String(r.label), [{ column: 'percent', label: t.series.percent, style: 0, percent: true }]),
    };
  }

  function freshnessTable(stats: Stats): StatTable {
    const f = stats.freshness;
    const rows: StatRow[] = [
      { key: 'terbaru', label: t.rows.freshness.recent(f.staleAfterDays), count: f.recent, percent: percent(f.recent, stats.entries) },
      { key: 'lama', label: t.rows.freshness.stale(f.staleAfterDays), count: f.stale, percent: percent(f.stale, stats.entries) },
      { key: UNKNOWN, label: t.rows.freshness.never, count: f.never, percent: percent(f.never, stats.entries) },
    ];
    return {
      id: 'verifikasi',
      title: t.titles.freshness,
      headline: stats.entries ? t.headline.freshness(f.recent, stats.entries, f.staleAfterDays, f.never, f.newest) : t.headline.empty,
      columns: [
        { key: 'label', label: t.col.verification, type: 'label' },
        { key: 'count', label: t.col.count, type: 'count' },
        { key: 'percent', label: t.col.percent, type: 'percent' },
      ],
      rows,
      total: { key: 'jumlah', label: t.total, count: stats.entries, percent: stats.entries ? 100 : 0 },
      notes: [t.notes.freshness],
      chart: barChart(rows, (r) => String(r.label), [{ column: 'count', label: t.series.count, style: 0 }]),
    };
  }

  function recognitionTable(stats: Stats): StatTable {
    const r = stats.recognition;
    const rows: StatRow[] = [
      { key: 'penghargaan', label: t.rows.recognition.awards, records: r.awards, innovations: r.awardedInnovations },
      { key: 'adopsi', label: t.rows.recognition.adoptions, records: r.adoptions, innovations: r.adoptedInnovations },
      { key: 'kunjungan', label: t.rows.recognition.visits, records: r.visits, innovations: r.visitedInnovations },
    ];
    return {
      id: 'penghargaan',
      title: t.titles.recognition,
      headline: stats.entries ? t.headline.recognition(r.awardedInnovations, r.awards, r.adoptedInnovations, r.visitedInnovations, stats.entries) : t.headline.empty,
      columns: [
        { key: 'label', label: t.col.measure, type: 'label' },
        { key: 'records', label: t.col.records, type: 'count' },
        { key: 'innovations', label: t.col.recognizedInnovations, type: 'count' },
      ],
      rows,
      notes: [t.notes.recognition],
      chart: barChart(rows, (row) => String(row.label), [
        { column: 'records', label: t.series.records, style: 1 },
        { column: 'innovations', label: t.series.recognizedInnovations, style: 0 },
      ]),
    };
  }

  /** Sources and figures by kind of source: press pages are independent; an office's site, documents and letters are its own report. */
  function provenanceTable(stats: Stats): StatTable {
    const p = stats.provenance;
    const rows = SOURCE_KIND.map<StatRow>((k) => ({ key: k.id, label: labelOf(SOURCE_KIND, k.id), group: t.rows.provenanceGroup[provenanceGroup({ kind: k.id })], sources: p.sources[k.id], figures: p.figures[k.id] }));
    const figures = p.figuresByGroup.independen + p.figuresByGroup['laporan-pemerintah'];
    return {
      id: 'asal-fakta',
      title: t.titles.provenance,
      headline: figures ? t.headline.provenance(p.figuresByGroup.independen, p.figuresByGroup['laporan-pemerintah'], figures) : t.headline.provenanceNone,
      columns: [
        { key: 'label', label: t.col.sourceKind, type: 'label' },
        { key: 'group', label: t.col.provenanceGroup, type: 'text' },
        { key: 'sources', label: t.col.sources, type: 'count' },
        { key: 'figures', label: t.col.figures, type: 'count' },
      ],
      rows,
      total: { key: 'jumlah', label: t.total, group: null, sources: p.sourcesByGroup.independen + p.sourcesByGroup['laporan-pemerintah'], figures },
      notes: [t.notes.provenance],
      chart: barChart(rows, (r) => String(r.label), [
        { column: 'sources', label: t.series.sources, style: 1 },
        { column: 'figures', label: t.series.figures, style: 0 },
      ]),
    };
  }

  function claimTable(claim: ClaimComparison, opds: readonly OpdRecord[], record?: ClaimRecord): StatTable {
    const byId = new Map(opds.map((o) => [o.id, o]));
    const publishers = new Map(record?.sources.map((s) => [s.id, s.publisher]) ?? []);
    const sourceRow = new Map(record?.rows.map((r) => [r.opd, r]) ?? []);
    const y = claim.claimYear;
    const toRow = (r: ClaimComparisonRow, label: string, named: boolean): StatRow => ({
      key: r.key,
      ...(named ? { page: `opd/${r.key}/` } : {}),
      label,
      writtenAs: r.writtenAs || null,
      claimed: named ? r.claimed : null,
      comparable: r.upToClaimYear + r.undated,
      undated: r.undated,
      later: r.later,
      missingAtLeast: named ? r.missingAtLeast : null,
      sources: named ? (sourceRow.get(r.key)?.sources.map((id) => publishers.get(id) ?? id).join(', ') ?? null) : null,
      note: named ? (sourceRow.get(r.key)?.note ?? null) : null,
    });
    const rows = claim.rows.map((r) => {
      const o = byId.get(r.key);
      return toRow(r, o ? opdShortName(o) : r.key, true);
    });
    const all = claim.others ? [...rows, toRow(claim.others, t.rows.others, false)] : rows;
    const s = claim.sum;
    return {
      id: `klaim-${claim.id}`,
      title: t.titles.claim(claim.title),
      headline: t.headline.claim(claim.totalClaimed, claim.totalOpd, y, s.upToClaimYear + s.undated, s.missingAtLeast),
      columns: [
        { key: 'label', label: t.col.opd, type: 'label' },
        { key: 'writtenAs', label: t.col.writtenAs, type: 'text', html: 'under-label', content: true },
        { key: 'claimed', label: t.col.claimed, type: 'count' },
        { key: 'comparable', label: t.col.comparable(y), type: 'count' },
        { key: 'undated', label: t.col.undated, type: 'count' },
        { key: 'later', label: t.col.later(y), type: 'count' },
        { key: 'missingAtLeast', label: t.col.missingAtLeast, type: 'count' },
        { key: 'sources', label: t.col.source, type: 'text' },
        { key: 'note', label: t.col.note, type: 'text', html: 'footnote', content: true },
      ],
      rows: all,
      total: {
        key: 'jumlah',
        label: t.rows.claimTotal(claim.rows.length),
        writtenAs: null,
        claimed: s.claimed,
        comparable: s.upToClaimYear + s.undated,
        undated: s.undated,
        later: s.later,
        missingAtLeast: s.missingAtLeast,
        sources: null,
        note: null,
      },
      notes: [t.notes.claim(y)],
      chart: barChart(rows, (r) => String(r.label), [
        { column: 'claimed', label: t.series.claimed, style: 1 },
        { column: 'comparable', label: t.series.documentedClaim(y), style: 0 },
      ]),
    };
  }

  /** Every statistic of the page, in page order. */
  function buildTables(stats: Stats, opds: readonly OpdRecord[], claims: readonly ClaimRecord[] = []): StatTable[] {
    return [
      ...stats.claims.map((c) => claimTable(c, opds, claims.find((r) => r.id === c.id))),
      opdTable(stats, opds),
      opdTypeTable(stats),
      participationTable(stats),
      figuresTable(stats),
      coverageTable(stats),
      provenanceTable(stats),
      freshnessTable(stats),
      tahapanTable(stats),
      lan5dTable(stats),
      jenisTable(stats),
      bentukTable(stats),
      urusanTable(stats),
      yearTable(stats),
      statusTable(stats),
      recognitionTable(stats),
    ];
  }

  /** The key figures shown above the charts (each also appears in a table below). */
  function summaryItems(stats: Stats): SummaryItem[] {
    const s = t.summary;
    const running = stats.status.find((b) => b.key === 'berjalan')?.count ?? 0;
    return [
      { key: 'entries', value: stats.entries, label: s.entries },
      { key: 'participating', value: stats.participation.now, label: s.participating(stats.registry) },
      { key: 'measured', value: stats.coverage.withMeasured, label: s.measured },
      { key: 'outcomeMeasured', value: stats.coverage.withOutcomeMeasured, label: s.outcome },
      { key: 'running', value: running, label: s.running },
      ...stats.claims.map((c) => ({ key: `claimed-${c.id}`, value: c.totalClaimed, label: s.claimed(c.claimYear) })),
    ];
  }

  return { provenanceTable, opdTable, opdTypeTable, tahapanTable, lan5dTable, jenisTable, bentukTable, urusanTable, statusTable, yearTable, participationTable, figuresTable, coverageTable, freshnessTable, recognitionTable, claimTable, buildTables, summaryItems, showPercent };
}

const indonesian = statTablesIn('id');
/** Indonesian tables (the default edition, the downloads and /data/statistik.json). */
export const { provenanceTable, opdTable, opdTypeTable, tahapanTable, lan5dTable, jenisTable, bentukTable, urusanTable, statusTable, yearTable, participationTable, figuresTable, coverageTable, freshnessTable, recognitionTable, claimTable, buildTables, summaryItems, showPercent } = indonesian;
