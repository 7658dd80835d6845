/**
 * The author tools under property-based test (issue 26) and the properties every one of them
 * must hold on any input:
 * - it never throws (a throw is a "crash": the author would see a stack trace);
 * - every refusal names the file, a line when there is one, and the field (or, for a body or
 *   a parser message, the line), in Indonesian;
 * - what `npm run validate` accepts, the build accepts too (Astro's own frontmatter parser and
 *   the schema; the build's content check is validateContent itself, in a worker);
 * - what the CSV import accepts, validate accepts; a CSV export imported again keeps every value.
 *
 * A new tool (e.g. the lembar isian update import, `npm run import -- --perbarui`) becomes part
 * of `npm run fuzz` and of the seeded sample in `npm test` by adding a `FuzzTool` to
 * `fuzzTools()`: a fast-check arbitrary for its input (start from `mutatedText(realFile)` or
 * `valueChange(schema)` in ./mutations.ts), a `run` that returns its refusals as `Refusal`s
 * (file, row as line, column as field) and, as `defects`, what `entryValidator(fx)` refuses
 * among the entries it would write (see `csvImportTool` for the pattern).
 */
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import { stringify as stringifyYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { lembarCsv, lembarIsian } from '../../src/lib/lembar-isian.ts';
import { mergeLembar, sheetProblemText } from '../../src/authoring/lembar-import.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { siteSchema } from '../../src/schema/site.ts';
import { claimFileSchema } from '../../src/schema/claims.ts';
import { contentPaths, validateContent, type ContentPaths } from '../../src/validation/content.ts';
import { loadYaml, parseYaml } from '../../src/validation/parser-messages.ts';
import { checkBody } from '../../src/validation/safe-content.ts';
import { readCsv, rowToEntry } from '../../src/authoring/csv-import.ts';
import { readOpdNames } from '../../src/authoring/opd-registry.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { innovationCsvRow, toCsv, type UrlBuilder } from '../../src/lib/export.ts';
import type { InnovationData } from '../../src/schema/innovation.ts';
import type { OpdData } from '../../src/schema/opd.ts';
import { applyValueChanges, mutatedBody, mutatedText, splitFrontmatter, valueChange, ODD_STRINGS } from './mutations.ts';

/** One reason a tool gave for refusing its input. */
export interface Refusal {
  /** Path relative to the project root (or the CSV file) the author must open. */
  file?: string;
  line?: number;
  /** Field, column or "isi" (the body). */
  field?: string;
  message: string;
}

/** What a tool did with one input: refusals (none: accepted) and broken properties other than the refusals' shape. */
export interface Verdict {
  refusals: Refusal[];
  /** E.g. "validate accepts, Astro's loader refuses", "the import lost a value". */
  defects?: string[];
}

export interface FuzzTool<I = unknown> {
  name: string;
  input: fc.Arbitrary<I>;
  run: (input: I) => Verdict;
  /** What a refusal must name: file, field or line, and line when `line` (a body or parser has no field). */
  needs: 'file-and-field' | 'line';
  /** A short, printable form of an input, for reporting a crash. */
  show: (input: I) => string;
  /** An accepted input as an entry file to build (for --build-sample). */
  entry?: (input: I) => { name: string; text: string } | undefined;
}

/** English the author would see if a message fell through untranslated (zod and parser defaults). */
const ENGLISH = /^(invalid|expected|required|unrecognized|too (big|small)|must|cannot|unexpected|error)\b/i;
/** Words every Indonesian message here uses at least one of. */
const INDONESIAN = /\b(tidak|harus|ada|yang|atau|dengan|bernilai|tulis|hapus|pilih|isi|kolom|berkas|baris|bagian|belum|lebih|kosong|tanggal|gunakan|nilai|merujuk|diizinkan|dapat|terlalu|paling|bukan|hanya|sama|tambahkan|dipakai|berisi|memerlukan|perbaiki|diawali|seharusnya|alamat|contoh|mis)\b/i;

/** Whether a message reads as Indonesian for staff: no stack trace, Indonesian words outside the [English original]. */
export function isIndonesianMessage(message: string): boolean {
  const own = message.replace(/\[[^\]]*\]/g, '').trim();
  if (/\n\s+at \S+ \(|node:internal|\.ts:\d+:\d+/.test(message)) return false;
  return own.length > 0 && !ENGLISH.test(own) && INDONESIAN.test(own);
}

/** What is wrong with a refusal, or undefined when it names what the author needs. */
export function refusalDefect(r: Refusal, needs: FuzzTool['needs']): string | undefined {
  if (!isIndonesianMessage(r.message)) return `pesan bukan bahasa Indonesia: ${r.message.slice(0, 200)}`;
  if (needs === 'line') return r.line === undefined ? `tanpa baris: ${r.message.slice(0, 200)}` : undefined;
  if (!r.file) return `tanpa berkas: ${r.message.slice(0, 200)}`;
  // A whole-file problem (no frontmatter, an empty body, a file missing) names the file and line 1 or nothing else.
  if (!r.field && r.line === undefined) return `tanpa kolom dan baris: ${r.file}: ${r.message.slice(0, 200)}`;
  return undefined;
}

export interface ToolCounts {
  tool: string;
  runs: number;
  refused: number;
  accepted: number;
  crashes: number;
  /** Refusals lacking file, field or line, or not in Indonesian. */
  lacking: number;
  /** Other broken properties (agreement, round trip). */
  defects: number;
  ms: number;
  examples: { kind: 'crash' | 'lacking' | 'defect'; input: string; detail: string }[];
  accepts: unknown[];
}

/** Runs a tool on `runs` generated inputs (seeded) and counts what happened; never stops on a failure. */
export function runTool<I>(tool: FuzzTool<I>, runs: number, seed: number, keepAccepted = 0): ToolCounts {
  const counts: ToolCounts = { tool: tool.name, runs, refused: 0, accepted: 0, crashes: 0, lacking: 0, defects: 0, ms: 0, examples: [], accepts: [] };
  const started = performance.now();
  const note = (kind: 'crash' | 'lacking' | 'defect', input: I, detail: string) => {
    if (counts.examples.filter((e) => e.kind === kind).length < 3) counts.examples.push({ kind, input: tool.show(input).slice(0, 600), detail: detail.slice(0, 600) });
  };
  for (const input of fc.sample(tool.input, { numRuns: runs, seed })) {
    let verdict: Verdict;
    try {
      verdict = tool.run(input);
    } catch (e) {
      counts.crashes++;
      note('crash', input, (e as Error)?.stack ?? String(e));
      continue;
    }
    if (verdict.refusals.length) counts.refused++;
    else {
      counts.accepted++;
      if (counts.accepts.length < keepAccepted) counts.accepts.push(input);
    }
    const lacking = verdict.refusals.map((r) => refusalDefect(r, tool.needs)).find(Boolean);
    if (lacking) {
      counts.lacking++;
      note('lacking', input, lacking);
    }
    if (verdict.defects?.length) {
      counts.defects++;
      note('defect', input, verdict.defects.join('; '));
    }
  }
  counts.ms = Math.round(performance.now() - started);
  return counts;
}

/* ---------------------------------------------------------------- content fixture */

interface RealFile {
  name: string;
  text: string;
}

/** The real content, read when the tools are made. */
export interface FuzzContent {
  projectRoot: string;
  entries: RealFile[];
  opds: RealFile[];
  site: string;
  claims: RealFile[];
  /** Removes every scratch project made by `scratchProject`. */
  cleanup: () => void;
  scratch: string[];
}

const readDir = (dir: string, exts: string[]): RealFile[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => !f.startsWith('_') && exts.includes(extname(f)))
        .sort()
        .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
    : [];

export function fuzzContent(projectRoot: string): FuzzContent {
  const content = join(projectRoot, 'content');
  const scratch: string[] = [];
  return {
    projectRoot,
    entries: readDir(join(content, 'innovations'), ['.md', '.mdx']),
    opds: readDir(join(content, 'opd'), ['.yaml', '.yml']),
    site: readFileSync(join(content, 'site.yaml'), 'utf8'),
    claims: readDir(join(content, 'claims'), ['.yaml', '.yml']),
    scratch,
    cleanup: () => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })),
  };
}

/**
 * A real YAML file cut down to the fields its schema requires (lists to their first item):
 * the registry and site file beside the one file a run mutates are read on every run, and
 * the full files would make the YAML parser most of the run's time.
 */
export function requiredOnly(text: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { required?: string[] };
  const data = (parseYaml(text).data ?? {}) as Record<string, unknown>;
  const kept = Object.fromEntries((json.required ?? Object.keys(data)).filter((k) => k in data).map((k) => [k, Array.isArray(data[k]) ? (data[k] as unknown[]).slice(0, 1) : data[k]]));
  return stringifyYaml(kept, { lineWidth: 0 });
}

/**
 * A scratch project (temporary folder) for one tool: the registry and site file cut down to
 * their required fields (`full` keeps one kind whole), the claims when asked, no entries (each
 * run writes the file it mutates), public/ linked so image paths resolve. Falls back to the
 * real files when the cut-down content would not pass validate on its own.
 */
function scratchProject(fx: FuzzContent, full: 'opd' | 'site' | 'none', claims: boolean, needed: (opdId: string) => boolean = () => true): ContentPaths {
  const make = (cut: boolean) => {
    const root = mkdtempSync(join(tmpdir(), 'etalase-fuzz-'));
    fx.scratch.push(root);
    for (const dir of ['innovations', 'opd', 'claims']) mkdirSync(join(root, 'content', dir), { recursive: true });
    for (const f of fx.opds) if (!cut || needed(basename(f.name, extname(f.name)))) writeFileSync(join(root, 'content', 'opd', f.name), cut ? requiredOnly(f.text, opdSchema) : f.text);
    writeFileSync(join(root, 'content', 'site.yaml'), cut && full !== 'site' ? requiredOnly(fx.site, siteSchema) : fx.site);
    if (claims) for (const f of fx.claims) writeFileSync(join(root, 'content', 'claims', f.name), f.text);
    symlinkSync(join(fx.projectRoot, 'public'), join(root, 'public'));
    return contentPaths(root);
  };
  const paths = make(true);
  const refused = validateRefusals(paths);
  if (process.env.FUZZ_DEBUG) console.log(`scratch ${full}: ${refused.length ? `bahan asli (${refused[0]!.file}: ${refused[0]!.field} ${refused[0]!.message})` : 'dipangkas'}`);
  return refused.length ? make(false) : paths;
}

/** Scratch projects by the OPD ids a text names (made once per set of ids). */
function scratchFor(fx: FuzzContent, full: 'opd' | 'site' | 'none' = 'none', claims = false): (text: string) => ContentPaths {
  const made = new Map<string, ContentPaths>();
  const ids = fx.opds.map((f) => basename(f.name, extname(f.name)));
  return (text) => {
    const named = ids.filter((id) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(text));
    const key = named.join(' ');
    let paths = made.get(key);
    if (!paths) made.set(key, (paths = scratchProject(fx, full, claims, (id) => named.includes(id))));
    return paths;
  };
}

/** Errors of validateContent as refusals. */
function validateRefusals(paths: ContentPaths): Refusal[] {
  return validateContent(paths)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => ({ file: p.file, line: p.line, field: p.field, message: p.message }));
}

/** Writes `text` at `file` (relative to the scratch root) for one run, then puts the original back. */
function withFile<T>(paths: ContentPaths, file: string, text: string, run: () => T): T {
  const path = join(paths.root, file);
  const original = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, text);
  try {
    return run();
  } finally {
    if (original === undefined) rmSync(path, { force: true });
    else writeFileSync(path, original);
  }
}

/* ---------------------------------------------------------------- Astro's own loader */

// js-yaml as Astro's glob loader uses it for .yaml data files (resolved from astro, not a dependency of ours).
const jsYaml = createRequire(createRequire(import.meta.url).resolve('astro/package.json'))('js-yaml') as { load: (text: string) => unknown };

/** Astro's reading of a file: its frontmatter or YAML parser, then the collection schema. Undefined: accepted. */
export function astroRefusal(text: string, kind: 'entry' | 'yaml', schema: z.ZodType): string | undefined {
  let data: unknown;
  try {
    data = kind === 'entry' ? parseFrontmatter(text).frontmatter : jsYaml.load(text);
  } catch (e) {
    return `parser Astro: ${(e as Error).message.split('\n')[0]}`;
  }
  const result = schema.safeParse(data ?? {});
  return result.success ? undefined : `skema (data dari parser Astro): ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 300)}`;
}

/* ---------------------------------------------------------------- the tools */

type Mutated = { base: string; text: string };

/** Inputs for a file: text mutations (most) and value changes from the schema (well-formed, odd values). */
function fileInput(files: RealFile[], schema: z.ZodType, frontmatter: boolean): fc.Arbitrary<Mutated> {
  // Built once per file, not inside a chain: z.toJSONSchema per generated input was most of a run.
  const changes = fc.array(valueChange(schema), { minLength: 1, maxLength: 3 });
  const perFile = files.map(({ name, text }) => {
    const split = frontmatter ? splitFrontmatter(text) : undefined;
    const changed = changes.map((cs) =>
      frontmatter ? (split ? `---\n${applyValueChanges(split.yaml, cs)}---${split.body}` : text) : applyValueChanges(text, cs),
    );
    const mutatedBodyText = split ? mutatedBody(split.body).map((b) => `---\n${split.yaml}---${b}`) : mutatedText(text);
    return fc.oneof(
      { weight: 5, arbitrary: mutatedText(text) },
      { weight: 3, arbitrary: changed },
      { weight: frontmatter ? 2 : 0, arbitrary: mutatedBodyText },
    ).map((t) => ({ base: name, text: t }));
  });
  return fc.oneof(...perFile);
}

const showMutated = (i: Mutated) => `${i.base}:\n${i.text}`;

/**
 * `npm run validate` on a mutated entry, OPD file, site file or claims file; for entries and OPD
 * files, Astro's loader must accept what validate accepts (the build's content check is the
 * same validateContent, run in a worker, so it agrees by construction).
 */
function validateTool(fx: FuzzContent, kind: 'entri' | 'OPD' | 'site.yaml' | 'klaim'): FuzzTool<Mutated> {
  const setup = {
    entri: { files: fx.entries, dir: 'content/innovations', schema: innovationSchema, frontmatter: true },
    OPD: { files: fx.opds, dir: 'content/opd', schema: opdSchema, frontmatter: false },
    'site.yaml': { files: [{ name: 'site.yaml', text: fx.site }], dir: 'content', schema: siteSchema, frontmatter: false },
    klaim: { files: fx.claims, dir: 'content/claims', schema: claimFileSchema, frontmatter: false },
  }[kind];
  // One scratch project per real file, holding only the OPDs that file names (each OPD file read
  // is a YAML parse on every run): a mutation naming another OPD is refused, which is also a verdict.
  const forText = scratchFor(fx, kind === 'OPD' ? 'opd' : kind === 'site.yaml' ? 'site' : 'none', kind === 'klaim');
  const pathsFor = (base: string) => forText(setup.files.find((f) => f.name === base)!.text);
  return {
    name: `validate: ${kind}`,
    needs: 'file-and-field',
    input: fileInput(setup.files, setup.schema as z.ZodType, setup.frontmatter),
    show: showMutated,
    run: ({ base, text }) => {
      const paths = pathsFor(base);
      const refusals = withFile(paths, join(setup.dir, base), text, () => validateRefusals(paths));
      const defects: string[] = [];
      if (!refusals.length && (kind === 'entri' || kind === 'OPD')) {
        const astro = astroRefusal(text, kind === 'entri' ? 'entry' : 'yaml', setup.schema as z.ZodType);
        if (astro) defects.push(`validate menerima, build (loader Astro) menolak: ${astro}`);
      }
      return { refusals, defects };
    },
    entry: kind === 'entri' ? ({ base, text }) => ({ name: base, text }) : undefined,
  };
}

/** The safe-MDX gate on mutated real bodies: a refusal gives the line and the reason. */
function safeMdxTool(fx: FuzzContent): FuzzTool<{ body: string; kind: 'md' | 'mdx' }> {
  const bodies = fx.entries.map((e) => splitFrontmatter(e.text)?.body ?? e.text);
  return {
    name: 'gerbang MDX aman',
    needs: 'line',
    input: fc.record({ body: fc.constantFrom(...bodies).chain(mutatedBody), kind: fc.constantFrom('md' as const, 'mdx' as const) }),
    show: (i) => `${i.kind}:\n${i.body}`,
    run: ({ body, kind }) => ({ refusals: checkBody(body, kind, 0).map((p) => ({ line: p.line, message: p.message })) }),
  };
}

/**
 * The YAML and MDX message wrappers on any text: parseYaml gives data or errors with a line,
 * loadYaml throws only its own Indonesian error naming the file.
 */
function parserTool(fx: FuzzContent): FuzzTool<string> {
  const texts = [fx.site, ...fx.opds.map((f) => f.text), ...fx.claims.map((f) => f.text), ...fx.entries.map((e) => splitFrontmatter(e.text)?.yaml ?? '')];
  return {
    name: 'pesan parser YAML/MDX',
    needs: 'line',
    input: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...texts).chain(mutatedText) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...'ab: -\n\t#&*!|>\'"[]{},?<%@`'.split(''), '<<: *a\n', '&a ', '\u200b', '\u2028'), { maxLength: 80 }).map((cs) => cs.join('')) },
    ),
    show: (t) => t,
    run: (text) => {
      const { errors } = parseYaml(text);
      const refusals: Refusal[] = errors.map((e) => ({ line: e.line, message: e.message }));
      const defects: string[] = [];
      try {
        loadYaml(text, 'content/opd/contoh.yaml');
      } catch (e) {
        const message = (e as Error).message;
        if (!message.startsWith('content/opd/contoh.yaml: YAML tidak dapat dibaca')) defects.push(`loadYaml melempar galat lain: ${message.slice(0, 200)}`);
      }
      // The body parser on the same text: an MDX error keeps its reason and line.
      for (const p of checkBody(text, 'mdx')) refusals.push({ line: p.line, message: p.message });
      return { refusals, defects };
    },
  };
}

/* ---------------------------------------------------------------- CSV */

const URLS: UrlBuilder = {
  innovation: (id) => `https://inovasi.contoh.go.id/inovasi/${id}/`,
  opd: (id) => `https://inovasi.contoh.go.id/opd/${id}/`,
  opdFeed: (id) => `https://inovasi.contoh.go.id/opd/${id}/rss.xml`,
};

interface RealCatalog {
  records: ReturnType<typeof buildCatalog>['innovations'];
  bodies: Map<string, string>;
  opds: { id: string; data: OpdData }[];
  entries: { id: string; data: InnovationData }[];
}

/** The real entries parsed by the schema, as the site's CSV export sees them. */
function realCatalog(fx: FuzzContent): RealCatalog {
  const opds = fx.opds.map((f) => ({ id: basename(f.name, extname(f.name)), data: opdSchema.parse(parseYaml(f.text).data) }));
  const entries = fx.entries.map((e) => {
    const split = splitFrontmatter(e.text)!;
    return { id: basename(e.name, extname(e.name)), data: innovationSchema.parse(parseYaml(split.yaml).data), body: split.body };
  });
  return { records: buildCatalog(entries, opds).innovations, bodies: new Map(entries.map((e) => [e.id, e.body])), opds, entries };
}

/** One CSV import: rows as `npm run import` reads them; each accepted row must pass validate. */
/**
 * For an importer's properties: `npm run validate`'s errors for an entry file an importer
 * would write (content/innovations/<name>), checked beside the OPDs it names. Empty: accepted.
 */
export function entryValidator(fx: FuzzContent): (name: string, text: string) => Refusal[] {
  const pathsFor = scratchFor(fx);
  return (name, text) => {
    const paths = pathsFor(text);
    return withFile(paths, join('content/innovations', name), text, () => validateRefusals(paths));
  };
}

function importRefusals(validateEntry: (name: string, text: string) => Refusal[], opdNames: ReturnType<typeof readOpdNames>, csv: string): Verdict {
  const read = readCsv(csv);
  if (!read.ok) return { refusals: [{ file: 'impor.csv', field: 'CSV', line: Number(/^baris (?:teks )?(\d+)/.exec(read.message)?.[1]) || undefined, message: read.message }] };
  const refusals: Refusal[] = [];
  const defects: string[] = [];
  read.records.forEach((record, i) => {
    const result = rowToEntry(record, i + 2, opdNames);
    if (!result.ok) {
      // The script prints "baris N (title):" and then each reason; a reason names its column or section.
      for (const reason of result.reasons) refusals.push({ file: 'impor.csv', line: result.row, field: /(kolom|bagian) "([^"]+)"/.exec(reason)?.[2], message: reason });
      return;
    }
    const problems = validateEntry(`${result.id}.md`, result.text);
    if (problems.length) defects.push(`impor menerima baris ${result.row}, validate menolak: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ').slice(0, 300)}`);
  });
  return { refusals, defects };
}

/** A CSV cell change: an odd value in one column of one row. */
const cellChange = fc.record({ row: fc.nat(), column: fc.nat(), value: fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'grapheme', maxLength: 30 })) });

/** CSV import on the site's own export of the real entries, mutated as text or cell by cell. */
function csvImportTool(fx: FuzzContent, catalog: RealCatalog): FuzzTool<string> {
  const rows = catalog.records.map((r) => innovationCsvRow(r, URLS, catalog.bodies.get(r.id)));
  const sheet = fc.subarray(rows, { minLength: 1, maxLength: 3 });
  const byCell = fc.tuple(sheet, fc.array(cellChange, { minLength: 1, maxLength: 3 })).map(([picked, changes]) => {
    const out = picked.map((r) => ({ ...r }));
    for (const c of changes) {
      const row = out[c.row % out.length]!;
      const keys = Object.keys(row) as (keyof typeof row)[];
      row[keys[c.column % keys.length]!] = c.value;
    }
    return toCsv(out);
  });
  const validateEntry = entryValidator(fx);
  // The registry is read once, as the import script does for a whole file.
  const opdNames = readOpdNames(join(fx.projectRoot, 'content', 'opd'));
  const byText = sheet.map(toCsv).chain((csv) => fc.oneof(mutatedText(csv), mutatedText(csv.replaceAll(',', ';'))));
  return {
    name: 'impor CSV',
    needs: 'file-and-field',
    input: fc.oneof(byCell, byText),
    show: (csv) => csv,
    run: (csv) => importRefusals(validateEntry, opdNames, csv),
  };
}

/**
 * The lembar isian update import (`npm run import -- --perbarui`) on the sheet the site serves for
 * the OPD with the most innovations, filled cell by cell with odd values or mutated as text. Never
 * throws; every refusal names the sheet row and column; every entry it would write passes validate.
 */
function lembarImportTool(fx: FuzzContent, catalog: RealCatalog): FuzzTool<string> {
  const counts = new Map<string, number>();
  for (const r of catalog.records) counts.set(r.opd, (counts.get(r.opd) ?? 0) + 1);
  const opdId = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const opd = catalog.opds.find((o) => o.id === opdId)!;
  const items = catalog.records.filter((r) => r.opd === opdId);
  const base = lembarCsv(lembarIsian(opd.data, items, new Date('2026-12-01T00:00:00Z'), 365));
  const table = parseCsv(base, { bom: true, delimiter: ';' }) as string[][];
  const header = table[0]!;
  const fillable = header.map((_, i) => i).filter((i) => i > 0);
  const byCell = fc.array(fc.record({ row: fc.nat(), column: fc.constantFrom(...fillable), value: fc.oneof(fc.constantFrom('dokumen', 'surat', 'berjalan', '2026-01-15', '15/01/26', '31/02/2026', '12,5', 'lkjip.pdf', "'021-555", ...ODD_STRINGS), fc.string({ unit: 'grapheme', maxLength: 30 })) }), { minLength: 1, maxLength: 4 }).map((changes) => {
    const rows = table.map((r) => [...r]);
    for (const c of changes) rows[2 + (c.row % Math.max(1, rows.length - 2))]![c.column] = c.value;
    return `\uFEFF${stringifyCsv(rows, { delimiter: ';', record_delimiter: 'windows' })}`;
  });
  const entryFiles = new Map(fx.entries.map((e) => [basename(e.name, extname(e.name)), { file: `content/innovations/${e.name}`, text: e.text }]));
  const opdFiles = new Map(fx.opds.map((f) => [basename(f.name, extname(f.name)), { file: `content/opd/${f.name}`, text: f.text }]));
  const validateEntry = entryValidator(fx);
  const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
  return {
    name: 'impor lembar isian',
    needs: 'file-and-field',
    input: fc.oneof(byCell, mutatedText(base)),
    show: (csv) => csv,
    run: (csv) => {
      const result = mergeLembar({ sheet: csv, entries: entryFiles, opds: opdFiles, document: (name) => (/\.pdf$/i.test(name) ? pdf : undefined) });
      const refusals: Refusal[] = result.problems.map((p) => ({ file: 'lembar-isian.csv', line: p.row, field: p.column, message: sheetProblemText(p) }));
      const defects: string[] = [];
      for (const w of result.writes.filter((x) => x.file.startsWith('content/innovations/'))) {
        const problems = validateEntry(basename(w.file), w.text);
        if (problems.length) defects.push(`lembar menerima ${w.file}, validate menolak: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ').slice(0, 300)}`);
      }
      return { refusals, defects };
    },
  };
}

const oneLine = (t: unknown) => (typeof t === 'string' ? t.replace(/\s+/g, ' ') : t);

/** The values an entry written by the import must keep from the export. */
function keptValues(data: Record<string, unknown>): Record<string, unknown> {
  const sources = (data.sources as { title: string; url: string; publisher: string; date: string }[]) ?? [];
  return {
    title: data.title,
    opd: data.opd,
    tahapan: data.tahapan,
    jenis: data.jenis,
    bentuk: data.bentuk,
    urusan: data.urusan,
    inisiator: data.inisiator,
    inisiatorName: data.inisiatorName,
    trial: data.trial,
    launched: data.launched,
    // The export writes each source on one line (src/lib/export.ts): line breaks inside become spaces.
    sources: sources.map((s) => ({ title: oneLine(s.title), url: s.url, publisher: oneLine(s.publisher), date: s.date })),
  };
}

/**
 * Export → import round trip: a real entry with odd but valid text in its title and sources,
 * exported as the site's CSV and imported again, keeps every value the CSV carries.
 */
function roundTripTool(fx: FuzzContent, catalog: RealCatalog): FuzzTool<{ id: string; title: string; publisher: string; sourceTitle: string }> {
  const text = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }));
  const opdNames = readOpdNames(join(fx.projectRoot, 'content', 'opd'));
  return {
    name: 'CSV ekspor → impor',
    needs: 'file-and-field',
    input: fc.record({ id: fc.constantFrom(...catalog.records.map((r) => r.id)), title: text, publisher: text, sourceTitle: text }),
    show: (i) => JSON.stringify(i),
    run: ({ id, title, publisher, sourceTitle }) => {
      const original = catalog.entries.find((e) => e.id === id)!;
      const [first, ...rest] = original.data.sources;
      const candidate = innovationSchema.safeParse({ ...original.data, title, sources: [{ ...first!, publisher, title: sourceTitle }, ...rest] });
      // Values the schema refuses are not exported: that is validate's job, not the round trip's.
      if (!candidate.success) return { refusals: [] };
      const record = buildCatalog([{ id, data: candidate.data }], catalog.opds).innovations[0];
      if (!record) return { refusals: [] };
      const csv = toCsv([innovationCsvRow(record, URLS, catalog.bodies.get(id))]);
      const read = readCsv(csv);
      if (!read.ok) return { refusals: [], defects: [`ekspor tidak terbaca lagi: ${read.message}`] };
      const result = rowToEntry(read.records[0]!, 2, opdNames);
      if (!result.ok) return { refusals: [], defects: [`ekspor ditolak saat diimpor lagi: ${result.reasons.join('; ')}`] };
      const back = keptValues(parseFrontmatter(result.text).frontmatter as Record<string, unknown>);
      const want = keptValues(candidate.data as unknown as Record<string, unknown>);
      const lost = Object.keys(want).filter((k) => JSON.stringify(want[k] ?? null) !== JSON.stringify(normalizeDates(back[k]) ?? null));
      return { refusals: [], defects: lost.map((k) => `nilai "${k}" berubah: ${JSON.stringify(want[k]).slice(0, 150)} → ${JSON.stringify(normalizeDates(back[k])).slice(0, 150)}`) };
    },
  };
}

/** js-yaml reads unquoted dates as Date; the schema keeps them as text. */
function normalizeDates(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(normalizeDates);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalizeDates(x)]));
  return v;
}

/** Every tool under test, on the real content at `projectRoot`. Call `fx.cleanup()` when done. */
export function fuzzTools(projectRoot: string): { fx: FuzzContent; tools: FuzzTool<any>[] } {
  const fx = fuzzContent(projectRoot);
  const catalog = realCatalog(fx);
  const tools: FuzzTool<any>[] = [
    validateTool(fx, 'entri'),
    validateTool(fx, 'OPD'),
    validateTool(fx, 'site.yaml'),
    ...(fx.claims.length ? [validateTool(fx, 'klaim')] : []),
    safeMdxTool(fx),
    parserTool(fx),
    csvImportTool(fx, catalog),
    roundTripTool(fx, catalog),
    lembarImportTool(fx, catalog),
  ];
  return { fx, tools };
}
