/**
 * The site as a resident on a 390×844 phone uses it (issue #14, non-search part): the task
 * ("Cara memakai") within 1.2 screens on every entry page; no page scrolls sideways; metric
 * values readable with their source; compact rupiah; chart date labels apart; sources that
 * read apart; the home page as a service entry point with no innovation shown twice; what
 * each OPD still lacks; /statistik/ charts drawn only when scrolled to, with no layout shift.
 * A fixture build adds an OPD contact, an OPD with none, and feedback channels in site.yaml.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, stringify } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { publishedEntries, ROOT } from '../helpers/content.ts';

const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.BASE_PATH ?? '/';
const PHONE = { width: 390, height: 844 };
const entries = publishedEntries();
type Fm = Record<string, unknown> & { opd: string; howToUse?: Record<string, unknown>; metrics?: { unit: string; name: string }[]; sources: { id: string; publisher: string; title: string }[] };
const fm = (e: (typeof entries)[number]) => e.data as Fm;

let server: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} belum dibangun; jalankan npm run build dulu.`);
  server = await serveDist(DIST, BASE);
  browser = await launch();
  page = await browser.newPage({ viewport: PHONE });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (path: string) => {
  const res = await page.goto(server.url(path), { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
};

describe('entry pages at 390×844', () => {
  it('"Cara memakai" starts within the first 1.2 screens on every entry page, in both editions', async () => {
    for (const e of entries) {
      for (const prefix of ['', 'en/']) {
        await open(`${prefix}inovasi/${e.id}/`);
        const top = await page.evaluate(() => document.getElementById('cara-memakai')!.getBoundingClientRect().top + window.scrollY);
        expect(top, `${prefix}${e.id}`).toBeLessThanOrEqual(1.2 * PHONE.height);
        // Governance metadata comes after the task.
        const order = await page.evaluate(() => document.getElementById('cara-memakai')!.compareDocumentPosition(document.getElementById('tentang')!));
        expect(order & 4, `${e.id}: metadata after "Cara memakai"`).toBe(4);
      }
    }
  });

  it('without how-to-use facts the entry names whom to ask: the OPD’s contact, or the OPD itself, linked', async () => {
    const without = entries.filter((e) => !fm(e).howToUse);
    expect(without.length).toBeGreaterThan(0);
    for (const e of without) {
      await open(`inovasi/${e.id}/`);
      const help = page.locator('section.how-to-use [data-help]');
      expect(await help.count(), e.id).toBe(1);
      const kind = await help.getAttribute('data-help');
      if (kind === 'ask') expect(await help.locator('a').getAttribute('href'), e.id).toBe(`${BASE}opd/${fm(e).opd}/`);
      else expect(await page.locator('section.how-to-use dl.opd-contact dd a').count(), e.id).toBeGreaterThan(0);
    }
  });

  it('metric values are stacked rows with the source visible, the unit said once, money compact; no sideways scroll', async () => {
    let checked = 0;
    for (const e of entries.filter((x) => (fm(x).metrics ?? []).length > 0)) {
      await open(`inovasi/${e.id}/`);
      const figures = await page.$$eval('figure.metric', (fs) =>
        fs.map((f) => ({
          caption: f.querySelector('figcaption')!.textContent ?? '',
          rows: [...f.querySelectorAll('.metric-rows li')].map((li) => {
            const ref = li.querySelector('a.source-ref')!.getBoundingClientRect();
            return { refVisible: ref.width > 0 && ref.left >= 0 && ref.right <= window.innerWidth, value: li.querySelector('.metric-value')!.textContent };
          }),
        })),
      );
      (fm(e).metrics ?? []).forEach((m, k) => {
        const f = figures[k]!;
        expect(f.rows.length, `${e.id} #${k}`).toBeGreaterThan(0);
        for (const r of f.rows) expect(r.refVisible, `${e.id} #${k}: source visible`).toBe(true);
        // The unit is said in the caption, not after every value.
        if (!/^rupiah/i.test(m.unit)) expect(f.caption, e.id).toContain(m.unit);
        for (const r of f.rows) expect(r.value, `${e.id}: "${m.unit}" after a value`).not.toContain(m.unit);
        checked++;
      });
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), e.id).toBeLessThanOrEqual(PHONE.width);
    }
    expect(checked).toBeGreaterThan(5);
    // The waste banks' savings (unit "rupiah (kumulatif)"): 1,700,000,000 in the entry.
    await open('inovasi/bank-sampah-unit/');
    const values = await page.$$eval('.metric-value', (vs) => vs.map((v) => v.textContent));
    expect(values).toContain('Rp1,7 miliar');
    await open('en/inovasi/bank-sampah-unit/');
    expect(await page.$$eval('.metric-value', (vs) => vs.map((v) => v.textContent))).toContain('Rp1.7 billion');
  });

  it('the date labels under metric chart bars do not overlap', async () => {
    let charts = 0;
    for (const e of entries.filter((x) => (fm(x).metrics ?? []).length > 0)) {
      await open(`inovasi/${e.id}/`);
      const boxes = await page.$$eval('svg[data-metric-bars]', (svgs) =>
        svgs.map((svg) => ({
          bars: svg.querySelectorAll('rect.bar').length,
          // The date line under each bar (10 px text), line by line when it wraps.
          labels: [...svg.querySelectorAll('text[font-size="10"]')]
            .flatMap((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t]))
            .map((t) => { const r = t.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; }),
        })),
      );
      for (const { bars, labels } of boxes) {
        charts++;
        expect(labels.length, e.id).toBeGreaterThanOrEqual(bars);
        for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i]!, b = labels[j]!;
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${e.id}: date labels ${i} and ${j} overlap`).toBe(false);
        }
      }
    }
    expect(charts).toBeGreaterThan(0);
  });

  it('source list items read "Title — Publisher", and citations of one publisher read apart', async () => {
    const shared = entries.filter((e) => new Set(fm(e).sources.map((s) => s.publisher)).size < fm(e).sources.length);
    for (const e of entries) {
      await open(`inovasi/${e.id}/`);
      const items = await page.$$eval('ol.sources li', (lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ')));
      fm(e).sources.forEach((s, i) => expect(items[i], `${e.id}/${s.id}`).toContain(`${s.title} — ${s.publisher}`));
      const refs = await page.$$eval('a.source-ref', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      const labelOf = new Map<string, Set<string>>();
      for (const [href, text] of refs) labelOf.set(text!, (labelOf.get(text!) ?? new Set()).add(href!));
      for (const [text, hrefs] of labelOf) expect(hrefs.size, `${e.id}: "${text}" names ${[...hrefs].join(', ')}`).toBe(1);
    }
    expect(shared.length, 'content has an entry citing one publisher twice').toBeGreaterThan(0);
  });
});

describe('home as a service entry point', () => {
  for (const prefix of ['', 'en/']) {
    it(`/${prefix}: needs in residents’ words, each opening a search, with inline SVG icons; featured and newest never repeat`, async () => {
      await open(prefix);
      const needs = await page.$$eval('.need-list a', (as) => as.map((a) => ({ href: a.getAttribute('href')!, svg: a.querySelector('svg') !== null, label: a.textContent!.trim() })));
      expect(needs.length).toBeGreaterThanOrEqual(4);
      for (const n of needs) {
        // A tile opens the search filtered by its need (the same definition counts the tile, src/lib/needs.ts).
        expect(n.href, n.label).toMatch(new RegExp(`^${BASE}${prefix}cari/\\?keperluan=[a-z-]+$`));
        expect(n.svg, n.label).toBe(true);
      }
      const top = await page.evaluate(() => document.getElementById('urus')!.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(PHONE.height);
      const ids = async (sel: string) => page.$$eval(`section:has(> #${sel}) .card-title a`, (as) => as.map((a) => a.getAttribute('href')));
      const featured = await ids('pilihan');
      const recent = await ids('terbaru');
      expect(featured.length + recent.length).toBeGreaterThan(0);
      expect(featured.filter((h) => recent.includes(h))).toEqual([]);
    });
  }

  it('the footer’s "found a mistake?" names a way to ask that exists: the pemda’s sourced contact (site.yaml), or a page of this site', async () => {
    await open('');
    const contact = await page.$$eval('[data-footer-contact] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    if (contact.length > 0) {
      const site = parse(readFileSync(join(ROOT, 'content', 'site.yaml'), 'utf8')) as { contact: { website?: { url: string } } };
      if (site.contact.website) expect(contact).toContain(site.contact.website.url);
      // No promise of contacts "on each page" when pages may have none.
      expect(await page.locator('[data-footer-feedback]').textContent()).not.toMatch(/halaman masing-masing/);
      return;
    }
    const href = await page.locator('[data-footer-feedback] a').first().getAttribute('href');
    expect(href).toBeTruthy();
    const res = await fetch(new URL(href!, server.origin));
    expect(res.status).toBe(200);
  });
});

describe('what each OPD still lacks', () => {
  it('OPD pages with innovations and /statistik/ list what is missing, linked to the innovations', async () => {
    const opd = fm(entries.find((e) => !fm(e).howToUse)!).opd;
    await open(`opd/${opd}/`);
    const gaps = await page.$$eval('#kurang ~ ul [data-gap]', (lis) => lis.map((li) => ({ kind: li.getAttribute('data-gap'), links: li.querySelectorAll('a').length, count: li.querySelector('strong')!.textContent! })));
    expect(gaps.map((g) => g.kind)).toContain('howToUse');
    // Each kind names the innovations concerned, unless it is all of them (listed just below).
    for (const g of gaps) expect(g.links > 0 || /^(Semua \d+|Satu-satunya) inovasi$/.test(g.count), `${g.kind}: ${g.count}`).toBe(true);
    await open('statistik/');
    const rows = await page.$$eval('#kurang-per-opd ~ details li[data-opd]', (lis) => lis.map((li) => li.getAttribute('data-opd')));
    expect(rows).toContain(opd);
    expect(new Set(rows).size).toBe(new Set(entries.map((e) => fm(e).opd)).size);
  });
});

describe('no page scrolls sideways at 390 px', () => {
  const opd = fm(entries[0]!).opd;
  const pages = ['', `inovasi/${entries[0]!.id}/`, 'opd/', `opd/${opd}/`, 'inovasi/', 'statistik/', 'data/'];
  for (const path of [...pages, 'glosarium/', ...pages.map((p) => `en/${p}`), 'en/glossary/']) {
    it(`/${path}`, async () => {
      await open(path);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  }
});

describe('/statistik/ charts at 390 px', () => {
  it('draws a chart only when it nears the screen, and drawing shifts no layout', async () => {
    const p = await browser.newPage({ viewport: PHONE });
    await p.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(server.url('statistik/'), { waitUntil: 'load' });
    await p.waitForTimeout(500);
    const drawn = () => p.$$eval('[data-chart]', (bs) => bs.map((b) => (b as HTMLElement).dataset.drawn === 'true'));
    const before = await drawn();
    expect(before.length).toBeGreaterThan(5);
    expect(before.at(-1), 'the last chart is not drawn before it is scrolled to').toBe(false);
    const height = await p.evaluate(() => document.scrollingElement!.scrollHeight);
    for (let y = 0; y < height; y += 600) {
      await p.evaluate((to) => window.scrollTo(0, to), y);
      await p.waitForTimeout(120);
    }
    await p.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((b) => (b as HTMLElement).dataset.drawn === 'true'), null, { timeout: 10_000 });
    expect(await p.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThanOrEqual(0.05);
    await p.close();
  });
});

describe('fixture build: an OPD contact, an OPD with none, feedback channels set in site.yaml', () => {
  let work: string;
  let fixture: Served;
  const withContact = entries.find((e) => !fm(e).howToUse)!;
  const withoutContact = entries.find((e) => !fm(e).howToUse && fm(e).opd !== fm(withContact).opd)!;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'etalase-citizen-'));
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const opdFile = (id: string) => join(content, 'opd', `${id}.yaml`);
    const a = parse(readFileSync(opdFile(fm(withContact).opd), 'utf8'));
    a.website = 'https://unit-uji.contoh.go.id';
    a.sources.push({ id: 'kontak-uji', title: 'Kontak Unit Uji', url: 'https://unit-uji.contoh.go.id/kontak', publisher: 'Unit Uji', date: '2024-01-02' });
    a.contact = { address: 'Jl. Uji No. 1', phone: '(021) 555-0199', email: 'uji@contoh.go.id', sources: ['kontak-uji'] };
    writeFileSync(opdFile(fm(withContact).opd), stringify(a));
    const b = parse(readFileSync(opdFile(fm(withoutContact).opd), 'utf8'));
    delete b.website;
    delete b.contact;
    writeFileSync(opdFile(fm(withoutContact).opd), stringify(b));
    const site = join(content, 'site.yaml');
    // No pemda contact either: the last fallback, naming the OPD, is what this build shows.
    const siteData = parse(readFileSync(site, 'utf8'));
    delete siteData.contact;
    writeFileSync(site, `${stringify(siteData)}\nfeedbackIssueUrl: https://git.contoh.go.id/konten/issues/new\nfeedbackEmail: masukan@contoh.go.id\n`);
    const out = join(work, 'dist');
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
    fixture = await serveDist(out, '/');
  }, 240_000);
  afterAll(async () => {
    await fixture?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows the OPD’s contact under "Cara memakai", each row tappable, with the contact’s own source', async () => {
    await page.goto(fixture.url(`inovasi/${withContact.id}/`));
    expect(await page.getAttribute('section.how-to-use [data-help]', 'data-help')).toBe('contact');
    const links = await page.$$eval('section.how-to-use dl.opd-contact a', (as) => as.map((a) => a.getAttribute('href')));
    const place = encodeURIComponent('Jl. Uji No. 1, Kota Tangerang Selatan');
    expect(links).toEqual([
      `https://www.openstreetmap.org/search?query=${place}`,
      `https://www.google.com/maps/search/?api=1&query=${place}`,
      'tel:0215550199',
      'mailto:uji@contoh.go.id',
      'https://unit-uji.contoh.go.id',
      'https://unit-uji.contoh.go.id/kontak',
    ]);
    expect(await page.locator('section.how-to-use').textContent()).toContain('Jl. Uji No. 1');
    await page.goto(fixture.url(`opd/${fm(withContact).opd}/`));
    expect(await page.locator('#kontak ~ dl.opd-contact a[href^="tel:"]').count()).toBe(1);
  });

  it('with no contact either, says plainly whom to ask: the OPD, linked', async () => {
    await page.goto(fixture.url(`inovasi/${withoutContact.id}/`));
    expect(await page.getAttribute('section.how-to-use [data-help]', 'data-help')).toBe('ask');
    expect(await page.getAttribute('section.how-to-use [data-help] a', 'href')).toBe(`/opd/${fm(withoutContact).opd}/`);
  });

  it('every entry offers "Laporkan kesalahan / beri masukan" prefilled, and the footer links to the same channels; the root build (none set) shows none', async () => {
    await page.goto(fixture.url(`inovasi/${withContact.id}/`));
    const issue = new URL((await page.getAttribute('[data-feedback="issue"]', 'href'))!);
    expect(issue.origin + issue.pathname).toBe('https://git.contoh.go.id/konten/issues/new');
    expect(issue.searchParams.get('title')).toContain(String(withContact.data.title));
    expect(issue.searchParams.get('body')).toContain(`/inovasi/${withContact.id}/`);
    expect(await page.getAttribute('[data-feedback="email"]', 'href')).toMatch(/^mailto:masukan@contoh\.go\.id\?subject=/);
    expect(await page.$$eval('[data-footer-feedback] a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://git.contoh.go.id/konten/issues/new', 'mailto:masukan@contoh.go.id']);
    await open(`inovasi/${withContact.id}/`);
    expect(await page.locator('[data-feedback]').count()).toBe(0);
    expect(await page.locator('#masukan').count()).toBe(0);
  });
});
