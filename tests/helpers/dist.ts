/** Reading a built site from disk: its pages, and the links and assets they reference. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every .html file of the public site under dir (relative paths). The web editor's pages
 * (admin/, written by the cms-admin integration, not Astro) are not site pages: they have
 * their own CSP and no site layout, and tests/e2e/admin.test.ts checks them.
 */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && d === dir && e.name === 'admin') continue;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** URL path of a page file: "inovasi/adm/index.html" → "/etalase/inovasi/adm/". */
export function pagePath(file: string, base: string): string {
  return `${base}${file.replace(/index\.html$/, '')}`;
}

const ATTR = /\s(?:href|src|action|poster|data-bundle-path)="([^"]*)"|\ssrcset="([^"]*)"/g;

/** Every URL referenced by an HTML page (href, src, srcset). */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(ATTR)) {
    if (m[1] !== undefined) urls.push(m[1].replace(/&amp;/g, '&'));
    else if (m[2]) urls.push(...m[2].split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
  }
  return urls;
}

/** ids defined in a page, for anchor checks. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The file in dir that serves a site path under base, or undefined. */
export function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(dir, rel, 'index.html')] : [join(dir, rel), join(dir, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * Broken internal links and assets, and insecure external links, across a built site.
 * Internal: resolves to a file and, with #anchor, to an element with that id.
 */
export function checkLinks(dir: string, base: string, origin = 'http://site.invalid'): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = idsOf(readFileSync(file, 'utf8'))));
    return s;
  };
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const here = new URL(pagePath(file, base), origin);
    for (const raw of referencedUrls(html)) {
      if (/^(mailto|tel):/.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, here);
      } catch {
        problems.push(`${file}: URL tidak sah "${raw}"`);
        continue;
      }
      if (url.origin !== origin) {
        if (url.protocol !== 'https:') problems.push(`${file}: tautan luar tidak https "${raw}"`);
        continue;
      }
      const target = fileFor(dir, base, url.pathname);
      if (!target) {
        problems.push(`${file}: tautan rusak "${raw}"`);
        continue;
      }
      if (url.hash && url.hash.length > 1 && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) {
        problems.push(`${file}: jangkar tidak ada "${raw}"`);
      }
    }
  }
  return problems;
}
