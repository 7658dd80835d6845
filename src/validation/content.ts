/**
 * Validates the content repository without building the site: every entry, every OPD,
 * the site file, and the rules that span entries (OPD ids, duplicate titles).
 * Used by `npm run validate` and, through the content-guard integration, by `astro build`.
 */
import { hasEnglishPage, missingEnglish } from '../lib/translation.ts';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, basename, extname } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseDocument, isMap, isSeq, isScalar, visit, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { partialDateProblem } from '../schema/fields.ts';
import { innovationSchema, type InnovationData } from '../schema/innovation.ts';
import { opdSchema, type OpdData } from '../schema/opd.ts';
import { siteSchema } from '../schema/site.ts';
import { searchRulesSchema } from '../schema/search-rules.ts';
import { checkCatalog } from '../lib/catalog-checks.ts';
import { checkBody } from './safe-content.ts';
import { fieldAtLine, parseYaml } from './parser-messages.ts';
import { sectionProblems } from './sections.ts';
import { checkClaimFile } from '../lib/claims.ts';
import { ageInDays } from '../lib/stats.ts';
import type { Problem } from './problems.ts';
import { evidenceProblems } from './evidence.ts';
import { documentProblems, documentRefs, DEFAULT_DOCUMENT_MAX_MB, type DocumentRef } from './documents.ts';

export interface ContentPaths {
  root: string;
  innovations: string;
  opd: string;
  site: string;
  /** Sourced claims made elsewhere (press, launch events), compared with the catalogue. */
  claims: string;
  /** The content folder itself: documents are cited relative to it (dokumen/<opd>/<name>.pdf). */
  content: string;
}

export function contentPaths(root: string, contentDir = 'content'): ContentPaths {
  const base = resolve(root, contentDir);
  return { root, innovations: join(base, 'innovations'), opd: join(base, 'opd'), site: join(base, 'site.yaml'), claims: join(base, 'claims'), content: base };
}

/** Entry files the site publishes: .md/.mdx not starting with "_" (same pattern as content.config.ts). */
export function listFiles(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('_') && exts.includes(extname(d.name)))
    .map((d) => join(dir, d.name))
    .sort();
}

/**
 * 1-based line of a top-level key, read off the text without parsing (a stale `lastVerified`
 * warning on thousands of entries must not parse each file's YAML twice). Undefined unless
 * the key starts exactly one line at column 0; callers then ask the parser.
 */
export function topLevelKeyLine(yamlText: string, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...yamlText.matchAll(new RegExp(`^${escaped}[ \\t]*:(?:[ \\t]|\\r?$)`, 'gm'))];
  if (found.length !== 1) return undefined;
  return (yamlText.slice(0, found[0]!.index).match(/\n/g) ?? []).length + 1;
}

/** A line finder that parses the YAML only when a line is first asked for (most files have no problem). */
function lazyLineFinder(yamlText: string) {
  let find: ReturnType<typeof lineFinder> | undefined;
  return (path: readonly PropertyKey[]) => {
    const fast = path.length === 1 && typeof path[0] === 'string' ? topLevelKeyLine(yamlText, path[0]) : undefined;
    return fast ?? (find ??= lineFinder(yamlText, 0))(path);
  };
}

/** 1-based line of a dotted path inside YAML text, found with the `yaml` parser's ranges. */
function lineFinder(yamlText: string, lineOffset: number) {
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  const starts: number[] = [0];
  for (let i = 0; i < yamlText.length; i++) if (yamlText[i] === '\n') starts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1 + lineOffset;
  };
  return (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let offset: number | undefined = (doc.contents as YamlNode | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        offset = (pair.key as YamlNode).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : lineAt(offset);
  };
}

/**
 * Unquoted dates that do not exist (2020-02-30). YAML loaders silently roll them over
 * to the next month, so they are caught here on the raw text, before parsing.
 */
function impossibleDates(file: string, yamlText: string, lineOffset: number): Problem[] {
  // Fast path: only when some unquoted YYYY-MM-DD value is not a real date is the YAML
  // walked again to find its field and line.
  const candidates = yamlText.match(/:\s*\d{4}-\d{2}-\d{2}\s*$/gm);
  if (!candidates?.some((c) => partialDateProblem(c.replace(/^:\s*/, '').trim()))) return [];
  const found: Problem[] = [];
  const doc = parseDocument(yamlText);
  const find = lineFinder(yamlText, lineOffset);
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value;
      if (!isScalar(value) || typeof value.value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.value)) return;
      const problem = partialDateProblem(value.value);
      if (!problem) return;
      const fieldPath = fieldPathOf(doc.contents, pair);
      found.push({ file, line: find(fieldPath), field: fieldPath.map(String).join('.'), severity: 'error', message: `bernilai ${value.value}; ${problem}` });
    },
  });
  return found;
}

/**
 * Keys under which a plain date is expected (a fast path only: a plain date under any other key
 * gets the check below, so a date field added to a schema later is still handled correctly).
 */
const DATE_KEYS = new Set(['started', 'trial', 'launched', 'lastVerified', 'date', 'eventDate', 'asOf']);
/** A plain (unquoted) value that YAML 1.1 loaders such as Astro's (js-yaml) read as a date, with its key. */
const PLAIN_DATE = /^[ \t]*(?:-[ \t]+)?(?:([^\s:#'"\-][^:#]*?)[ \t]*:[ \t]+)?(\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?)[ \t]*(?:#.*)?$/gm;

/**
 * Values Astro's loader reads differently: the `yaml` library keeps a plain 2020-10-02 as text,
 * js-yaml (which Astro uses) makes it a date. Where the schema wants text (a title that is a
 * date), the build would refuse what validate accepted; the schema is run again on the data as
 * Astro sees it.
 */
function loaderDateProblems(file: string, yamlText: string, raw: unknown, schema: z.ZodType, line: (p: readonly PropertyKey[]) => number | undefined): Problem[] {
  const plain = new Set<string>();
  let elsewhere = false;
  for (const m of yamlText.matchAll(PLAIN_DATE)) {
    plain.add(m[2]!);
    if (!DATE_KEYS.has(m[1] ?? '')) elsewhere = true;
  }
  if (!elsewhere) return [];
  const asDate = (v: string) => {
    const d = /^(\d{4})-(\d\d?)-(\d\d?)$/.exec(v);
    return d ? new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))) : new Date(v.replace(/^(\S+)[ \t]+/, '$1T').replace(/[ \t]+/g, ''));
  };
  const view = (v: unknown): unknown =>
    typeof v === 'string' && plain.has(v) ? asDate(v) : Array.isArray(v) ? v.map(view) : v && typeof v === 'object' && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, view(x)])) : v;
  const result = schema.safeParse(view(raw) ?? {});
  if (result.success) return [];
  return zodProblems(file, result.error, line).map((p) => ({
    ...p,
    message: `${p.message} Build membaca nilai yang ditulis seperti tanggal tanpa tanda kutip sebagai tanggal; bila maksudnya teks, apit dengan tanda kutip, mis. "2020-10-02".`,
  }));
}

/** Dotted path from the document root to a pair, by walking maps and sequences. */
function fieldPathOf(root: unknown, target: unknown, trail: (string | number)[] = []): (string | number)[] {
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value);
      if (pair === target) return [...trail, key];
      const inner = fieldPathOf(pair.value, target, [...trail, key]);
      if (inner.length) return inner;
    }
  } else if (isSeq(root)) {
    for (let i = 0; i < root.items.length; i++) {
      const inner = fieldPathOf(root.items[i], target, [...trail, i]);
      if (inner.length) return inner;
    }
  }
  return [];
}

function zodProblems(file: string, error: z.ZodError, line: (p: readonly PropertyKey[]) => number | undefined): Problem[] {
  return error.issues.map((iss) => {
    // An unknown field is reported on the object; point at the field itself.
    const path = iss.code === 'unrecognized_keys' ? [...iss.path, iss.keys[0]!] : iss.path;
    return { file, line: line(path), field: path.map(String).join('.'), message: iss.message, severity: 'error' as const };
  });
}

interface Parsed<T> {
  id: string;
  file: string;
  /** Valid data; absent when the file has errors. */
  data?: T;
  body?: string;
  /** What the YAML parser returned, for cross-entry checks on files that failed the schema. */
  raw?: unknown;
  /** The YAML text (the frontmatter of an entry), kept to find lines without reading the file again. */
  yamlText?: string;
}

/** The fields cross-entry rules need, taken from raw frontmatter when the schema failed. */
function looseEntry(raw: unknown) {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    title: typeof r.title === 'string' ? r.title : '',
    opd: typeof r.opd === 'string' ? r.opd : '',
    collaborators: Array.isArray(r.collaborators) ? r.collaborators.filter((c): c is string => typeof c === 'string') : [],
    draft: r.draft === true,
  };
}

/** Reads a YAML file; every syntax error becomes a problem with its line. */
function readYaml(root: string, path: string): { file: string; source: string; raw?: unknown; problems: Problem[] } {
  const file = relative(root, path);
  const source = readFileSync(path, 'utf8');
  const { data, errors } = parseYaml(source);
  return { file, source, raw: data, problems: errors.map((e) => ({ file, line: e.line, field: fieldAtLine(source, e.line), severity: 'error', message: `YAML tidak dapat dibaca: ${e.message}` })) };
}

function parseYamlFile<T>(root: string, path: string, schema: z.ZodType<T>, problems: Problem[]): Parsed<T> {
  const id = basename(path, extname(path));
  const { file, source, raw, problems: syntax } = readYaml(root, path);
  if (syntax.length) {
    problems.push(...syntax);
    return { id, file };
  }
  const dates = impossibleDates(file, source, 0);
  problems.push(...dates);
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    problems.push(...zodProblems(file, result.error, lineFinder(source, 0)));
    return { id, file, raw, yamlText: source };
  }
  const asLoaded = loaderDateProblems(file, source, raw, schema, lazyLineFinder(source));
  problems.push(...asLoaded);
  return { id, file, data: dates.length || asLoaded.length ? undefined : result.data, raw, yamlText: source };
}

function parseEntry(root: string, path: string, problems: Problem[]): Parsed<InnovationData> {
  const file = relative(root, path);
  const id = basename(path, extname(path));
  const source = readFileSync(path, 'utf8');
  if (!/^\uFEFF?---\r?\n/.test(source)) {
    problems.push({ file, line: 1, field: '', severity: 'error', message: 'berkas harus diawali frontmatter: baris "---", isian, lalu "---" lagi.' });
    return { id, file };
  }
  const rawFrontmatter = extractFrontmatter(source) ?? '';
  const { data: frontmatter, errors } = parseYaml(rawFrontmatter);
  if (errors.length) {
    for (const e of errors) problems.push({ file, line: e.line, field: fieldAtLine(rawFrontmatter, e.line), severity: 'error', message: `frontmatter (YAML) tidak dapat dibaca: ${e.message}` });
    return { id, file };
  }
  const content = source.replace(`---${rawFrontmatter}---`, '');
  const parsed = { frontmatter: (frontmatter && typeof frontmatter === 'object' ? frontmatter : {}) as Record<string, unknown>, rawFrontmatter, content };
  const dates = impossibleDates(file, parsed.rawFrontmatter, 0);
  problems.push(...dates);
  const bodyOffset = (parsed.rawFrontmatter.match(/\n/g) ?? []).length;
  for (const p of [...checkBody(parsed.content, extname(path) === '.mdx' ? 'mdx' : 'md', bodyOffset), ...sectionProblems(parsed.content, bodyOffset)]) {
    problems.push({ file, line: p.line, field: 'isi', severity: 'error', message: p.message });
  }
  const result = innovationSchema.safeParse(parsed.frontmatter);
  if (!result.success) {
    problems.push(...zodProblems(file, result.error, lineFinder(parsed.rawFrontmatter, 0)));
    return { id, file, body: parsed.content, raw: parsed.frontmatter, yamlText: parsed.rawFrontmatter };
  }
  const asLoaded = loaderDateProblems(file, parsed.rawFrontmatter, parsed.frontmatter, innovationSchema, lazyLineFinder(parsed.rawFrontmatter));
  problems.push(...asLoaded);
  return { id, file, data: dates.length || asLoaded.length ? undefined : result.data, body: parsed.content, raw: parsed.frontmatter, yamlText: parsed.rawFrontmatter };
}

export interface ValidationResult {
  problems: Problem[];
  innovations: number;
  opds: number;
  /** With `quickRest`: warnings of the entries not in `only`, for a one-line summary. */
  restWarnings?: Problem[];
  /** Uploaded documents the checked files cite; their content is checked by validateContentAndDocuments. */
  documents: DocumentRef[];
  /** Size limit of one document (documentMaxMB in site.yaml). */
  documentMaxMB: number;
}

export interface ValidateOptions {
  /** Entries not in `only` are read for cross-entry rules only (validate --changed, the PR build). */
  quickRest?: boolean;
  /**
   * The base branch's version of a changed file (raw frontmatter; null when the change adds the
   * file): figures it lacks are new, and a new figure without quote or page is an error.
   */
  previous?: (file: string) => unknown;
}

/** validateContent, then the uploaded documents the checked files cite (file type, active PDF content, GPS, size, hash). */
export async function validateContentAndDocuments(paths: ContentPaths, only?: string[], options: ValidateOptions = {}): Promise<ValidationResult> {
  const result = validateContent(paths, only, options);
  const found = await documentProblems(paths.content, result.documents, result.documentMaxMB);
  if (found.length) {
    result.problems.push(...found);
    result.problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  }
  return result;
}

/**
 * Checks the whole content folder. `only` restricts per-file reporting to the given
 * files, but cross-entry rules still see every entry (a duplicate title needs both).
 * `quickRest` (for `npm run validate -- --changed`): the entries not in `only` are not parsed,
 * only read for what cross-entry rules and warnings need (title, opd, status, lastVerified).
 */
export function validateContent(paths: ContentPaths, only?: string[], options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const keep = only?.map((f) => relative(paths.root, resolve(paths.root, f)));
  const quick = options.quickRest && keep ? (file: string) => !keep.includes(relative(paths.root, file)) : () => false;
  const opdFiles = listFiles(paths.opd, ['.yaml', '.yml']);
  const entryFiles = listFiles(paths.innovations, ['.md', '.mdx']);
  const opds = opdFiles.map((f) => parseYamlFile<OpdData>(paths.root, f, opdSchema, problems));
  const quickEntries = entryFiles.filter(quick).map((f) => quickEntry(paths.root, f));
  const entries = entryFiles.filter((f) => !quick(f)).map((f) => parseEntry(paths.root, f, problems));
  const siteFile = existsSync(paths.site) ? parseYamlFile(paths.root, paths.site, siteSchema, problems) : undefined;
  const site = siteFile?.data;
  // YAML texts already read, so line numbers of later problems need no second read.
  const texts = new Map<string, string>();
  for (const f of [...opds, ...entries, ...(siteFile ? [siteFile] : [])]) if (f.yamlText !== undefined) texts.set(f.file, f.yamlText);
  const lineOf = (file: string, field: string) => lineOfField(texts.get(file) ?? '', field);
  if (!existsSync(paths.site)) problems.push({ file: relative(paths.root, paths.site), field: '', severity: 'error', message: 'berkas identitas situs tidak ada; salin contoh dari README.' });

  const catalog = checkCatalog(
    [
      ...entries.filter((e) => e.data || e.raw).map((e) => ({ id: e.id, file: e.file, data: e.data ?? looseEntry(e.raw), body: e.body ?? '' })),
      ...quickEntries.map((e) => ({ id: e.id, file: e.file, data: looseEntry(e.raw), body: '' })),
    ],
    opds.map((o) => ({ id: o.id, file: o.file, data: { name: o.data?.name ?? '', parent: o.data?.parent } })),
  );
  for (const p of catalog) problems.push({ ...p, line: p.field && p.field !== 'isi' ? lineOf(p.file, p.field) : undefined });

  const opdIds = opds.map((o) => o.id);
  for (const file of listFiles(paths.claims, ['.yaml', '.yml'])) problems.push(...claimProblems(paths.root, file, opdIds));
  if (site) {
    const ids = new Set(site.sources.map((s) => s.id));
    site.participation.forEach((p, i) => {
      if (!ids.has(p.source)) {
        const file = relative(paths.root, paths.site);
        problems.push({ file, line: lineOf(file, `participation.${i}.source`), field: `participation.${i}.source`, severity: 'error', message: `merujuk sumber "${p.source}" yang tidak ada di "sources"; gunakan salah satu id: ${[...ids].join(', ')}.` });
      }
    });
    for (const [key, fact] of Object.entries(site.contact ?? {})) {
      if (fact && !ids.has(fact.source)) {
        const file = relative(paths.root, paths.site);
        problems.push({ file, line: lineOf(file, 'contact'), field: `contact.${key}.source`, severity: 'error', message: `merujuk sumber "${fact.source}" yang tidak ada di "sources"; tambahkan sumbernya di "sources" atau gunakan salah satu id: ${[...ids].join(', ')}.` });
      }
    }
  }

  problems.push(...searchRulesProblems(paths, [...entries, ...quickEntries].map((e) => e.id)));

  const staleAfterDays = site?.staleAfterDays ?? 365;
  for (const e of entries) {
    if (e.data) {
      const line = lazyLineFinder(e.yamlText ?? '');
      problems.push(...entryWarnings(paths, e.file, e.data, staleAfterDays, line));
      problems.push(...evidenceProblems(e.file, e.data, options.previous && keep?.includes(e.file) ? options.previous(e.file) : undefined, line));
    }
    // Information, not an error: the English edition shows the Indonesian text of this entry, or has no page for it (hasEnglishPage).
    const missing = e.data && !e.data.draft ? missingEnglish(e.data) : [];
    if (missing.length > 0) {
      const effect = e.data && hasEnglishPage(e.data)
        ? 'halaman /en/ menampilkan cerita bahasa Indonesia dengan catatan "belum diterjemahkan"'
        : 'belum ada halaman /en/ untuk entri ini: edisi Inggris mencantumkannya dengan judul dan ringkasan bahasa Indonesia dan menautkan ke halaman Indonesianya (halaman Inggris dibuat bila titleEn dan summaryEn terisi)';
      problems.push({ file: e.file, field: missing[0]!, severity: 'info', message: `belum ada teks bahasa Inggris (${missing.join(', ')}); ${effect}. Bukan kesalahan: tambahkan terjemahan bila sudah ada.` });
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const shown = keep ? problems.filter((p) => keep.includes(p.file)) : problems;
  const cited = [
    ...entries.flatMap((e) => (e.data ? documentRefs(e.file, e.data.sources) : [])),
    ...opds.flatMap((o) => (o.data ? documentRefs(o.file, o.data.sources) : [])),
    ...(siteFile?.data ? documentRefs(siteFile.file, siteFile.data.sources) : []),
  ]
    .filter((d) => !keep || keep.includes(d.file))
    .map((d) => ({ ...d, line: lineOf(d.file, d.field) }));
  const restWarnings = options.quickRest
    ? quickEntries.flatMap((e) => {
        const raw = e.raw as { status?: unknown; lastVerified?: unknown };
        const stale = staleProblem(String(raw.status ?? ''), raw.lastVerified === undefined ? undefined : String(raw.lastVerified), staleAfterDays);
        return stale ? [{ file: e.file, field: 'lastVerified', severity: 'warning' as const, message: stale }] : [];
      })
    : undefined;
  return {
    problems: shown,
    innovations: entryFiles.length,
    opds: opdFiles.length,
    documents: cited,
    documentMaxMB: site?.documentMaxMB ?? DEFAULT_DOCUMENT_MAX_MB,
    ...(restWarnings ? { restWarnings } : {}),
  };
}

/** Top-level keys an unchanged entry is read for (cross-entry rules and the stale-date warning). */
const QUICK_KEYS = ['title', 'opd', 'collaborators', 'draft', 'status', 'lastVerified'];

/**
 * An entry read without parsing it: each needed top-level key's line is parsed on its own.
 * A key written over several lines (or a flow list spanning lines) falls back to the parser.
 */
function quickEntry(root: string, path: string): { id: string; file: string; raw: Record<string, unknown> } {
  const file = relative(root, path);
  const id = basename(path, extname(path));
  const front = extractFrontmatter(readFileSync(path, 'utf8')) ?? '';
  const raw: Record<string, unknown> = {};
  for (const key of QUICK_KEYS) {
    const m = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(front);
    if (!m) continue;
    const value = m[1]!.trim();
    if (!value) {
      // A block list ("collaborators:" then "  - id" lines) is read line by line.
      const after = front.slice(m.index + m[0].length + 1).split('\n');
      const block = after.slice(0, Math.max(0, after.findIndex((l) => !/^\s/.test(l))));
      if (block.length && block.every((l) => /^\s+-\s+[\w-]+\s*$/.test(l))) {
        raw[key] = block.map((l) => l.replace(/^\s+-\s+/, '').trim());
        continue;
      }
    }
    if (!value || /^[|>]/.test(value) || (value.startsWith('[') && !value.endsWith(']'))) {
      return { id, file, raw: (parseYaml(front).data ?? {}) as Record<string, unknown> };
    }
    raw[key] = /^["'[{]/.test(value) ? (parseYaml(`v: ${value}`).data as { v?: unknown } | undefined)?.v : value;
  }
  if (raw.draft !== undefined) raw.draft = raw.draft === 'true' || raw.draft === true;
  return { id, file, raw };
}

/** The stale-verification warning: status known but last confirmed more than `staleAfterDays` ago. */
function staleProblem(status: string, lastVerified: string | undefined, staleAfterDays: number, now = new Date()): string | undefined {
  if (!lastVerified || status === 'tidak-diketahui' || partialDateProblem(lastVerified)) return undefined;
  if (ageInDays(lastVerified, now) <= staleAfterDays) return undefined;
  return `bernilai ${lastVerified}, lebih dari ${staleAfterDays} hari lalu. Pastikan lagi ke OPD apakah inovasi ini masih berjalan, lalu perbarui tanggalnya (dan sumbernya).`;
}

/** A claims file: YAML, real dates, and the rules of src/lib/claims.ts (the same the build applies). */
function claimProblems(root: string, path: string, opdIds: string[]): Problem[] {
  const { file, source, raw, problems: syntax } = readYaml(root, path);
  if (syntax.length) return syntax;
  const find = lineFinder(source, 0);
  return [
    ...impossibleDates(file, source, 0),
    ...checkClaimFile(raw, opdIds).problems.map((p) => ({
      file,
      line: find(p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))),
      field: p.field,
      severity: 'error' as const,
      message: p.message,
    })),
  ];
}

/** Rules that need the file system or the clock: image files exist; stale verification (a warning). */
function entryWarnings(paths: ContentPaths, file: string, data: InnovationData, staleAfterDays: number, line: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  const found: Problem[] = [];
  const publicDir = resolve(paths.root, process.env.PUBLIC_DIR ?? 'public');
  data.images.forEach((img, i) => {
    if (!existsSync(join(publicDir, img.src))) {
      found.push({ file, line: line(['images', i, 'src']), field: `images.${i}.src`, severity: 'error', message: `bernilai "${img.src}", tetapi berkas public${img.src} tidak ada. Unggah gambarnya ke folder public/media/ atau perbaiki namanya.` });
    }
  });
  const stale = staleProblem(data.status, data.lastVerified, staleAfterDays);
  if (stale) found.push({ file, line: line(['lastVerified']), field: 'lastVerified', severity: 'warning', message: stale });
  return found;
}

/** Line of a dotted field path ("sources.0.url") in a file's YAML text. */
export function lineOfField(yamlText: string, field: string): number | undefined {
  return lineFinder(yamlText, 0)(field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
}

/** content/search-synonyms.yaml (optional): its schema, and an emergency entry that exists. */
function searchRulesProblems(paths: ContentPaths, entryIds: readonly string[]): Problem[] {
  const path = join(dirname(paths.site), 'search-synonyms.yaml');
  if (!existsSync(path)) return [];
  const problems: Problem[] = [];
  const parsed = parseYamlFile(paths.root, path, searchRulesSchema, problems);
  const entry = parsed.data?.emergency?.entry;
  if (entry && !entryIds.includes(entry)) {
    const file = relative(paths.root, path);
    problems.push({ file, line: lineOfField(parsed.yamlText ?? '', 'emergency.entry'), field: 'emergency.entry', severity: 'error', message: `bernilai "${entry}", tetapi tidak ada entri dengan id itu di content/innovations/; tulis nama berkas entri layanan darurat tanpa .md.` });
  }
  return problems;
}
