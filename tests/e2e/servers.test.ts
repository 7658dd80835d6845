/**
 * The site on the servers a pemda runs: Debian's nginx and Apache 2.4, each started on a
 * loopback port with the configuration `npm run server-config` prints (and Apache once more with
 * only the build's .htaccess), over a copy of each build (root and /etalase/). Every kind of path gets the headers dist/_headers promises (read
 * with a parser of the _headers format, not from the renderer), correct types, compression, a
 * 404 page with status 404, no hidden file and no folder listing; in Chromium, search, the
 * charts, the web editor and a published PDF and image work through the server under its CSP.
 * Documents: a small real PDF and PNG are placed under dokumen/x/ of the temporary copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { launch, watch } from '../helpers/browser.ts';
import { BUILDS, requireBuild, type Build } from '../helpers/builds.ts';
import { pageTypes } from '../helpers/content.ts';
import { parseHeadersFile, promised, type ParsedRule } from '../helpers/headers-file.ts';
import { checkConfig, missingServers, serverConfig, startServer, type ServerKind, type WebServer } from '../helpers/web-servers.ts';

/** Both server configurations, and Apache shaped by dist/.htaccess alone. */
const KINDS: ServerKind[] = ['nginx', 'apache', 'htaccess'];
if (missingServers().length) throw new Error(`Server web belum terpasang: ${missingServers().join(', ')}; pasang dengan: apt-get install -y nginx apache2 (.ci/run melakukannya).`);

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'etalase-servers-'));
  chmodSync(work, 0o755);
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the build with a published PDF and image, a WebAssembly file and a .git folder. */
async function siteCopy(build: Build): Promise<string> {
  const site = join(work, build.name);
  cpSync(build.dir, site, { recursive: true });
  mkdirSync(join(site, 'dokumen', 'x'), { recursive: true });
  const pdf = await PDFDocument.create();
  pdf.addPage([400, 300]).drawText('Laporan uji', { x: 40, y: 150, size: 28, font: await pdf.embedFont(StandardFonts.Helvetica) });
  writeFileSync(join(site, 'dokumen', 'x', 'laporan.pdf'), await pdf.save());
  cpSync(join(build.dir, 'social-card.png'), join(site, 'dokumen', 'x', 'foto.png'));
  writeFileSync(join(site, 'uji.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  mkdirSync(join(site, '.git'));
  writeFileSync(join(site, '.git', 'config'), '[core]\n\trahasia = jangan-disajikan\n');
  return site;
}

const first = (dir: string, pattern: RegExp) => readdirSync(dir).find((f) => pattern.test(f))!;

/** Every kind of path the site serves, with the Content-Type it must have (written here, not taken from the rules table). */
function paths(build: Build): [string, string][] {
  const html = 'text/html; charset=utf-8';
  const pf = join(build.dir, 'pagefind');
  return [
    ...[...pageTypes(), 'en/', `en/${pageTypes()[3]}`, 'glosarium/', 'en/glossary/'].map((p): [string, string] => [p, html]),
    ['admin/', html],
    ['admin/coba/', html],
    ['admin/sveltia-cms.js', 'text/javascript; charset=utf-8'],
    [`admin/fonts/${first(join(build.dir, 'admin', 'fonts'), /\.woff2$/)}`, 'font/woff2'],
    [`_astro/${first(join(build.dir, '_astro'), /\.css$/)}`, 'text/css; charset=utf-8'],
    [`_astro/${first(join(build.dir, '_astro'), /\.js$/)}`, 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['pagefind/wasm.id.pagefind', 'application/octet-stream'],
    [`pagefind/${first(pf, /\.pf_meta$/)}`, 'application/octet-stream'],
    [`pagefind/index/${first(join(pf, 'index'), /\.pf_index$/)}`, 'application/octet-stream'],
    [`pagefind/fragment/${first(join(pf, 'fragment'), /\.pf_fragment$/)}`, 'application/octet-stream'],
    [`pagefind/filter/${first(join(pf, 'filter'), /\.pf_filter$/)}`, 'application/octet-stream'],
    ['data/inovasi.csv', 'text/csv; charset=utf-8'],
    ['data/inovasi.json', 'application/json; charset=utf-8'],
    ['rss.xml', 'application/xml; charset=utf-8'],
    ['sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['uji.wasm', 'application/wasm'],
    ['dokumen/x/laporan.pdf', 'application/pdf'],
    ['dokumen/x/foto.png', 'image/png'],
  ];
}

/** Pixels of a screenshot, counted in a blank page (no CSP there): [near-white share, dark share]. */
async function shades(page: Page, png: Buffer): Promise<[number, number]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let white = 0;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const v = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        if (v > 245) white++;
        else if (v < 80) dark++;
      }
      const n = data.length / 4;
      return [white / n, dark / n] as [number, number];
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await blank.close();
  }
}

for (const build of BUILDS) {
  describe(`${build.name} build (${build.base})`, () => {
    let site: string;
    let rules: ParsedRule[];
    let vocabulary: string[];
    beforeAll(async () => {
      requireBuild(build);
      site = await siteCopy(build);
      rules = parseHeadersFile(readFileSync(join(build.dir, '_headers'), 'utf8'));
      vocabulary = [...new Set(rules.flatMap((r) => r.set.map(([name]) => name)))];
    });

    it('nginx -t and apache2 -t accept the generated configurations', () => {
      for (const kind of ['nginx', 'apache'] as const) {
        const { status, output } = checkConfig(kind, serverConfig(kind, site, build.base, '127.0.0.1:8080'));
        expect(status, `${kind}:\n${output}`).toBe(0);
        expect(output).toMatch(kind === 'nginx' ? /syntax is ok/ : /Syntax OK/);
      }
      // The check is real: a misspelt directive is refused.
      expect(checkConfig('nginx', serverConfig('nginx', site, build.base, '8080').replace('autoindex off;', 'autoindexx off;')).status).not.toBe(0);
      expect(checkConfig('apache', serverConfig('apache', site, build.base, '8080').replace('DirectoryIndex', 'DirectoryIndexx')).status).not.toBe(0);
    });

    for (const kind of KINDS) {
      describe(kind, () => {
        let server: WebServer;
        beforeAll(async () => {
          server = await startServer(kind, site, build.base);
        });
        afterAll(async () => {
          await server?.close();
        });

        /** Checks a response's headers against what _headers promises for `pathname`: every header the file names, present or absent. */
        const expectPromised = (res: Response, pathname: string, what: string) => {
          const want = promised(rules, pathname);
          for (const name of vocabulary) expect(res.headers.get(name) ?? undefined, `${what}: ${name}`).toBe(want[name]);
        };

        it('serves every kind of path with the headers _headers promises and its Content-Type', async () => {
          for (const [path, type] of paths(build)) {
            const res = await fetch(server.url(path), { headers: { 'accept-encoding': 'identity' } });
            expect(res.status, path).toBe(200);
            expect(res.headers.get('content-type'), path).toBe(type);
            expectPromised(res, new URL(res.url).pathname, path);
            if (path.startsWith('dokumen/')) expect(await res.bytes()).toEqual(new Uint8Array(readFileSync(join(site, path))));
            else await res.arrayBuffer();
          }
          // The editor is never under the site CSP (its inline styles would be blocked).
          const admin = await fetch(server.url('admin/'));
          expect(admin.headers.get('content-security-policy')).toContain("'unsafe-inline'");
          expect(admin.headers.get('x-robots-tag')).toBe('noindex');
        });

        it("answers a missing page with the site's 404 page and status 404, with the 404 page's headers", async () => {
          const notFound = readFileSync(join(site, '404.html'), 'utf8');
          // A missing asset is not cached for a year: it gets the headers of the 404 page itself.
          for (const path of ['halaman-yang-tidak-ada/', 'inovasi/tidak-ada/', '_astro/tidak-ada.js']) {
            const res = await fetch(server.url(path));
            expect(res.status, path).toBe(404);
            expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
            expect(await res.text(), path).toBe(notFound);
            expectPromised(res, `${build.base}404.html`, path);
          }
        });

        it('never serves a hidden file, nor lists a folder', async () => {
          for (const path of ['.htaccess', '.git/config', 'admin/.htaccess']) {
            const res = await fetch(server.url(path));
            expect(res.status, path).toBe(404);
            expect(await res.text(), path).not.toContain('rahasia');
          }
          for (const path of ['_astro/', 'pagefind/', 'dokumen/x/']) {
            const res = await fetch(server.url(path));
            expect([403, 404], path).toContain(res.status);
            const body = await res.text();
            expect(body, path).not.toMatch(/Index of|Parent Directory|laporan\.pdf|pagefind-entry\.json/);
          }
        });

        it('redirects a folder without its slash to the folder under the base path', async () => {
          const res = await fetch(server.url('inovasi'), { redirect: 'manual' });
          expect(res.status).toBe(301);
          expect(new URL(res.headers.get('location')!, server.origin).pathname).toBe(`${build.base}inovasi/`);
          // nginx keeps it relative, so it stays https behind a TLS-terminating proxy.
          if (kind === 'nginx') expect(res.headers.get('location')).toBe(`${build.base}inovasi/`);
        });

        it('compresses text (brotli where the module exists), and not what Pagefind compressed itself', async () => {
          const encodings = kind === 'nginx' ? ['gzip'] : ['br', 'gzip'];
          for (const path of ['', 'data/inovasi.csv', `_astro/${first(join(site, '_astro'), /\.js$/)}`, 'data/inovasi.json']) {
            for (const accept of ['gzip', 'br, gzip']) {
              const res = await fetch(server.url(path), { headers: { 'accept-encoding': accept } });
              await res.arrayBuffer();
              const expected = accept === 'gzip' ? 'gzip' : encodings[0];
              expect(res.headers.get('content-encoding'), `${path} (${accept})`).toBe(expected);
              expect(res.headers.get('vary')?.toLowerCase(), path).toContain('accept-encoding');
            }
          }
          const fragment = `pagefind/fragment/${first(join(site, 'pagefind', 'fragment'), /\.pf_fragment$/)}`;
          const res = await fetch(server.url(fragment), { headers: { 'accept-encoding': 'br, gzip' } });
          expect(res.headers.get('content-encoding')).toBeNull();
          expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
        });

        it('in Chromium: search, the charts and the web editor work under the served CSP, with no error', async () => {
          const page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
          const log = watch(page);
          try {
            await page.goto(server.url('cari/?q=ktp'), { waitUntil: 'load' });
            await page.waitForSelector('pagefind-results li.search-result');
            const links = await page.$$eval('pagefind-results li.search-result a', (as) => as.map((a) => a.getAttribute('href')));
            expect(links.length).toBeGreaterThan(0);
            for (const href of links) expect(href).toMatch(new RegExp(`^${build.base}`));
            expect(log.errors, 'search: console errors (a CSP violation is one)').toEqual([]);
            // Pagefind cancels its own loads when a newer query starts (as in search.test.ts); any other failure counts.
            const ownAbort = (f: string) => f.endsWith('(net::ERR_ABORTED)') && new URL(f.split(' ')[0]!).pathname.startsWith(`${build.base}pagefind/`);
            expect(log.failed.filter((f) => !ownAbort(f)), 'search: failed requests').toEqual([]);

            log.reset();
            await page.goto(server.url('statistik/'), { waitUntil: 'load' });
            // Charts are drawn as they near the screen: bring each undrawn one into view until none is left.
            await page.waitForFunction(
              () => {
                const left = [...document.querySelectorAll<HTMLElement>('[data-chart]')].filter((b) => b.dataset.drawn !== 'true');
                left[0]?.scrollIntoView();
                return left.length === 0;
              },
              null,
              { timeout: 30_000, polling: 250 },
            );
            expect(await page.locator('[data-chart] canvas').count()).toBeGreaterThan(0);
            expect(log.errors, 'statistik: console errors').toEqual([]);
            expect(log.failed, 'statistik: failed requests').toEqual([]);

            log.reset();
            await page.goto(server.url('admin/coba/'), { waitUntil: 'load' });
            await page.getByRole('button', { name: 'Work with Test Repository' }).click();
            await page.getByRole('radio', { name: 'Contents' }).waitFor();
            // The only thing the editor's policy may refuse is a request off this site (its update check).
            const refused = log.errors.filter((e) => /Content Security Policy/i.test(e));
            for (const e of refused) expect(/https?:\/\/[^\s'"]+/.exec(e)?.[0] ?? 'no URL: the page itself', 'editor: CSP violation').not.toMatch(new RegExp(`^${server.origin}|no URL`));
          } finally {
            await page.close();
          }
        });

        it('in Chromium: a published PDF and image are displayed inline under the sandboxed document CSP', async () => {
          const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 700 } });
          const page = await context.newPage();
          const downloads: string[] = [];
          const refused: string[] = [];
          page.on('download', (d) => downloads.push(d.suggestedFilename()));
          page.on('console', (m) => {
            if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
          });
          try {
            const res = await page.goto(server.url('dokumen/x/laporan.pdf'));
            // (The headers were checked above with fetch: Chromium hands the PDF to its viewer and reports the viewer's own.)
            expect(res?.status()).toBe(200);
            // Chromium's PDF viewer draws a dark frame around a white page once the document is shown.
            await expect.poll(async () => shades(page, await page.screenshot()), { timeout: 15_000 }).toSatisfy(([white, dark]) => white > 0.03 && dark > 0.3);
            await page.goto(server.url('dokumen/x/foto.png'));
            expect(await page.evaluate(() => document.querySelector('img')?.naturalWidth ?? 0)).toBeGreaterThan(0);
            expect(downloads).toEqual([]);
            expect(refused, 'the viewers need nothing the document CSP refuses').toEqual([]);
          } finally {
            await context.close();
          }
        });
      });
    }
  });
}
