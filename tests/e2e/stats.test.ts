/**
 * The statistics on the built site: /data/statistik.json against counts computed here
 * from the frontmatter in content/ (not from the site code); /statistik/ in Chromium
 * (every chart drawn, no console error), and without JavaScript (every number shown as
 * text, equal to the JSON); per-chart downloads; OPD numbers; metric charts; JS weight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watch, type PageLog } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { opdIds, publishedEntries, ROOT } from '../helpers/content.ts';

const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.BASE_PATH ?? '/';
const BUDGET_GZIP = 60 * 1024;
const entries = publishedEntries();
const opds = opdIds();

interface Row { key: string; label: string; page?: string; [k: string]: unknown }
interface Table { id: string; title: string; headline: string; columns: { key: string; label: string; type: string; html?: string }[]; rows: Row[]; total?: Row }
interface Doc { generatedAt: string; buildDate: string; entries: number; opdRegistry: number; summary: Record<string, { value: number; label: string }>; tables: Table[] }

let server: Served;
let browser: Browser;
let page: Page;
let log: PageLog;
let noJs: BrowserContext;
let doc: Doc;
const table = (id: string) => {
  const t = doc.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id} in statistik.json`);
  return t;
};
/** key → count of a table's rows. */
const counts = (id: string, column = 'count') => Object.fromEntries(table(id).rows.map((r) => [r.key, r[column]]));

// ---- independent counts from the frontmatter ----
const tally = (values: string[]) => values.reduce<Record<string, number>>((m, v) => ((m[v] = (m[v] ?? 0) + 1), m), {});
const yearOf = (d: Record<string, unknown>) => {
  const v = d.launched ?? d.trial ?? d.started;
  return v === undefined ? undefined : String(v instanceof Date ? v.toISOString() : v).slice(0, 4);
};
const metricRows = (m: Record<string, unknown>) => (m.baseline ? 1 : 0) + (m.target ? 1 : 0) + ((m.values as unknown[] | undefined)?.length ?? 0);

// ---- the JavaScript a built page loads, read from dist ----
function jsClosure(htmlPath: string): { files: string[]; dynamic: string[] } {
  const html = readFileSync(join(DIST, htmlPath), 'utf8');
  const start = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  const toFile = (url: string) => join(DIST, url.startsWith(BASE) ? url.slice(BASE.length) : url.replace(/^\//, ''));
  const files = new Set<string>();
  const dynamic = new Set<string>();
  /** Follows static imports from `queue` into `into`; records dynamic imports. */
  const walk = (queue: string[], into: Set<string>) => {
    while (queue.length) {
      const file = queue.shift()!;
      if (into.has(file) || files.has(file)) continue;
      into.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) queue.push(resolve(dirname(file), m[1]!));
      for (const m of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) dynamic.add(resolve(dirname(file), m[1]!));
    }
  };
  walk(start.filter((u) => u.endsWith('.js')).map(toFile), files);
  const later = new Set<string>();
  walk([...dynamic], later);
  return { files: [...files], dynamic: [...later] };
}
const gz = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
/** A string only Chart.js's core contains. */
const CHART_JS_MARK = 'Canvas is already in use';
/** Whether a page loads Chart.js, at once or on demand (charts load it when scrolled to). */
const loadsChartJs = (htmlPath: string) => {
  const { files, dynamic } = jsClosure(htmlPath);
  return [...files, ...dynamic].some((f) => readFileSync(f, 'utf8').includes(CHART_JS_MARK));
};

/** Numbers as the page shows them: "1.234" → 1234, "37,5%" → 37.5, "—" → null. */
const parseShown = (text: string) => {
  const s = text.trim();
  if (s === '—') return null;
  return Number(s.replace(/%$/, '').replace(/\./g, '').replace(',', '.'));
};

beforeAll(async () => {
  if (!existsSync(join(DIST, 'statistik', 'index.html'))) throw new Error(`${DIST} belum dibangun; jalankan npm run build dulu.`);
  doc = JSON.parse(readFileSync(join(DIST, 'data', 'statistik.json'), 'utf8')) as Doc;
  server = await serveDist(DIST, BASE);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  log = watch(page);
  noJs = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/data/statistik.json against content/', () => {
  it('states the build date and how many entries it was computed from', () => {
    expect(doc.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(doc.buildDate).toBe(doc.generatedAt.slice(0, 10));
    expect(doc.entries).toBe(entries.length);
    expect(doc.opdRegistry).toBe(opds.length);
  });

  it('counts per OPD equal the frontmatter, every registry unit listed exactly once', () => {
    const rows = table('opd').rows;
    expect(rows.map((r) => r.key).sort()).toEqual([...opds].sort());
    const expected = tally(entries.map((e) => String(e.data.opd)));
    for (const id of opds) expect(counts('opd')[id], id).toBe(expected[id] ?? 0);
  });

  it('counts per tahapan, jenis, bentuk and status equal the frontmatter', () => {
    for (const [id, field] of [['tahapan', 'tahapan'], ['jenis', 'jenis'], ['bentuk', 'bentuk'], ['status', 'status']] as const) {
      const expected = tally(entries.map((e) => String(e.data[field])));
      const got = Object.fromEntries(Object.entries(counts(id)).filter(([, v]) => v !== 0));
      expect(got, id).toEqual(expected);
    }
    expect(counts('urusan')).toEqual(tally(entries.map((e) => String(e.data.urusan))));
  });

  it('counts per launch year equal the frontmatter (launch, else trial, else start), undated apart', () => {
    const years = entries.map((e) => yearOf(e.data));
    const expected = tally(years.filter((y): y is string => y !== undefined));
    const got = counts('tahun');
    const undated = got['tidak-diketahui'];
    delete got['tidak-diketahui'];
    expect(Object.fromEntries(Object.entries(got).filter(([, v]) => v !== 0))).toEqual(expected);
    expect(undated).toBe(years.filter((y) => y === undefined).length);
    // the running total ends at the number of dated entries
    const dated = table('tahun').rows.filter((r) => r.key !== 'tidak-diketahui');
    expect(dated.at(-1)?.cumulative ?? 0).toBe(years.filter(Boolean).length);
  });

  it('counts every non-draft entry exactly once in every distribution', () => {
    const sum = (id: string) => table(id).rows.reduce((n, r) => n + Number(r.count ?? 0), 0);
    for (const id of ['opd', 'tahapan', 'lan5d', 'jenis', 'bentuk', 'urusan', 'tahun', 'status', 'verifikasi', 'jenis-unit']) {
      expect(sum(id), id).toBe(entries.length);
    }
    for (const id of ['tahapan', 'jenis', 'bentuk', 'status', 'verifikasi', 'opd', 'tahun']) expect(table(id).total?.count, id).toBe(entries.length);
  });

  it('measurement coverage equals the metrics in the frontmatter', () => {
    type M = { type: string; values?: unknown[] };
    const metrics = (e: (typeof entries)[number]) => (e.data.metrics as M[] | undefined) ?? [];
    const has = (pred: (ms: M[]) => boolean) => entries.filter((e) => pred(metrics(e))).length;
    expect(counts('pengukuran')).toMatchObject({
      withOutputMetric: has((ms) => ms.some((m) => m.type === 'output')),
      withOutcomeMetric: has((ms) => ms.some((m) => m.type === 'outcome')),
      withMeasured: has((ms) => ms.some((m) => (m.values?.length ?? 0) > 0)),
      withOutcomeMeasured: has((ms) => ms.some((m) => m.type === 'outcome' && (m.values?.length ?? 0) > 0)),
      withoutMetrics: has((ms) => ms.length === 0),
    });
    expect(counts('verifikasi')['tidak-diketahui']).toBe(entries.filter((e) => e.data.lastVerified === undefined).length);
  });

  it('the claim table carries content/claims/ as written and counts documented entries by OPD', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'content', 'claims', 'lab-inovasi-2020.yaml'), 'utf8')) as {
      total: { innovations: number }; rows: { opd: string; innovations: number; writtenAs: string }[];
    };
    const t = table('klaim-lab-inovasi-2020');
    const named = t.rows.filter((r) => r.key !== 'lainnya');
    expect(named.map((r) => [r.key, r.claimed, r.writtenAs])).toEqual(raw.rows.map((r) => [r.opd, r.innovations, r.writtenAs]));
    expect(t.total?.claimed).toBe(raw.total.innovations);
    for (const r of named) {
      const owned = entries.filter((e) => e.data.opd === r.key);
      const y = (e: (typeof owned)[number]) => yearOf(e.data);
      expect(r.comparable, r.key).toBe(owned.filter((e) => y(e) === undefined || Number(y(e)) <= 2020).length);
      expect(r.later, r.key).toBe(owned.filter((e) => y(e) !== undefined && Number(y(e)) > 2020).length);
    }
    expect(doc.summary['claimed-lab-inovasi-2020']?.value).toBe(raw.total.innovations);
  });
});

describe('/statistik/ in Chromium', () => {
  it('draws every chart (non-blank canvas) with no console error or failed request', async () => {
    log.reset();
    const res = await page.goto(server.url('statistik/'), { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    // Charts are drawn as they near the screen: scroll through the page.
    const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
    for (let y = 0; y < height; y += 700) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.waitForTimeout(60);
    }
    await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((b) => (b as HTMLElement).dataset.drawn === 'true'), null, { timeout: 10_000 });
    const charts = await page.$$eval('[data-chart]', (boxes) =>
      boxes.map((box) => {
        const canvas = box.querySelector('canvas')!;
        const ctx = canvas.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
        return { section: box.closest('section')?.id, hidden: (box as HTMLElement).hidden, width: canvas.width, height: canvas.height, ink, share: ink / (canvas.width * canvas.height) };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(12);
    for (const c of charts) {
      expect(c.hidden, c.section).toBe(false);
      expect(c.width * c.height, c.section).toBeGreaterThan(0);
      expect(c.share, `${c.section} canvas is blank`).toBeGreaterThan(0.02);
    }
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
  });

  it('every table section has a headline, a chart (when it has one) and CSV and JSON links under the base path', async () => {
    for (const t of doc.tables) {
      const section = page.locator(`section#${t.id}`);
      expect(await section.locator('[data-headline]').textContent(), t.id).toBe(t.headline);
      const links = await section.locator('.stat-downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links, t.id).toEqual([`${BASE}statistik/${t.id}.csv`, `${BASE}statistik/${t.id}.json`]);
    }
  });
});

describe('/statistik/ without JavaScript', () => {
  it('shows every number of statistik.json as text in its table, and hides the empty charts', async () => {
    const p = await noJs.newPage();
    await p.goto(server.url('statistik/'), { waitUntil: 'load' });
    expect(await p.$$eval('[data-chart]', (bs) => bs.every((b) => getComputedStyle(b).display === 'none'))).toBe(true);
    let checked = 0;
    for (const t of doc.tables) {
      const shown = await p.$$eval(`table[data-stat="${t.id}"] tr[data-key]`, (trs) =>
        trs.map((tr) => ({
          key: tr.getAttribute('data-key')!,
          label: tr.querySelector('[data-label]')?.textContent?.trim() ?? '',
          cells: Object.fromEntries([...tr.querySelectorAll('td[data-col]')].map((td) => [td.getAttribute('data-col')!, td.textContent!.trim()])),
        })),
      );
      const expected = [...t.rows, ...(t.total ? [t.total] : [])];
      expect(shown.map((r) => r.key), t.id).toEqual(expected.map((r) => r.key));
      for (const [i, row] of expected.entries()) {
        expect(shown[i]!.label, `${t.id}/${row.key}`).toBe(String(row.label));
        for (const c of t.columns.filter((c) => c.type === 'count' || c.type === 'percent')) {
          expect(parseShown(shown[i]!.cells[c.key] ?? ''), `${t.id}/${row.key}/${c.key}`).toBe(row[c.key] ?? null);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    const summary = await p.$$eval('[data-summary] li', (lis) => lis.map((li) => [li.getAttribute('data-key'), li.querySelector('strong')!.textContent]));
    expect(summary.map(([k, v]) => [k, parseShown(v!)])).toEqual(Object.entries(doc.summary).map(([k, s]) => [k, s.value]));
    await p.close();
  });
});

describe('downloads', () => {
  it('every chart has a CSV and a JSON with the same numbers as statistik.json', async () => {
    for (const t of doc.tables) {
      const json = await (await fetch(server.url(`statistik/${t.id}.json`))).json();
      expect(json.table, t.id).toEqual(t);
      expect(json.entries).toBe(doc.entries);
      expect(json.generatedAt).toBe(doc.generatedAt);
      const res = await fetch(server.url(`statistik/${t.id}.csv`));
      expect(res.status).toBe(200);
      const rows = parseCsv(await res.text()) as string[][];
      const cols = ['key', ...t.columns.map((c) => c.key)];
      expect(rows[0], t.id).toEqual(['kode', ...t.columns.map((c) => c.label)]);
      const expected = [...t.rows, ...(t.total ? [t.total] : [])];
      expect(rows.length - 1, t.id).toBe(expected.length);
      expected.forEach((r, i) => expect(rows[i + 1], `${t.id}/${r.key}`).toEqual(cols.map((k) => (r[k] === null || r[k] === undefined ? '' : String(r[k])))));
    }
  });
});

describe('OPD pages and metric charts', () => {
  it('every OPD page shows its own innovation count and what the 2020 launch claimed for it (static HTML)', () => {
    const claimed = Object.fromEntries(table('klaim-lab-inovasi-2020').rows.filter((r) => r.key !== 'lainnya').map((r) => [r.key, r.claimed]));
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    for (const id of opds) {
      const html = readFileSync(join(DIST, 'opd', id, 'index.html'), 'utf8');
      const section = /<section[^>]*class="[^"]*\bopd-numbers\b[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
      expect(section, `${id} has OPD numbers`).toBeDefined();
      const first = /<strong[^>]*>([^<]+)<\/strong>/.exec(section!)?.[1];
      expect(Number(first), id).toBe(entries.filter((e) => e.data.opd === id).length);
      const claim = [...section!.matchAll(/<p[^>]*class="[^"]*\bopd-claim\b[^"]*"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!));
      if (claimed[id] !== undefined) expect(claim.join(' '), id).toContain(`disebut menjalankan ${claimed[id]} inovasi`);
      else expect(claim, id).toEqual([]);
    }
  });

  it('innovation pages draw one small SVG chart per metric with two or more numbers, next to its table, with no JavaScript', async () => {
    const withCharts = entries
      .map((e) => ({ id: e.id, metrics: ((e.data.metrics as Record<string, unknown>[] | undefined) ?? []).filter((m) => metricRows(m) >= 2) }))
      .filter((e) => e.metrics.length > 0);
    expect(withCharts.length).toBeGreaterThan(0);
    for (const e of withCharts) {
      log.errors.length = 0;
      await page.goto(server.url(`inovasi/${e.id}/`), { waitUntil: 'load' });
      const charts = await page.$$eval('figure.metric svg[data-metric-bars]', (svgs) =>
        svgs.map((svg) => [...svg.querySelectorAll('rect.bar')].map((r) => ({ value: Number(r.getAttribute('data-value')), height: (r as SVGRectElement).getBBox().height }))),
      );
      expect(charts.length, e.id).toBe(e.metrics.length);
      charts.forEach((bars, k) => {
        const m = e.metrics[k] as { baseline?: { value: number }; target?: { value: number }; values?: { value: number }[] };
        const expected = [...(m.baseline ? [m.baseline.value] : []), ...(m.target ? [m.target.value] : []), ...(m.values ?? []).map((v) => v.value)];
        expect(bars.map((b) => b.value), e.id).toEqual(expected);
        // Bar heights are proportional to the values: the largest value has the tallest bar.
        const tallest = bars.reduce((a, b) => (b.height > a.height ? b : a));
        expect(tallest.value, e.id).toBe(Math.max(...expected));
        for (const b of bars) expect(b.height / tallest.height, e.id).toBeCloseTo(Math.max(b.value / tallest.value, 0), 1);
      });
      // Beside each chart, the same numbers as stacked rows (one per baseline, target and value).
      const rows = await page.$$eval('figure.metric', (fs) => fs.map((f) => f.querySelectorAll('.metric-rows li').length));
      expect(rows.filter((n) => n >= 2), e.id).toEqual(e.metrics.map(metricRows));
      expect(loadsChartJs(`inovasi/${e.id}/index.html`), e.id).toBe(false);
      expect(log.errors, e.id).toEqual([]);
    }
  });
});

describe('JavaScript weight', () => {
  it('/statistik/ ships under 60 kB of gzipped JS, and Chart.js loads only where a chart is drawn', () => {
    const stat = jsClosure('statistik/index.html');
    const bytes = gz(stat.files);
    const lazy = gz(stat.dynamic);
    console.log(`[stats] /statistik/ JS: ${stat.files.length} files, ${bytes} B gzipped (level 9); loaded later on demand: ${lazy} B`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(BUDGET_GZIP);
    expect(loadsChartJs('statistik/index.html')).toBe(true);
    for (const path of ['index.html', 'inovasi/index.html', 'opd/index.html', `opd/${opds[0]}/index.html`]) expect(loadsChartJs(path), path).toBe(false);
    const noChart = entries.find((e) => ((e.data.metrics as Record<string, unknown>[] | undefined) ?? []).every((m) => metricRows(m) < 2));
    if (noChart) expect(loadsChartJs(`inovasi/${noChart.id}/index.html`), noChart.id).toBe(false);
  });
});
