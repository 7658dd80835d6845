/**
 * What a build wrote: pages, total size, Pagefind index size, and per page type the bytes
 * a visitor's browser loads eagerly — the HTML, the stylesheets it links, and the module
 * scripts it references plus their static imports (followed through dist/, so a Pagefind
 * bundle counts only when something imports it statically). Dynamic import() targets are
 * reported separately as lazy JS.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  /** Path of the HTML file inside dist. */
  file: string;
  html: Bytes;
  css: Bytes & { files: string[] };
  js: Bytes & { files: string[] };
  /** Modules reachable only through dynamic import() from the eager ones. */
  jsLazy: Bytes & { files: string[] };
  /** Bytes of inline <script> (excluding JSON-LD) and <style> inside the HTML (already in html). */
  inlineScript: number;
  inlineStyle: number;
}

export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
  pagefind: { files: number; bytes: number } | null;
}

export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function sizeOf(files: string[]): number {
  return files.reduce((n, f) => n + statSync(f).size, 0);
}

export function distStats(dist: string): DistStats {
  const files = walk(dist);
  const pagefindDir = join(dist, 'pagefind');
  const pf = walk(pagefindDir);
  const pages = files.filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith(`pagefind${sep}`)).length;
  return { pages, files: files.length, bytes: sizeOf(files), pagefind: existsSync(pagefindDir) ? { files: pf.length, bytes: sizeOf(pf) } : null };
}

const gz = (buf: Buffer | string) => gzipSync(buf).length;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** dist path of a URL referenced from a page, or undefined when it is not a local file. */
function resolveRef(dist: string, base: string, fromFile: string, ref: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
  const clean = ref.split(/[?#]/)[0]!;
  let target: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base)) return undefined;
    target = join(dist, clean.slice(base.length));
  } else target = join(dirname(fromFile), clean);
  target = normalize(target);
  return target.startsWith(normalize(dist)) && existsSync(target) && statSync(target).isFile() ? target : undefined;
}

const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\(\s*[`"']([^`"'$]+)[`"']\s*\)/g;

function importsOf(code: string, re: RegExp): string[] {
  return [...code.matchAll(re)].map((m) => m[1]!);
}

/** Static-import closure of module files starting from the given refs. */
function closure(dist: string, base: string, roots: { from: string; ref: string }[]): { eager: Set<string>; lazyRoots: { from: string; ref: string }[] } {
  const eager = new Set<string>();
  const lazyRoots: { from: string; ref: string }[] = [];
  const stack = [...roots];
  while (stack.length) {
    const { from, ref } = stack.pop()!;
    const file = resolveRef(dist, base, from, ref);
    if (!file || eager.has(file)) continue;
    eager.add(file);
    const code = readFileSync(file, 'utf8');
    for (const r of importsOf(code, STATIC_IMPORT)) stack.push({ from: file, ref: r });
    for (const r of importsOf(code, DYNAMIC_IMPORT)) lazyRoots.push({ from: file, ref: r });
  }
  return { eager, lazyRoots };
}

function total(dist: string, files: Iterable<string>): Bytes & { files: string[] } {
  const list = [...files].sort();
  let raw = 0;
  let gzip = 0;
  for (const f of list) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gz(buf);
  }
  return { raw, gzip, files: list.map((f) => relative(dist, f)) };
}

export function pageWeight(dist: string, base: string, type: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const css = new Set<string>();
  const roots: { from: string; ref: string }[] = [];
  let inlineScript = 0;
  let inlineStyle = 0;
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const f = resolveRef(dist, base, file, href);
      if (f) css.add(f);
    } else if (rel.includes('modulepreload')) roots.push({ from: file, ref: href });
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const open = m[1]!;
    const body = m[2]!;
    const type = (attr(` ${open}`, 'type') ?? '').toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD and other data blocks
    const src = attr(` ${open}`, 'src');
    if (src) roots.push({ from: file, ref: src });
    else {
      inlineScript += Buffer.byteLength(body);
      for (const r of importsOf(body, STATIC_IMPORT)) roots.push({ from: file, ref: r });
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineStyle += Buffer.byteLength(m[1]!);
  const { eager, lazyRoots } = closure(dist, base, roots);
  const lazy = closure(dist, base, lazyRoots).eager;
  for (const f of eager) lazy.delete(f);
  return {
    type,
    file: relative(dist, file),
    html: { raw: Buffer.byteLength(html), gzip: gz(html) },
    css: total(dist, css),
    js: total(dist, eager),
    jsLazy: total(dist, lazy),
    inlineScript,
    inlineStyle,
  };
}

/**
 * Page types of the full site: home, /inovasi/, innovation pages (e.g. one with metrics and
 * one without), the OPD with most entries, /statistik/ and /cari/ when they exist.
 */
export function sitePageWeights(dist: string, base: string, innovations: { label: string; id: string }[], opdId: string): PageWeight[] {
  const candidates: [string, string][] = [
    ['beranda /', 'index.html'],
    ['daftar /inovasi/', 'inovasi/index.html'],
    ...innovations.map((i): [string, string] => [`inovasi ${i.label} /inovasi/${i.id}/`, `inovasi/${i.id}/index.html`]),
    [`OPD /opd/${opdId}/`, `opd/${opdId}/index.html`],
    ['statistik /statistik/', 'statistik/index.html'],
    ['cari /cari/', 'cari/index.html'],
  ];
  return candidates.filter(([, f]) => existsSync(join(dist, f))).map(([type, f]) => pageWeight(dist, base, type, join(dist, f)));
}
