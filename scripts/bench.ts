/**
 * npm run bench -- --entries N   (issue 9)
 *
 * 1. Generates N synthetic, schema-valid entries into a temporary content folder and checks
 *    them with scripts/validate.ts.
 * 2. Builds the full site from them (a snapshot copy of the project's sources, so its .astro/
 *    and dependency caches are private to the benchmark) and records wall time, peak RSS of
 *    the process tree, pages, dist size, Pagefind index size and per-page-type weights.
 * 3. Builds bare Astro baselines from the same bodies in the same run: by default a lean .md site
 *    (frontmatter: title and summary only — the per-page reference) and .md with the full frontmatter.
 * 4. Opens the built site in Chromium and measures /cari/ (first search, filter change).
 * 5. Writes bench-results/<date>-<N>.json and bench-results/latest.md, and prints the table.
 * Never writes into content/ or dist/.
 */
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SEED, realShares, writeBenchContent } from './bench/generator.ts';
import { writeBaselineProject, linkNodeModules, type BaselineKind } from './bench/baseline.ts';
import { ASTRO_EVENTS, ASTRO_MARKERS, hasGnuTime, runMeasured, type RunResult } from './bench/measure.ts';
import { distStats, sitePageWeights } from './bench/dist-stats.ts';
import { markdown, fmtGb, fmtS, type BenchRecord, type BuildRecord } from './bench/report.ts';

const HELP = `Pemakaian: npm run bench -- --entries N [pilihan]

Membangkitkan N entri sintetis yang valid ke folder sementara (bukan content/), membangun
situs lengkap dan situs Astro "bare" dari isi entri yang sama (lihat --baselines), mengukur waktu, CPU,
peak RSS, ukuran dist/ dan indeks Pagefind, bobot tiap jenis halaman, serta pencarian di
Chromium. Hasil: bench-results/<tanggal>-<N>.json dan bench-results/latest.md.

Pilihan:
  --entries N        jumlah entri (wajib; mis. 500, 10000, 30000)
  --seed S           seed generator (bawaan ${DEFAULT_SEED})
  --format mixed|mdx situs lengkap: mixed (bawaan) = .mdx hanya untuk entri yang memakai komponen, sisanya .md;
                     mdx = semua entri .mdx
  --components P     bagian entri yang memakai komponen <Callout> (0–1; bawaan = bagian .mdx di content/)
  --translated P     bagian entri dengan teks Inggris (titleEn + summaryEn → halaman Inggris; 0–1;
                     bawaan = bagian itu di content/)
  --baselines LIST   build bare yang dijalankan (bawaan md-lean,md): md-lean = .md dengan frontmatter hanya
                     title dan summary (pembanding per halaman), md = .md dengan frontmatter lengkap,
                     mdx = .mdx dengan frontmatter lengkap
  --skip-baselines   tanpa build bare
  --skip-browser     tanpa pengukuran pencarian di Chromium
  --query KATA[,KATA…] kueri pencarian: yang pertama untuk /cari/ dan kotak cari (bawaan "layanan", kata
                     paling umum), sisanya hanya kotak cari di beranda (bawaan "sampah,posyandu")
  --out DIR          folder hasil (bawaan bench-results)
  --keep             jangan hapus folder sementara (dicetak di akhir)
  --incremental      juga build pull request: build dingin dengan cache inkremental, satu entri diubah, build lagi
  --help             pesan ini`;

interface Options {
  entries: number;
  seed: number;
  skipBaselines: boolean;
  skipBrowser: boolean;
  query: string;
  /** Less common words, measured in the header search box only. */
  otherQueries: string[];
  out: string;
  keep: boolean;
  format: 'mixed' | 'mdx';
  /** Bare baselines to build, in this order. */
  baselines: BaselineKind[];
  /** Shares of the generated corpus; undefined = the real catalogue's. */
  componentShare?: number;
  translatedShare?: number;
  incremental?: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { entries: 0, seed: DEFAULT_SEED, skipBaselines: false, skipBrowser: false, query: 'layanan', otherQueries: ['sampah', 'posyandu'], out: 'bench-results', keep: false, format: 'mixed', baselines: ['md-lean', 'md'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} memerlukan nilai.`);
      return v!;
    };
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => inline ?? value();
    switch (flag) {
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
      case '--entries':
      case '-n':
        o.entries = Number(val());
        break;
      case '--seed':
        o.seed = Number(val());
        break;
      case '--skip-baselines':
        o.skipBaselines = true;
        break;
      case '--skip-browser':
        o.skipBrowser = true;
        break;
      case '--query': {
        const [first, ...rest] = val().split(',').map((q) => q.trim()).filter(Boolean);
        if (!first) fail('--query memerlukan sedikitnya satu kata.');
        o.query = first!;
        o.otherQueries = rest;
        break;
      }
      case '--out':
        o.out = val();
        break;
      case '--keep':
        o.keep = true;
        break;
      case '--baselines': {
        const kinds = val().split(',').map((k) => k.trim());
        const bad = kinds.filter((k) => !['mdx', 'md', 'md-lean'].includes(k));
        if (bad.length || !kinds.length) fail(`--baselines: pilih dari md-lean, md, mdx (dipisah koma); tidak dikenal: ${bad.join(', ')}`);
        o.baselines = kinds as BaselineKind[];
        break;
      }
      case '--components':
      case '--translated': {
        const share = Number(val());
        if (!(share >= 0 && share <= 1)) fail(`${flag} harus angka 0–1 (mis. 0.1).`);
        if (flag === '--components') o.componentShare = share;
        else o.translatedShare = share;
        break;
      }
      case '--incremental':
        o.incremental = true;
        break;
      case '--format': {
        const f = argv[++i];
        if (f !== 'mixed' && f !== 'mdx') throw new Error('--format harus mixed atau mdx');
        o.format = f;
        break;
      }
      default:
        fail(`pilihan tidak dikenal: ${a}\n\n${HELP}`);
    }
  }
  if (!Number.isInteger(o.entries) || o.entries < 1) fail(`--entries harus bilangan bulat positif (mis. --entries 500).\n\n${HELP}`);
  if (!Number.isInteger(o.seed)) fail('--seed harus bilangan bulat.');
  return o;
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const ROOT = resolve(import.meta.dirname, '..');
const t0 = performance.now();
const since = () => ((performance.now() - t0) / 1000).toFixed(1).padStart(6);
const say = (phase: string, msg: string) => console.log(`[bench ${since()} s] ${phase}: ${msg}`);

/** Top-level entries of the project that are not part of the site's source. */
const NOT_SOURCE = new Set(['node_modules', '.git', '.astro', 'content', 'tests', 'bench-results', 'tmp', 'coverage', '.github', '.ci', '.vscode', 'package-lock.json']);

/**
 * A private copy of the site's sources (src/, public/, astro.config.mjs, …) with the project's
 * packages linked in. Astro keeps generated modules in <root>/.astro/ and Vite its dependency
 * cache in node_modules/.vite; in the shared tree other builds use those at the same moment.
 */
function snapshotSite(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const copied: string[] = [];
  for (const name of readdirSync(ROOT)) {
    if (NOT_SOURCE.has(name) || name.startsWith('dist') || name.startsWith('.astro')) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    copied.push(name);
  }
  linkNodeModules(dir, join(ROOT, 'node_modules'));
  return copied;
}

function versions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pkg of ['astro', '@astrojs/mdx', 'pagefind', 'vite', 'rolldown']) {
    try {
      out[pkg] = (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      /* not installed */
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const buildEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
  ...extra,
});

/**
 * `astro build`, then the search index as its own process (as `npm run build` does), each
 * measured: wall time is their sum, peak RSS the larger of the two (they never overlap).
 */
async function astroBuild(label: string, cwd: string, work: string, extraEnv: Record<string, string>, indexScript: string): Promise<RunResult> {
  const out = join(cwd, 'dist');
  const cache = join(work, `${label}-cache`);
  // Only ever clean caches inside the benchmark's own folder (node_modules there is a folder of links).
  if (!realpathSync(join(cwd, 'node_modules', '..')).startsWith(realpathSync(work))) throw new Error(`${cwd} ada di luar ${work}`);
  if (lstatSync(join(cwd, 'node_modules')).isSymbolicLink()) throw new Error(`${cwd}/node_modules harus folder tautan, bukan tautan ke node_modules proyek`);
  for (const stale of [out, cache, join(cwd, '.astro'), join(cwd, 'node_modules', '.astro'), join(cwd, 'node_modules', '.vite')]) rmSync(stale, { recursive: true, force: true });
  say(label, 'astro build …');
  const run = await runMeasured(process.execPath, [join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd,
    env: buildEnv({ OUT_DIR: out, CACHE_DIR: cache, ...extraEnv }),
    logFile: join(work, `${label}.log`),
    markers: ASTRO_MARKERS,
    events: ASTRO_EVENTS,
    onHeartbeat: (s, rss, line) => say(label, `${s.toFixed(0)} s, RSS ${fmtGb(rss)} — ${line.slice(0, 100)}`),
  });
  if (run.exitCode !== 0) {
    console.error(run.tail.join('\n'));
    throw new Error(`${label}: astro build gagal (kode ${run.exitCode}); log lengkap: ${join(work, `${label}.log`)}`);
  }
  say(label, 'indeks pencarian …');
  const index = await runMeasured(process.execPath, [indexScript, out], {
    cwd,
    env: buildEnv({ OUT_DIR: out, ...extraEnv }),
    logFile: join(work, `${label}-index.log`),
    onHeartbeat: (s, rss, line) => say(label, `indeks ${s.toFixed(0)} s, RSS ${fmtGb(rss)} — ${line.slice(0, 100)}`),
  });
  if (index.exitCode !== 0) {
    console.error(index.tail.join('\n'));
    throw new Error(`${label}: indeks pencarian gagal (kode ${index.exitCode}); log lengkap: ${join(work, `${label}-index.log`)}`);
  }
  const combined: RunResult = {
    ...run,
    wallS: Math.round((run.wallS + index.wallS) * 100) / 100,
    peakTreeRss: Math.max(run.peakTreeRss, index.peakTreeRss),
    maxProcessRss: run.maxProcessRss === null || index.maxProcessRss === null ? null : Math.max(run.maxProcessRss, index.maxProcessRss),
    cpuS: run.cpuS === null || index.cpuS === null ? null : Math.round((run.cpuS + index.cpuS) * 100) / 100,
    samples: run.samples + index.samples,
    phases: [...run.phases.filter((p) => p.name !== 'pagefind'), { name: 'pagefind (proses terpisah)', endS: Math.round((run.wallS + index.wallS) * 100) / 100, seconds: index.wallS }],
    tail: [],
  };
  say(label, `selesai: ${fmtS(combined.wallS)} (indeks ${fmtS(index.wallS)}), peak RSS ${fmtGb(combined.peakTreeRss)} (astro ${fmtGb(run.peakTreeRss)}, indeks ${fmtGb(index.peakTreeRss)})`);
  return combined;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const loadStart = loadavg();
  const notes: string[] = [];
  const benchPhases: { name: string; seconds: number }[] = [];
  let last = performance.now();
  const phaseDone = (name: string) => {
    const now = performance.now();
    benchPhases.push({ name, seconds: Math.round((now - last) / 100) / 10 });
    last = now;
  };

  const work = mkdtempSync(join(tmpdir(), `etalase-bench-${opts.entries}-`));
  say('mulai', `${opts.entries} entri, folder sementara ${work}; ${cpus().length} inti, RAM ${(totalmem() / 1024 ** 3).toFixed(1)} GB (bebas ${(freemem() / 1024 ** 3).toFixed(1)} GB), beban ${loadStart.map((x) => x.toFixed(1)).join(' ')}`);
  notes.push(opts.format === 'mixed' ? 'Situs lengkap: entri yang memakai komponen ditulis .mdx, sisanya .md (--format mixed).' : 'Situs lengkap: semua entri .mdx (--format mdx).');
  if (!hasGnuTime()) notes.push('/usr/bin/time tidak ada: RSS hanya dari pemantauan /proc.');
  let ok = false;
  try {
    // 1. Site snapshot + generated content.
    const site = join(work, 'site');
    const copied = snapshotSite(site);
    say('salin', `sumber situs disalin: ${copied.join(', ')}`);
    const content = join(work, 'content');
    // The corpus follows the real catalogue: its share of .mdx entries and of entries with English text.
    const real = realShares(join(ROOT, 'content', 'innovations'));
    const componentShare = opts.componentShare ?? real.componentShare;
    const translatedShare = opts.translatedShare ?? real.translatedShare;
    const entries = writeBenchContent({ sourceDir: join(ROOT, 'content'), targetDir: content, n: opts.entries, seed: opts.seed, format: opts.format, componentShare, translatedShare });
    notes.push(
      `Korpus: ${(componentShare * 100).toFixed(0)} % entri memakai komponen (.mdx), ${(translatedShare * 100).toFixed(0)} % punya teks Inggris (halaman Inggris)` +
        (opts.componentShare === undefined && opts.translatedShare === undefined ? ` — sama dengan ${real.entries} entri nyata di content/.` : ` (katalog nyata: ${(real.componentShare * 100).toFixed(0)} % dan ${(real.translatedShare * 100).toFixed(0)} %).`),
    );
    const perOpd = new Map<string, number>();
    for (const e of entries) perOpd.set(e.opd, (perOpd.get(e.opd) ?? 0) + 1);
    const [largestOpd, largestCount] = [...perOpd].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const words = entries.map((e) => e.words);
    const registrySize = readdirSync(join(content, 'opd')).length;
    // Innovation pages to weigh: the one with most metric values (charts) and the first without metrics.
    const withMetrics = entries.reduce((best, e) => (e.metricValues > best.metricValues ? e : best), entries[0]!);
    const without = entries.find((e) => e.metrics === 0);
    const samplePages = [{ label: '(dengan metrik)', id: withMetrics.id }, ...(without ? [{ label: '(tanpa metrik)', id: without.id }] : [])];
    phaseDone('generate');
    say('generate', `${entries.length} entri (${entries.filter((e) => e.callout).length} dengan <Callout>), ${perOpd.size} OPD, terbesar ${largestOpd} (${largestCount})`);

    // 2. Validate with the project's own validator.
    say('validate', 'node scripts/validate.ts …');
    const v = await runMeasured(process.execPath, [join(site, 'scripts', 'validate.ts')], {
      cwd: site,
      env: buildEnv({ CONTENT_DIR: content }),
      logFile: join(work, 'validate.log'),
      outputToFile: true,
      onHeartbeat: (s) => say('validate', `${s.toFixed(0)} s`),
    });
    const summary = v.tail.filter((l) => /^[✓✗] /.test(l)).at(-1) ?? v.tail.filter((l) => l.trim()).at(-1) ?? '';
    if (v.exitCode !== 0) {
      console.error(readFileSync(join(work, 'validate.log'), 'utf8').split('\n').filter((l) => !l.includes('(peringatan)')).slice(0, 30).join('\n'));
      throw new Error('entri sintetis tidak lolos validasi — perbaiki scripts/bench/generator.ts');
    }
    phaseDone('validate');
    say('validate', `${summary} — ${fmtS(v.wallS)}`);

    // 3. Full site.
    const full = await astroBuild('full', site, work, { CONTENT_DIR: content }, join(site, 'scripts', 'search-index.ts'));
    phaseDone('build: situs lengkap');
    const fullDist = join(site, 'dist');
    const fullRecord = { run: full, dist: distStats(fullDist), pages: sitePageWeights(fullDist, '/', samplePages, largestOpd) };
    phaseDone('analisis dist');
    if (opts.incremental) {
      const inc = await (await import('./bench/incremental.ts')).measureIncremental({ siteDir: site, contentDir: content, env: buildEnv({}), workDir: join(work, 'incremental'), log: (m) => say('incremental', m) });
      notes.push(`Build pull request (npm run build:pr, satu entri diubah): ${fmtS(inc.incremental.seconds)}, ${inc.incremental.rendered} halaman dirender, ${inc.incremental.restored} dari cache, peak RSS ${fmtGb(inc.incremental.peakRss)}; build dingin dengan cache ${fmtS(inc.seed.seconds)}; rasio terhadap build lengkap ${(inc.incremental.seconds / full.wallS).toFixed(2)}.`);
      phaseDone('build: pull request (inkremental)');
    }

    // 4. Bare baselines.
    const bare: Partial<Record<BaselineKind, BuildRecord>> = {};
    if (!opts.skipBaselines) {
      for (const kind of opts.baselines) {
        const dir = join(work, `bare-${kind}`);
        writeBaselineProject(dir, kind, entries, join(ROOT, 'node_modules'));
        const run = await astroBuild(`bare-${kind}`, dir, work, {}, join(dir, 'index.mjs'));
        bare[kind] = { run, dist: distStats(join(dir, 'dist')) };
        phaseDone(`build: bare ${kind}`);
      }
    }
    const { mdx: bareMdx, md: bareMd, 'md-lean': bareMdLean } = bare;
    // Per page written is compared with the leanest baseline that ran.
    const reference = bareMdLean ?? bareMd;

    // 5. Search in Chromium.
    let search: BenchRecord['search'];
    if (!opts.skipBrowser) {
      say('browser', 'Chromium: /cari/, kueri pertama, ganti saringan …');
      try {
        const { measureSearch } = await import('./bench/search.ts');
        search = await measureSearch(fullDist, { query: opts.query, otherQueries: opts.otherQueries, innovationPath: `inovasi/${withMetrics.id}/` });
      } catch (e) {
        search = { skipped: `pengukuran gagal: ${(e as Error).message.split('\n')[0]}`, errors: [] };
      }
      phaseDone('browser');
      say('browser', search.skipped ?? `kueri pertama ${search.firstSearch?.ms ?? '—'} ms, ganti saringan ${search.filterChange?.ms ?? '—'} ms`);
    }

    const ratio = (a: number, b: number | undefined) => (b ? Math.round((a / b) * 100) / 100 : undefined);
    const record: BenchRecord = {
      date: startedAt.toISOString().slice(0, 10),
      startedAt: startedAt.toISOString(),
      n: opts.entries,
      seed: opts.seed,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model.trim() ?? '?',
        ramGb: totalmem() / 1024 ** 3,
        node: process.version,
        platform: `${platform()} ${release()}`,
        loadavgStart: loadStart.map((x) => Math.round(x * 100) / 100),
        loadavgEnd: loadavg().map((x) => Math.round(x * 100) / 100),
      },
      versions: versions(),
      generator: {
        entries: entries.length,
        withCallout: entries.filter((e) => e.callout).length,
        translated: entries.filter((e) => e.translated).length,
        words: { min: Math.min(...words), median: median(words), max: Math.max(...words) },
        opdsUsed: perOpd.size,
        opdsInRegistry: registrySize,
        largestOpd: { id: largestOpd, entries: largestCount },
        seconds: benchPhases.find((p) => p.name === 'generate')?.seconds ?? 0,
      },
      validate: { seconds: v.wallS, peakTreeRss: v.peakTreeRss, exitCode: v.exitCode, summary },
      full: fullRecord,
      ...(bareMdx ? { bareMdx } : {}),
      ...(bareMd ? { bareMd } : {}),
      ...(bareMdLean ? { bareMdLean } : {}),
      ...(bareMdx || bareMd || bareMdLean
        ? {
            ratios: {
              timeVsBareMdx: ratio(full.wallS, bareMdx?.run.wallS),
              timeVsBareMd: ratio(full.wallS, bareMd?.run.wallS),
              rssVsBareMdx: ratio(full.peakTreeRss, bareMdx?.run.peakTreeRss),
              rssVsBareMd: ratio(full.peakTreeRss, bareMd?.run.peakTreeRss),
              // Per page written: the full site writes more pages than a bare one (lists, OPD pages, English pages).
              perPageVsBareMd: reference ? ratio(full.wallS / fullRecord.dist.pages, reference.run.wallS / reference.dist.pages) : undefined,
              cpuPerPageVsBareMd: reference && full.cpuS !== null && reference.run.cpuS !== null ? ratio(full.cpuS / fullRecord.dist.pages, reference.run.cpuS / reference.dist.pages) : undefined,
            },
          }
        : {}),
      ...(search ? { search } : {}),
      benchPhases,
      notes,
    };
    if (record.machine.loadavgStart[0]! > record.machine.cores) {
      notes.push(`Mesin sedang dipakai proses lain (beban ${record.machine.loadavgStart[0]} pada ${record.machine.cores} inti): waktu mutlak kurang bisa dibandingkan; rasio diukur pada saat yang sama.`);
    }

    const outDir = resolve(ROOT, opts.out);
    mkdirSync(outDir, { recursive: true });
    // Runs of a non-default corpus get their own file name (e.g. 2026-11-30-10000-mdx.json).
    const variant = [opts.format === 'mdx' ? 'mdx' : '', opts.componentShare !== undefined ? `komponen${Math.round(opts.componentShare * 100)}` : '', opts.translatedShare !== undefined ? `en${Math.round(opts.translatedShare * 100)}` : ''].filter(Boolean).join('-');
    const base = `${record.date}-${opts.entries}${variant ? `-${variant}` : ''}`;
    const jsonFile = join(outDir, `${base}.json`);
    writeFileSync(jsonFile, `${JSON.stringify(record, null, 2)}\n`);
    const md = markdown(record);
    writeFileSync(join(outDir, `${base}.md`), md);
    writeFileSync(join(outDir, 'latest.md'), md);
    console.log(`\n${md}`);
    say('selesai', `hasil: ${jsonFile}, ${join(outDir, `${base}.md`)}, ${join(outDir, 'latest.md')}`);
    say('tahap benchmark', benchPhases.map((p) => `${p.name} ${p.seconds} s`).join(' · '));
    ok = true;
  } finally {
    if (opts.keep) say('selesai', `folder sementara disimpan: ${work}`);
    else rmSync(work, { recursive: true, force: true });
    if (!ok) process.exitCode = 1;
  }
}

main().catch((e: Error) => {
  console.error(`bench: ${e.message}`);
  process.exitCode = 1;
});
