/** Benchmark results: the JSON record and the short Markdown table (Indonesian, for docs/kinerja.md). */
import type { DistStats, PageWeight } from './dist-stats.ts';
import type { RunResult } from './measure.ts';
import type { SearchResult, Transfer } from './search.ts';

export interface BuildRecord {
  run: RunResult;
  dist: DistStats;
}

export interface BenchRecord {
  date: string;
  startedAt: string;
  n: number;
  seed: number;
  machine: {
    cores: number;
    cpu: string;
    ramGb: number;
    node: string;
    platform: string;
    loadavgStart: number[];
    loadavgEnd: number[];
  };
  versions: Record<string, string>;
  generator: {
    entries: number;
    withCallout: number;
    /** Entries with English text (an English page); absent in records before 2026-11-30. */
    translated?: number;
    words: { min: number; median: number; max: number };
    opdsUsed: number;
    opdsInRegistry: number;
    largestOpd: { id: string; entries: number };
    seconds: number;
  };
  validate: { seconds: number; peakTreeRss: number; exitCode: number; summary: string };
  full: BuildRecord & { pages: PageWeight[] };
  bareMdx?: BuildRecord;
  bareMd?: BuildRecord;
  /** Bare .md with only title and summary in the frontmatter (from 2026-11-30); the per-page reference. */
  bareMdLean?: BuildRecord;
  ratios?: { timeVsBareMdx?: number; timeVsBareMd?: number; rssVsBareMdx?: number; rssVsBareMd?: number; perPageVsBareMd?: number; cpuPerPageVsBareMd?: number };
  search?: SearchResult;
  /** Seconds per phase of the benchmark itself. */
  benchPhases: { name: string; seconds: number }[];
  notes: string[];
}

const GB = 1024 ** 3;
const MB = 1024 ** 2;

export const fmtS = (s: number | null | undefined) => (s === null || s === undefined ? '—' : `${s.toFixed(1)} s`);
export const fmtGb = (b: number | null | undefined) => (b === null || b === undefined ? '—' : `${(b / GB).toFixed(2)} GB`);
export const fmtMb = (b: number) => (b >= 10 * MB ? `${(b / MB).toFixed(0)} MB` : `${(b / MB).toFixed(1)} MB`);
export const fmtKb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const fmtX = (x: number | undefined) => (x === undefined ? '—' : `${x.toFixed(2)}×`);
const int = (n: number) => n.toLocaleString('id-ID');

/** Milliseconds per page written. */
const perPage = (s: number | null | undefined, pages: number) => (s === null || s === undefined || !pages ? '—' : `${((s * 1000) / pages).toFixed(1)} ms`);

function buildRow(name: string, b: BuildRecord | undefined): string {
  if (!b) return `| ${name} | dilewati | | | | | | | | |`;
  const pf = b.dist.pagefind ? fmtMb(b.dist.pagefind.bytes) : '—';
  const cpu = b.run.cpuS ?? null;
  return `| ${name} | ${fmtS(b.run.wallS)} | ${perPage(b.run.wallS, b.dist.pages)} | ${fmtS(cpu)} | ${perPage(cpu, b.dist.pages)} | ${fmtGb(b.run.peakTreeRss)} | ${fmtGb(b.run.maxProcessRss)} | ${int(b.dist.pages)} | ${fmtMb(b.dist.bytes)} | ${pf} |`;
}

function transferCell(t: Pick<Transfer, 'gzip' | 'raw' | 'requests'> | undefined): string {
  return t ? `${fmtKb(t.gzip)} (${fmtKb(t.raw)} tanpa gzip, ${t.requests} permintaan)` : '—';
}

/** Goals of issue 16 (and the page-weight goals kept from issue 9), beside the measured value (printed, never asserted). */
function goals(r: BenchRecord): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean | undefined) => (ok === undefined ? '·' : ok ? '✓' : '✗');
  const rss = r.full.run.peakTreeRss;
  const at10k = r.n >= 10_000 && r.n < 30_000;
  const at30k = r.n >= 30_000;
  const scale = at10k || at30k;
  const pp = r.ratios?.perPageVsBareMd;
  lines.push(`- ${mark(scale && pp !== undefined ? pp <= 2 : undefined)} (2) waktu per halaman yang ditulis ≤ 2 × bare .md${r.bareMdLean ? ' ramping' : ''} (pada 10.000 dan 30.000): ${fmtX(pp)} (CPU per halaman ${fmtX(r.ratios?.cpuPerPageVsBareMd)})`);
  const limit = at30k ? 7 : 4;
  lines.push(`- ${mark(scale ? rss <= limit * GB : undefined)} (3) memori seluruh build (semua proses) ≤ ${limit} GB${at30k ? ' pada 30.000' : ' pada 10.000'}: ${fmtGb(rss)}`);
  // "A word found on about half the pages": of the header-box queries, the one whose match count is closest to half the entries.
  const hs = r.search?.headerSearch;
  const header = [...(hs ? [{ query: r.search!.query, ...hs }] : []), ...(r.search?.otherHeaderSearches ?? [])].filter((q) => q.pages !== undefined);
  const half = header.sort((a, b) => Math.abs(a.pages! - r.n / 2) - Math.abs(b.pages! - r.n / 2))[0];
  if (half) lines.push(`- ${mark(scale ? half.gzip <= 200 * 1024 : undefined)} (5) pencarian pertama dari kotak cari untuk kata di ± separuh halaman ≤ 200 kB gzip (“${half.query}”, ${int(half.pages!)} halaman cocok): ${fmtKb(half.gzip)}`);
  const of = r.search?.openFiltered;
  if (of) lines.push(`- ${mark(at10k ? of.gzip <= 250 * 1024 : undefined)} (5) membuka ${of.path} ≤ 250 kB gzip (pada 10.000): ${fmtKb(of.gzip)} (${of.filterFiles} berkas saringan)`);
  for (const inov of r.full.pages.filter((p) => p.type.startsWith('inovasi '))) {
    lines.push(`- ${mark(inov.js.raw === 0)} (issue 9) halaman ${inov.type.split(' /')[0]} tanpa JS sebelum pencarian dipakai: ${fmtKb(inov.js.gzip)} gzip (${inov.js.files.join(', ') || 'tidak ada'})`);
  }
  const stat = r.full.pages.find((p) => p.type.startsWith('statistik'));
  if (stat) lines.push(`- ${mark(stat.js.gzip <= 60 * 1024)} (issue 9) /statistik/ ≤ 60 kB JS gzip: ${fmtKb(stat.js.gzip)}`);
  return lines;
}

export function markdown(r: BenchRecord): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`## Benchmark ${int(r.n)} entri — ${r.date}`);
  out.push('');
  out.push(
    `Mesin: ${m.cores} inti (${m.cpu}), RAM ${m.ramGb.toFixed(1)} GB, Node ${m.node}, ${m.platform}; beban rata-rata (1 menit) ${m.loadavgStart[0]!.toFixed(1)} saat mulai, ${m.loadavgEnd[0]!.toFixed(1)} saat selesai. ` +
      `Astro ${r.versions.astro ?? '?'}, @astrojs/mdx ${r.versions['@astrojs/mdx'] ?? '?'}, Pagefind ${r.versions.pagefind ?? '?'}. Seed ${r.seed}.`,
  );
  out.push('');
  out.push('| build | waktu | per halaman | CPU | CPU per halaman | peak RSS (seluruh proses) | RSS maks. 1 proses | halaman | dist/ | indeks Pagefind |');
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  out.push(buildRow('situs lengkap', r.full));
  if (r.bareMdx) out.push(buildRow('bare Astro .mdx', r.bareMdx));
  if (r.bareMd) out.push(buildRow('bare Astro .md (frontmatter lengkap)', r.bareMd));
  if (r.bareMdLean) out.push(buildRow('bare Astro .md ramping (title + summary)', r.bareMdLean));
  out.push('');
  if (r.ratios) {
    out.push(
      `Rasio situs lengkap / bare: waktu ${fmtX(r.ratios.timeVsBareMdx)} (.mdx), ${fmtX(r.ratios.timeVsBareMd)} (.md); ` +
        `per halaman yang ditulis ${fmtX(r.ratios.perPageVsBareMd)} (waktu) dan ${fmtX(r.ratios.cpuPerPageVsBareMd)} (CPU) terhadap bare .md${r.bareMdLean ? ' ramping' : ''}; ` +
        `peak RSS ${fmtX(r.ratios.rssVsBareMdx)} (.mdx), ${fmtX(r.ratios.rssVsBareMd)} (.md).`,
    );
    out.push('');
  }
  out.push(`Validasi (\`npm run validate\`) atas ${int(r.n)} entri: ${fmtS(r.validate.seconds)}, ${fmtGb(r.validate.peakTreeRss)}.`);
  out.push('');
  out.push('Tahap build situs lengkap (dari log Astro):');
  out.push('');
  out.push(`| tahap | ${r.full.run.phases.map((p) => p.name).join(' | ')} |`);
  out.push(`|---|${r.full.run.phases.map(() => '---').join('|')}|`);
  out.push(`| situs lengkap | ${r.full.run.phases.map((p) => fmtS(p.seconds)).join(' | ')} |`);
  for (const [name, b] of [['bare .mdx', r.bareMdx], ['bare .md', r.bareMd], ['bare .md ramping', r.bareMdLean]] as const) {
    if (!b) continue;
    const byName = new Map(b.run.phases.map((p) => [p.name, p.seconds]));
    out.push(`| ${name} | ${r.full.run.phases.map((p) => fmtS(byName.get(p.name))).join(' | ')} |`);
  }
  const guard = r.full.run.events['content-guard done'];
  if (guard !== undefined && guard !== null) {
    out.push('');
    out.push(`Content-guard (validasi semua entri, di thread sendiri bersamaan dengan sinkronisasi koleksi) selesai ${fmtS(guard)} sejak awal build situs lengkap.`);
  }
  out.push('');
  out.push('Bobot per jenis halaman (gzip; tanpa gzip dalam kurung). JS = modul yang dimuat saat halaman dibuka beserta impor statisnya; JS tunda = impor dinamis.');
  out.push('');
  out.push('| halaman | HTML | CSS | JS | JS tunda |');
  out.push('|---|---|---|---|---|');
  for (const p of r.full.pages) {
    const cell = (b: { raw: number; gzip: number }) => `${fmtKb(b.gzip)} (${fmtKb(b.raw)})`;
    out.push(`| ${p.type} | ${cell(p.html)} | ${cell(p.css)} | ${cell(p.js)} | ${cell(p.jsLazy)} |`);
  }
  out.push('');
  const s = r.search;
  if (!s) out.push('Pencarian di Chromium: dilewati.');
  else if (s.skipped) out.push(`Pencarian di Chromium: dilewati — ${s.skipped}.`);
  else {
    out.push(`Pencarian di Chromium (/cari/, kueri “${s.query}”, saringan ${s.filter ?? '—'}); byte = isi respons, gzip untuk berkas teks:`);
    out.push('');
    out.push('| langkah | waktu | transfer |');
    out.push('|---|---|---|');
    out.push(`| buka /cari/ sampai hasil awal tampil | ${s.open?.ms ?? '—'} ms | ${transferCell(s.open)} |`);
    out.push(`| kueri pertama | ${s.firstSearch?.ms ?? '—'} ms | ${transferCell(s.firstSearch)} |`);
    out.push(`| buka /cari/ + kueri pertama | | ${transferCell(s.firstSearchTotal)} |`);
    out.push(`| ganti saringan | ${s.filterChange?.ms ?? '—'} ms | ${transferCell(s.filterChange)} |`);
    if (s.openFiltered) out.push(`| buka ${s.openFiltered.path} di browser baru (tautan bersaringan) | ${s.openFiltered.ms} ms | ${transferCell(s.openFiltered)}, ${s.openFiltered.filterFiles} berkas saringan |`);
    if (s.innovationPage) out.push(`| halaman inovasi dibuka (tanpa pencarian) | ${s.innovationPage.ms} ms | ${transferCell(s.innovationPage)} |`);
    const found = (pages?: number) => (pages === undefined ? '' : `, ${int(pages)} halaman cocok`);
    if (s.headerSearch) out.push(`| kotak cari di beranda: fokus + kueri pertama (“${s.query}”${found(s.headerSearch.pages)}) | ${s.headerSearch.ms} ms (termasuk membuka beranda) | ${transferCell(s.headerSearch)} |`);
    for (const o of s.otherHeaderSearches ?? []) out.push(`| kotak cari di beranda: kueri “${o.query}”${found(o.pages)} | ${o.ms} ms (termasuk membuka beranda) | ${transferCell(o)} |`);
    const kinds = Object.entries(s.headerSearch?.byKind ?? {}).sort((a, b) => b[1] - a[1]);
    if (kinds.length) out.push(`\nRincian kotak cari di beranda, kueri “${s.query}” (gzip): ${kinds.map(([k, v]) => `${k} ${fmtKb(v)}`).join(' · ')}.`);
    if (s.errors.length) out.push(`\nGalat di konsol: ${s.errors.slice(0, 5).join(' · ')}`);
  }
  const g = goals(r);
  if (g.length) {
    out.push('');
    out.push('Sasaran issue 16 (dicetak, tidak diuji; nomor = nomor sasaran di issue):');
    out.push('');
    out.push(...g);
  }
  if (r.notes.length) {
    out.push('');
    out.push(...r.notes.map((n) => `- ${n}`));
  }
  return `${out.join('\n')}\n`;
}
