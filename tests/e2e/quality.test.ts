/**
 * Trustworthy output, over the root build and the /etalase/ build: zero html-validate
 * errors, zero broken internal links or anchors, https-only external links, zero axe
 * violations (WCAG 2.0–2.2 A/AA + target-size) on every page type, keyboard basics, and
 * no CSP violation or console error. A fixture build adds an entry with every section filled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { serveDist, type Served } from '../helpers/serve.ts';
import { BUILDS, requireBuild, type Build } from '../helpers/builds.ts';
import { checkLinks, htmlFiles } from '../helpers/dist.ts';
import { ROOT, pageTypes } from '../helpers/content.ts';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Page types every build must serve: Indonesian, the same under en/, the glossaries, the English 404. */
const ID_PAGE_TYPES = [...pageTypes().slice(0, -1), 'cari/?q=ktp', 'data/'];
const PAGE_TYPES = [...ID_PAGE_TYPES, ...ID_PAGE_TYPES.map((p) => `en/${p}`), 'glosarium/', 'en/glossary/', 'en/404/'];

interface Violation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    }),
  )) as { violations: Violation[] };
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

function cspWatch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('tidak-ada')) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('$name build ($base)', (build: Build) => {
  let server: Served;
  let context: BrowserContext;
  let axeContext: BrowserContext;
  beforeAll(async () => {
    requireBuild(build);
    server = await serveDist(build.dir, build.base);
    context = await browser.newContext();
    // axe is injected by script; the page's own CSP is tested separately with a normal context.
    axeContext = await browser.newContext({ bypassCSP: true });
  });
  afterAll(async () => {
    await context?.close();
    await axeContext?.close();
    await server?.close();
  });

  it('html-validate reports zero errors over every page', async () => {
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of htmlFiles(build.dir)) {
      const report = await htmlvalidate.validateFile(join(build.dir, file));
      for (const r of report.results) for (const m of r.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('every internal link, asset and anchor resolves; external links are https', () => {
    expect(checkLinks(build.dir, build.base, new URL(build.site).origin)).toEqual([]);
  });

  it('every page carries a CSP without unsafe-inline scripts', () => {
    for (const file of htmlFiles(build.dir)) {
      const html = readFileSync(join(build.dir, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
      expect(scriptSrc, file).not.toContain("'unsafe-inline'");
    }
  });

  it('_headers carries one CSP allowing every source of every page CSP, plus frame-ancestors', () => {
    const headers = readFileSync(join(build.dir, '_headers'), 'utf8');
    const served = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
    expect(served).toBeDefined();
    expect(headers.startsWith(`${build.base}*\n`)).toBe(true);
    const directives = new Map(served!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, new Set(sources)]));
    expect(directives.get('frame-ancestors')).toEqual(new Set(["'none'"]));
    let hashes = 0;
    for (const file of htmlFiles(build.dir)) {
      const html = readFileSync(join(build.dir, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
      for (const part of csp.split(';')) {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (!name) continue;
        for (const source of sources) {
          expect(directives.get(name)?.has(source), `${file}: ${name} ${source}`).toBe(true);
          if (source.startsWith("'sha256-")) hashes += 1;
        }
      }
    }
    expect(hashes).toBeGreaterThan(0);
  });

  for (const path of [...PAGE_TYPES, 'halaman-yang-tidak-ada/']) {
    it(`/${path}: no CSP violation or console error, and zero axe violations`, async () => {
      const page = await context.newPage();
      const problems = cspWatch(page);
      await page.goto(server.url(path), { waitUntil: 'networkidle' });
      if (path.startsWith('cari/?')) await page.waitForTimeout(500);
      // The 404 page is itself served with status 404, which Chromium logs once.
      const expected = path.startsWith('halaman-yang-tidak-ada') ? ['console: Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
      expect(problems).toEqual(expected);
      await page.close();

      const a = await axeContext.newPage();
      await a.goto(server.url(path), { waitUntil: 'networkidle' });
      expect(await axe(a)).toEqual([]);
      await a.close();
    });
  }

  it.each([
    ['inovasi/', 'Langsung ke isi'],
    ['en/inovasi/', 'Skip to content'],
  ])('keyboard on /%s: the first Tab reaches a visible skip link that moves focus to the content', async (path, label) => {
    const page = await context.newPage();
    await page.goto(server.url(path));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { text: el.textContent, outline: style.outlineStyle, visible: box.top >= 0 && box.height > 0 };
    });
    expect(focused.text).toBe(label);
    expect(focused.outline).not.toBe('none');
    expect(focused.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('isi');
    await page.close();
  });
});

describe('search and filters by keyboard alone (root build)', () => {
  it('Tab reaches the search field, typing searches, Space on a filter narrows the results and the URL', async () => {
    const build = BUILDS[0]!;
    requireBuild(build);
    const server = await serveDist(build.dir, build.base);
    const page = await browser.newPage();
    try {
      await page.goto(server.url('cari/'), { waitUntil: 'networkidle' });
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return !!el && el.tagName === 'INPUT' && !!el.closest('pagefind-input');
        });
      }
      expect(reached, 'Tab reaches the search field of /cari/').toBe(true);
      await page.keyboard.type('layanan');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'layanan', undefined, { timeout: 10_000 });
      await page.waitForSelector('pagefind-results a', { timeout: 10_000 });
      const before = await page.locator('pagefind-results a').count();
      let onFilter = false;
      for (let i = 0; i < 60 && !onFilter; i++) {
        await page.keyboard.press('Tab');
        onFilter = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return !!el && el.type === 'checkbox';
        });
      }
      expect(onFilter, 'Tab reaches a filter checkbox').toBe(true);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => [...new URL(location.href).searchParams.keys()].some((k) => k !== 'q'), undefined, { timeout: 10_000 });
      await page.waitForTimeout(800);
      const after = await page.locator('pagefind-results a').count();
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThanOrEqual(before);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('an innovation page with every section filled (fixture build)', () => {
  let work: string;
  let server: Served;
  let page: Page;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'etalase-full-'));
    const content = join(work, 'content');
    const pub = join(work, 'public');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    cpSync(join(ROOT, 'public'), pub, { recursive: true });
    mkdirSync(join(pub, 'media'), { recursive: true });
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'full', 'lengkap.mdx'), join(content, 'innovations', 'lengkap.mdx'));
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'full', 'uji-lengkap.png'), join(pub, 'media', 'uji-lengkap.png'));
    const out = join(work, 'dist');
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, PUBLIC_DIR: pub, OUT_DIR: out, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
    server = await serveDist(out, '/');
    const context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
    await page.goto(server.url('inovasi/lengkap/'), { waitUntil: 'networkidle' });
  }, 240_000);

  it('its English page, with the English story, has zero axe violations too', async () => {
    await page.goto(server.url('en/inovasi/lengkap/'), { waitUntil: 'networkidle' });
    expect(await page.locator('section.prose p').first().textContent()).toMatch(/\w/);
    expect(await page.locator('section.prose[lang="id"]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.goto(server.url('inovasi/lengkap/'), { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows every section', async () => {
    for (const id of ['cara-memakai', 'output-outcome', 'penghargaan', 'replikasi', 'tautan', 'sumber']) {
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator('img[alt="Petugas melayani warga di loket uji"]').count()).toBe(1);
    expect(await page.locator('.callout-peringatan').count()).toBe(1);
  });

  it('has zero axe violations', async () => {
    expect(await axe(page)).toEqual([]);
  });
});
