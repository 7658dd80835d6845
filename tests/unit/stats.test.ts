/**
 * Statistics on a hand-built catalogue. Every expected number below was counted by hand
 * from the fixture table in the comment, not copied from the code's output.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { claimFileSchema } from '../../src/schema/claims.ts';
import { checkClaimFile, type ClaimRecord } from '../../src/lib/claims.ts';
import { loadClaims } from '../../src/data/claims.ts';
import {
  ageInDays,
  byOpd,
  byYear,
  compareClaim,
  computeStats,
  countBy,
  participation,
  type Stats,
} from '../../src/lib/stats.ts';
import { buildTables, claimTable, opdTable, percent, summaryItems, tableCsvRows, yearTable, type StatTable } from '../../src/lib/stat-tables.ts';
import { chartHeight, wrapLabel } from '../../src/lib/chart-spec.ts';
import { validEntry, validOpd } from '../fixtures/entries.ts';

const entry = (over: Record<string, unknown>) =>
  innovationSchema.parse({ ...validEntry(), launched: undefined, metrics: [], awards: [], replication: [], ...over });
const opd = (over: Record<string, unknown>) => opdSchema.parse({ ...validOpd(), ...over });

const measured = (type: string, date: string) => ({ type, name: `Ukuran ${type}`, unit: 'unit', values: [{ value: 10, date, source: 'berita-a' }] });
const targetOnly = (type: string) => ({ type, name: `Target ${type}`, unit: 'unit', target: { value: 50, source: 'berita-a' } });

/*
 * Fixture (build date 2024-12-31, staleAfterDays 365):
 *
 * id    owner   tahapan    jenis        bentuk       urusan   year        status      lastVerified  metrics                  awards  replication
 * a1    dinas-a penerapan  digital      pelayanan    adminduk 2018 launch berjalan    2024-06-01    output measured 2024-03  1       -
 * a2    dinas-a uji-coba   non-digital  tata-kelola  kesehatan 2020 trial tdk-diketahui -           outcome target only      -       -      (lan5d deliver, collaborator kec-c)
 * b1    dinas-b penerapan  digital      pelayanan    adminduk -           dihentikan  2021-01-15    outcome measured 2021    -       2 adopsi, 1 kunjungan
 * b2    dinas-b penerapan  non-digital  pelayanan    adminduk 2022 launch berjalan    2023-02-01    -                        -       -
 * c1    kec-c   inisiatif  digital      lainnya      pendidikan 2020 launch berjalan  2024          -                        2       -
 * draft badan-d (draft: never counted)
 */
const opds = [
  { id: 'dinas-a', data: opd({ name: 'Dinas A', abbreviation: 'DA', type: 'dinas' }) },
  { id: 'dinas-b', data: opd({ name: 'Dinas B', abbreviation: 'DB', type: 'dinas' }) },
  { id: 'kec-c', data: opd({ name: 'Kecamatan C', abbreviation: undefined, type: 'kecamatan' }) },
  { id: 'badan-d', data: opd({ name: 'Badan D', abbreviation: 'BD', type: 'badan' }) },
];
const innovations = [
  {
    id: 'a1',
    data: entry({ title: 'A1', opd: 'dinas-a', tahapan: 'penerapan', jenis: 'digital', bentuk: 'pelayanan-publik', urusan: 'administrasi-kependudukan', launched: '2018', status: 'berjalan', lastVerified: '2024-06-01', metrics: [measured('output', '2024-03')], awards: [{ name: 'Penghargaan', source: 'berita-a' }] }),
  },
  {
    id: 'a2',
    data: entry({ title: 'A2', opd: 'dinas-a', tahapan: 'uji-coba', jenis: 'non-digital', bentuk: 'tata-kelola', urusan: 'kesehatan', trial: '2020-05', status: 'tidak-diketahui', lastVerified: undefined, statusSource: undefined, lan5d: 'deliver', collaborators: ['kec-c'], metrics: [targetOnly('outcome')] }),
  },
  {
    id: 'b1',
    data: entry({
      title: 'B1', opd: 'dinas-b', tahapan: 'penerapan', jenis: 'digital', bentuk: 'pelayanan-publik', urusan: 'administrasi-kependudukan', status: 'dihentikan', lastVerified: '2021-01-15', metrics: [measured('outcome', '2021')],
      replication: [
        { by: 'Kota X', kind: 'adopsi', source: 'berita-a' },
        { by: 'Kota Y', kind: 'adopsi', source: 'berita-a' },
        { by: 'Kota Z', kind: 'kunjungan', source: 'berita-b' },
      ],
    }),
  },
  {
    id: 'b2',
    data: entry({ title: 'B2', opd: 'dinas-b', tahapan: 'penerapan', jenis: 'non-digital', bentuk: 'pelayanan-publik', urusan: 'administrasi-kependudukan', launched: '2022-07', status: 'berjalan', lastVerified: '2023-02-01' }),
  },
  {
    id: 'c1',
    data: entry({
      title: 'C1', opd: 'kec-c', tahapan: 'inisiatif', jenis: 'digital', bentuk: 'lainnya', urusan: 'pendidikan', launched: '2020-01', status: 'berjalan', lastVerified: '2024',
      awards: [{ name: 'Juara 1', source: 'berita-a' }, { name: 'Juara 2', source: 'berita-b' }],
    }),
  },
  { id: 'draft', data: entry({ title: 'Konsep', opd: 'badan-d', draft: true }) },
];
const catalog = buildCatalog(innovations, opds);
const now = new Date('2024-12-31T00:00:00Z');
const source = { kind: 'berita' as const, id: 's1', title: 'Berita', url: 'https://contoh.co.id/s1', publisher: 'Kabar Contoh', date: '2020-12-22' };
const site = {
  staleAfterDays: 365,
  sources: [source],
  participation: [
    { year: 2020, opd: 11, kind: 'realisasi' as const, source: 's1' },
    { year: 2019, opd: 5, kind: 'target' as const, source: 's1' },
    { year: 2022, opd: 4, kind: 'target' as const, source: 's1' },
  ],
};
const claimSource = { id: 'berita-lab', title: 'Lab', url: 'https://contoh.co.id/lab', publisher: 'Kabar Lab', date: 'tidak-diketahui', eventDate: '2020-12-21' };
const rawClaim = () => ({
  title: 'Peluncuran Contoh',
  summary: 'Enam inovasi dari tiga OPD.',
  eventDates: [{ date: '2020-12-21', sources: ['berita-lab'] }],
  asOf: '2020-12',
  total: { innovations: 6, opd: 3, sources: ['berita-lab'] },
  writtenAsSource: 'berita-lab',
  rows: [
    { opd: 'dinas-a', writtenAs: 'Dinas A Lama', innovations: 3, sources: ['berita-lab'] },
    { opd: 'dinas-b', writtenAs: 'Dinas B', innovations: 2, sources: ['berita-lab'] },
    { opd: 'badan-d', writtenAs: 'Badan D', innovations: 1, sources: ['berita-lab'], note: 'Angka satu hanya di satu sumber.' },
  ],
  sources: [claimSource],
});
const claim: ClaimRecord = { id: 'contoh', ...claimFileSchema.parse(rawClaim()) };
const stats: Stats = computeStats({ catalog, site, claims: [claim], now });

const asMap = (buckets: { key: string; count: number }[]) => Object.fromEntries(buckets.map((b) => [b.key, b.count]));
const sum = (buckets: { count: number }[]) => buckets.reduce((n, b) => n + b.count, 0);

describe('counting helpers', () => {
  it('countBy keeps the vocabulary order, zero-fills, then appends unknown keys by frequency', () => {
    expect(countBy(['b', 'x', 'b', 'y', 'y', 'y'], (s) => s, ['a', 'b'])).toEqual([
      { key: 'a', count: 0 },
      { key: 'b', count: 2 },
      { key: 'y', count: 3 },
      { key: 'x', count: 1 },
    ]);
    expect(countBy(['b'], (s) => s, ['a', 'b'], { dropZero: true })).toEqual([{ key: 'b', count: 1 }]);
  });

  it('ageInDays reads a partial date from its start (the cautious reading)', () => {
    expect(ageInDays('2024-12-31', now)).toBe(0);
    expect(ageInDays('2024-12', now)).toBe(30);
    expect(ageInDays('2024', now)).toBe(365); // 2024 is a leap year: 1 Jan → 31 Dec is 365 days
  });

  it('percent rounds to one decimal and survives an empty catalogue', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('computeStats on the fixture', () => {
  it('counts the published entries only (the draft is never counted)', () => {
    expect(stats.entries).toBe(5);
    expect(stats.registry).toBe(4);
  });

  it('counts every entry exactly once in every single-valued distribution', () => {
    for (const d of [stats.tahapan, stats.lan5d, stats.jenis, stats.bentuk, stats.urusan, stats.status, stats.byOpd]) expect(sum(d)).toBe(5);
    expect(stats.years.years.reduce((n, y) => n + y.count, 0) + stats.years.undated).toBe(5);
    expect(stats.freshness.recent + stats.freshness.stale + stats.freshness.never).toBe(5);
    expect(stats.byOpdType.reduce((n, t) => n + t.count, 0)).toBe(5);
  });

  it('counts per OPD, every registry unit included, most first and ties in name order', () => {
    expect(stats.byOpd).toEqual([
      { key: 'dinas-a', count: 2, joined: 0 },
      { key: 'dinas-b', count: 2, joined: 0 },
      { key: 'kec-c', count: 1, joined: 1 },
      { key: 'badan-d', count: 0, joined: 0 },
    ]);
  });

  it('counts per kind of unit: units, participating units, innovations', () => {
    expect(stats.byOpdType).toEqual([
      { key: 'dinas', units: 2, participating: 2, count: 4 },
      { key: 'badan', units: 1, participating: 0, count: 0 },
      { key: 'kecamatan', units: 1, participating: 1, count: 1 },
    ]);
  });

  it('counts the vocabularies, zero-filled in vocabulary order', () => {
    expect(asMap(stats.tahapan)).toEqual({ inisiatif: 1, 'uji-coba': 1, penerapan: 3 });
    expect(stats.tahapan.map((b) => b.key)).toEqual(['inisiatif', 'uji-coba', 'penerapan']);
    expect(asMap(stats.lan5d)).toEqual({ 'drum-up': 0, diagnose: 0, design: 0, deliver: 1, display: 0, 'tidak-diketahui': 4 });
    expect(asMap(stats.jenis)).toEqual({ digital: 3, 'non-digital': 2 });
    expect(asMap(stats.bentuk)).toEqual({ 'tata-kelola': 1, 'pelayanan-publik': 3, lainnya: 1 });
    expect(asMap(stats.status)).toEqual({ berjalan: 3, dihentikan: 1, 'tidak-diketahui': 1 });
  });

  it('lists only urusan that occur, most first, ties in the list order (pendidikan before kesehatan)', () => {
    expect(stats.urusan).toEqual([
      { key: 'administrasi-kependudukan', count: 3 },
      { key: 'pendidikan', count: 1 },
      { key: 'kesehatan', count: 1 },
    ]);
  });

  it('counts launch years with gaps filled, a running total, and undated entries apart', () => {
    expect(stats.years).toEqual({
      years: [
        { year: 2018, count: 1, cumulative: 1 },
        { year: 2019, count: 0, cumulative: 1 },
        { year: 2020, count: 2, cumulative: 3 },
        { year: 2021, count: 0, cumulative: 3 },
        { year: 2022, count: 1, cumulative: 4 },
      ],
      undated: 1,
    });
    expect(byYear([])).toEqual({ years: [], undated: 0 });
  });

  it('counts OPD participation per year through the build year', () => {
    expect(stats.participation).toEqual({
      registry: 4,
      now: 3,
      undatedOnly: 0,
      years: [
        { year: 2018, active: 1, cumulative: 1 },
        { year: 2019, active: 0, cumulative: 1 },
        { year: 2020, active: 2, cumulative: 2 },
        { year: 2021, active: 0, cumulative: 2 },
        { year: 2022, active: 1, cumulative: 3 },
        { year: 2023, active: 0, cumulative: 3 },
        { year: 2024, active: 0, cumulative: 3 },
      ],
    });
  });

  it('reports units that take part only through undated innovations', () => {
    const onlyB1 = buildCatalog(innovations.filter((i) => i.id === 'b1'), opds);
    expect(participation(onlyB1, 2024)).toEqual({ registry: 4, now: 1, undatedOnly: 1, years: [] });
  });

  it('sets each stated participation figure beside the OPDs documented by that year', () => {
    expect(stats.participationFigures.map((f) => [f.year, f.kind, f.stated, f.documented, f.source.publisher])).toEqual([
      [2020, 'realisasi', 11, 2, 'Kabar Contoh'],
      [2019, 'target', 5, 1, 'Kabar Contoh'],
      [2022, 'target', 4, 3, 'Kabar Contoh'],
    ]);
  });

  it('measures coverage: output, outcome, measured, recent, target-only, none', () => {
    expect(stats.coverage).toEqual({
      total: 5,
      withOutputMetric: 1,
      withOutputMeasured: 1,
      withOutcomeMetric: 2,
      withOutcomeMeasured: 1,
      withMeasured: 2,
      withRecentMeasured: 1,
      targetOnly: 1,
      withoutMetrics: 2,
      recentDays: 365,
    });
  });

  it('uses a configurable age for "recent" measured values', () => {
    const longer = computeStats({ catalog, site, claims: [], now, recentDays: 365 * 5 });
    expect(longer.coverage.withRecentMeasured).toBe(2); // b1's value (2021) now counts too
    const shorter = computeStats({ catalog, site, claims: [], now, recentDays: 200 });
    expect(shorter.coverage.withRecentMeasured).toBe(0); // a1's value (March 2024) is 305 days old
  });

  it('sorts verification dates into recent, stale and never (the year-only date on the boundary is recent)', () => {
    expect(stats.freshness).toEqual({ recent: 2, stale: 2, never: 1, staleAfterDays: 365, newest: '2024-06-01', oldest: '2021-01-15' });
  });

  it('counts awards and replications both as records and as innovations', () => {
    expect(stats.recognition).toEqual({ awards: 3, awardedInnovations: 2, adoptions: 2, adoptedInnovations: 1, visits: 1, visitedInnovations: 1 });
  });

  it('compares a claim with what is documented, by the claim year', () => {
    const c = stats.claims[0]!;
    expect(c.claimYear).toBe(2020);
    expect(c.rows.map((r) => [r.key, r.claimed, r.upToClaimYear, r.undated, r.later, r.documented, r.missingAtLeast])).toEqual([
      ['dinas-a', 3, 2, 0, 0, 2, 1],
      ['dinas-b', 2, 0, 1, 1, 2, 1],
      ['badan-d', 1, 0, 0, 0, 0, 1],
    ]);
    expect(c.others).toMatchObject({ key: 'lainnya', upToClaimYear: 1, undated: 0, later: 0, documented: 1 });
    expect(c.sum).toEqual({ claimed: 6, upToClaimYear: 2, undated: 1, later: 1, documented: 4, missingAtLeast: 3 });
    expect(c.opdDocumented).toBe(2);
  });

  it('never reports a negative gap and drops "others" when there are none', () => {
    const generous = compareClaim({ ...claim, rows: [{ opd: 'dinas-a', writtenAs: 'A', innovations: 1, sources: ['berita-lab'] }] }, catalog.innovations.filter((i) => i.opd === 'dinas-a'));
    expect(generous.rows[0]!.missingAtLeast).toBe(0);
    expect(generous.others).toBeUndefined();
  });

  it('gives each OPD its own numbers, including what the claim said about it', () => {
    expect(stats.perOpd.get('dinas-b')).toEqual({
      owned: 2,
      joined: 0,
      // Its "berjalan" entry was last confirmed longer ago than staleAfterDays (verifiedRecent 0): not counted as confirmed.
      running: 0,
      runningUnconfirmed: 1,
      penerapan: 2,
      withMeasured: 1,
      withOutcomeMeasured: 1,
      verifiedRecent: 0,
      verifiedNever: 0,
      awards: 0,
      figuresIndependent: 1,
      figuresOffice: 0,
      claims: [{ id: 'contoh', title: 'Peluncuran Contoh', claimYear: 2020, writtenAs: 'Dinas B', claimed: 2 }],
    });
    expect(stats.perOpd.get('kec-c')).toMatchObject({ owned: 1, joined: 1, running: 1, runningUnconfirmed: 0, penerapan: 0, verifiedRecent: 1, awards: 2, claims: [] });
    expect(stats.perOpd.get('badan-d')).toMatchObject({ owned: 0, claims: [{ claimed: 1 }] });
  });

  it('refuses a participation figure citing an unknown source', () => {
    expect(() => computeStats({ catalog, site: { ...site, participation: [{ year: 2020, opd: 1, kind: 'target', source: 'hilang' }] }, claims: [], now })).toThrow('"participation" merujuk sumber "hilang"');
  });

  it('handles an empty catalogue', () => {
    const empty = computeStats({ catalog: buildCatalog([], opds), site, claims: [], now });
    expect(empty.entries).toBe(0);
    expect(byOpd(buildCatalog([], opds)).every((r) => r.count === 0)).toBe(true);
    expect(buildTables(empty, buildCatalog([], opds).opds).every((t) => t.headline.length > 0)).toBe(true);
  });
});

describe('tables, headlines and downloads', () => {
  const tables = buildTables(stats, catalog.opds, [claim]);
  const byId = (id: string) => tables.find((t) => t.id === id) as StatTable;

  it('has one table per statistic with unique ids (the download names)', () => {
    const ids = tables.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['klaim-contoh', 'opd', 'jenis-unit', 'partisipasi', 'target-partisipasi', 'pengukuran', 'asal-fakta', 'verifikasi', 'tahapan', 'lan5d', 'jenis', 'bentuk', 'urusan', 'tahun', 'status', 'penghargaan']);
  });

  it('writes the headline from the numbers, naming ties', () => {
    expect(opdTable(stats, catalog.opds).headline).toBe('DA dan 1 unit lain masing-masing menjalankan 2 dari 5 inovasi; 3 dari 4 unit dalam daftar punya setidaknya satu inovasi tercatat.');
    expect(byId('tahapan').headline).toBe('3 dari 5 inovasi (60%) sudah pada tahap penerapan; sisanya masih inisiatif atau uji coba.');
    expect(byId('status').headline).toBe('3 dari 5 inovasi berjalan menurut sumbernya; 1 dihentikan; status 1 inovasi lainnya belum diketahui dari sumber terbaru.');
    expect(yearTable(stats).headline).toBe('Inovasi tercatat paling awal diluncurkan tahun 2018; terbanyak pada 2020 (2 inovasi). 1 dari 5 inovasi belum punya tahun peluncuran di sumbernya.');
    expect(byId('pengukuran').headline).toBe('Baru 2 dari 5 inovasi punya nilai output atau outcome yang terukur; 1 di antaranya punya nilai outcome — perubahan yang dirasakan warga.');
    expect(byId('klaim-contoh').headline).toBe(
      'Peluncuran 2020 menyebut 6 inovasi dari 3 OPD tanpa menyebut namanya. Untuk OPD-OPD itu, situs ini mendokumentasikan 3 inovasi yang diluncurkan hingga 2020 atau tanpa tahun — paling sedikit 3 inovasi yang diumumkan belum dapat dilihat publik di sini.',
    );
  });

  it('keeps table, chart and totals on the same numbers', () => {
    const t = byId('tahapan');
    expect(t.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
      ['inisiatif', 1, 20],
      ['uji-coba', 1, 20],
      ['penerapan', 3, 60],
    ]);
    expect(t.total).toMatchObject({ count: 5, percent: 100 });
    expect(t.chart!.series[0]!.values).toEqual([1, 1, 3]);
    expect(t.chart!.series[0]!.texts).toEqual(['1', '1', '3']);
    const cov = byId('pengukuran');
    expect(cov.chart!.series[0]!.texts[0]).toBe('20%');
    expect(cov.chart!.max).toBe(100);
  });

  it('adds the undated row to the year table but not to its chart', () => {
    const t = yearTable(stats);
    expect(t.rows.at(-1)).toMatchObject({ key: 'tidak-diketahui', count: 1, cumulative: null });
    expect(t.chart!.labels).toEqual(['2018', '2019', '2020', '2021', '2022']);
  });

  it('shows the claim with names as written, the others row apart, and links to OPD pages', () => {
    const t = claimTable(stats.claims[0]!, catalog.opds, claim);
    expect(t.rows.map((r) => [r.key, r.label, r.writtenAs, r.claimed, r.comparable, r.missingAtLeast])).toEqual([
      ['dinas-a', 'DA', 'Dinas A Lama', 3, 2, 1],
      ['dinas-b', 'DB', 'Dinas B', 2, 1, 1],
      ['badan-d', 'BD', 'Badan D', 1, 0, 1],
      ['lainnya', 'OPD lain (tidak disebut saat peluncuran)', null, null, 1, null],
    ]);
    expect(t.rows[0]!.page).toBe('opd/dinas-a/');
    expect(t.rows[2]!.note).toBe('Angka satu hanya di satu sumber.');
    expect(t.rows[0]!.sources).toBe('Kabar Lab');
    expect(t.total).toMatchObject({ claimed: 6, comparable: 3, undated: 1, later: 1, missingAtLeast: 3 });
    expect(t.chart!.series.map((s) => s.values)).toEqual([[3, 2, 1], [2, 1, 0]]);
  });

  it('writes CSV rows with a header, raw numbers and blanks for "not applicable"', () => {
    expect(tableCsvRows(byId('tahapan'))).toEqual([
      ['kode', 'Tahapan inovasi', 'Jumlah inovasi', 'Persentase dari semua inovasi'],
      ['inisiatif', 'Inisiatif', '1', '20'],
      ['uji-coba', 'Uji coba', '1', '20'],
      ['penerapan', 'Penerapan', '3', '60'],
      ['jumlah', 'Jumlah', '5', '100'],
    ]);
    expect(tableCsvRows(yearTable(stats)).at(-2)).toEqual(['tidak-diketahui', 'Tanpa tahun peluncuran', '1', '']);
  });

  it('summarises the key figures', () => {
    expect(summaryItems(stats).map((s) => [s.key, s.value])).toEqual([
      ['entries', 5],
      ['participating', 3],
      ['measured', 2],
      ['outcomeMeasured', 1],
      ['running', 3],
      ['claimed-contoh', 6],
    ]);
  });
});

describe('chart sizing', () => {
  it('wraps long names at spaces', () => {
    expect(wrapLabel('Kecamatan C')).toBe('Kecamatan C');
    expect(wrapLabel('Dinas Perumahan Rakyat dan Kawasan Permukiman', 24)).toEqual(['Dinas Perumahan Rakyat', 'dan Kawasan Permukiman']);
  });

  it('gives horizontal charts room for every bar', () => {
    const spec = { horizontal: true, labels: Array.from({ length: 10 }, (_, i) => `L${i}`), series: [{ label: 'x', values: [], texts: [], style: 0 }] };
    expect(chartHeight(spec)).toBe(10 * 24 + 60);
    expect(chartHeight({ ...spec, horizontal: false })).toBe(300);
    expect(chartHeight({ ...spec, height: 200 })).toBe(200);
  });
});

describe('claims data', () => {
  it('accepts a claim whose rows add up and whose OPDs exist', () => {
    expect(checkClaimFile(rawClaim(), ['dinas-a', 'dinas-b', 'badan-d']).problems).toEqual([]);
  });

  it('names the field and the fix when the rows do not add up', () => {
    const raw = rawClaim();
    raw.total.innovations = 7;
    const { problems } = checkClaimFile(raw, ['dinas-a', 'dinas-b', 'badan-d']);
    expect(problems).toEqual([{ field: 'total.innovations', message: expect.stringContaining('jumlah "innovations" di semua baris adalah 6') }]);
    expect(checkClaimFile({ ...raw, total: { ...raw.total, note: 'Sumber menjumlah 7.' } }, ['dinas-a', 'dinas-b', 'badan-d']).problems).toEqual([]);
  });

  it('accepts a deadline on a target statement and refuses one on a reported count', () => {
    const target = { by: 'Wakil Wali Kota', opd: 35, kind: 'target', due: '2021', note: 'Target tahun berikutnya.', sources: [rawClaim().sources[0]!.id] };
    expect(checkClaimFile({ ...rawClaim(), statements: [target] }, ['dinas-a', 'dinas-b', 'badan-d']).problems).toEqual([]);
    const { problems } = checkClaimFile({ ...rawClaim(), statements: [{ ...target, kind: 'realisasi' }] }, ['dinas-a', 'dinas-b', 'badan-d']);
    expect(problems).toEqual([{ field: 'statements.0.due', message: expect.stringContaining('tenggat hanya untuk target') }]);
  });

  it('refuses unknown sources, repeated OPDs and OPD ids missing from the registry', () => {
    const raw = rawClaim();
    raw.rows[1]!.sources = ['tidak-ada'];
    raw.rows[2]!.opd = 'dinas-a';
    const fields = checkClaimFile(raw, ['dinas-a', 'dinas-b', 'badan-d']).problems.map((p) => p.field);
    expect(fields).toContain('rows.1.sources.0');
    expect(fields).toContain('rows.2.opd');
    const unknown = checkClaimFile({ ...rawClaim(), rows: rawClaim().rows.map((r, i) => (i === 0 ? { ...r, opd: 'dpu' } : r)) }, ['dinas-a', 'dinas-b', 'badan-d']);
    expect(unknown.problems).toEqual([{ field: 'rows.0.opd', message: expect.stringContaining('"dpu", tetapi tidak ada OPD dengan id itu di content/opd/') }]);
  });

  it('the real 2020 launch table adds up to the article: 22 innovations from 11 OPD', () => {
    const [lab] = loadClaims();
    expect(lab!.id).toBe('lab-inovasi-2020');
    expect(Object.fromEntries(lab!.rows.map((r) => [r.opd, r.innovations]))).toEqual({
      disdukcapil: 6,
      dpmptsp: 4,
      dispar: 2,
      dpad: 2,
      dp3akb: 2,
      dsdabmbk: 1,
      disnaker: 1,
      disperindag: 1,
      dlh: 1,
      dkp3: 1,
      dindikbud: 1,
    });
    expect(lab!.total).toMatchObject({ innovations: 22, opd: 11 });
    expect(lab!.statements).toEqual([
      expect.objectContaining({ innovations: 35, opd: 19, kind: 'realisasi' }),
      expect.objectContaining({ opd: 35, kind: 'target', due: '2021', sources: ['tangerangnews-2020-12-22', 'detakbanten-lab-inovasi'] }),
    ]);
    expect(lab!.rows.find((r) => r.opd === 'dsdabmbk')!.sources).toEqual(['detakbanten-lab-inovasi', 'liputan6-lab-inovasi']);
    expect(lab!.rows.find((r) => r.opd === 'dp3akb')!.writtenAs).toContain('DPMP3KAB');
  });
});
