/**
 * npm run lighthouse [-- --runs N] [--page NAME] [--save DIR]   (issue 14)
 *
 * Lighthouse 12, mobile (its default: Moto G Power screen, simulated slow 4G and 4× CPU), over
 * the site already built in dist/ (build first: this script builds nothing). Serves dist/ on a
 * local port, audits the home page, an entry, an OPD, /statistik/ and /cari/?q=ktp, and PRINTS
 * a table: performance, accessibility, best practices, SEO, CLS, TBT (median of N runs).
 * Printed, never asserted: timings depend on the machine and its load.
 * Chromium: CHROME_PATH (default /usr/bin/chromium); never downloads a browser.
 * --page NAME audits only the pages whose name contains NAME (e.g. --page cari); --save DIR
 * writes each run's full Lighthouse JSON report there (render-blocking resources, critical
 * chains, main-thread work). DIST_DIR audits another built folder (e.g. a copy of main's dist/).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/helpers/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const argValue = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ONLY = argValue('--page');
const SAVE = argValue('--save');

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`${DIST} belum dibangun; jalankan dulu: npm run build`);
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.error(`Chromium tidak ditemukan di ${CHROME}; pasang dengan apt-get install -y chromium, atau atur CHROME_PATH.`);
  process.exit(1);
}

/** A page of each type, chosen from what dist/ holds: an entry, an OPD that runs innovations. */
function pages(): [string, string][] {
  const dirs = (d: string) => readdirSync(join(DIST, d), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(DIST, d, e.name, 'index.html'))).map((e) => e.name);
  const entry = dirs('inovasi').filter((d) => !['urut', 'halaman'].includes(d)).sort()[0];
  const opd = dirs('opd').includes('disdukcapil') ? 'disdukcapil' : dirs('opd').sort()[0];
  return [
    ['beranda', ''],
    [`entri (${entry})`, `inovasi/${entry}/`],
    [`OPD (${opd})`, `opd/${opd}/`],
    ['statistik', 'statistik/'],
    ['cari ?q=ktp', 'cari/?q=ktp'],
  ];
}

interface Row { page: string; performance: number; accessibility: number; bestPractices: number; seo: number; cls: number; tbt: number }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await serveDist(DIST, '/');
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Row[] = [];
try {
  if (SAVE) mkdirSync(SAVE, { recursive: true });
  for (const [name, path] of pages().filter(([n]) => !ONLY || n.includes(ONLY))) {
    const runs: Row[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(server.url(path), { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse tidak menghasilkan laporan untuk /${path}`);
      if (SAVE) writeFileSync(join(SAVE, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${i + 1}.json`), result.report as string);
      const { categories: c, audits: a } = result.lhr;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      runs.push({
        page: name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: a['cumulative-layout-shift']?.numericValue ?? NaN,
        tbt: a['total-blocking-time']?.numericValue ?? NaN,
      });
    }
    const pick = (k: keyof Omit<Row, 'page'>) => median(runs.map((r) => r[k]));
    rows.push({ page: name, performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), cls: pick('cls'), tbt: pick('tbt') });
  }
} finally {
  chrome.kill();
  await server.close();
}

const machine = `${cpus().length} core (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, beban ${loadavg().map((l) => l.toFixed(1)).join('/')}`;
console.log(`\nLighthouse 12 mobile — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine} — median ${RUNS} run\n`);
console.log('| halaman | performance | accessibility | best practices | SEO | CLS | TBT |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms |`);
