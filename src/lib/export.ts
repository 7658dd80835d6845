/**
 * Open data: the catalogue as JSON rows (every frontmatter field) and as CSV rows in the
 * column names of the national regional-innovation form (Indeks Inovasi Daerah).
 * Pure — pages pass in the records, the raw MDX bodies and a URL builder; nothing here
 * reads files or the clock. Unknown values stay empty (CSV) or null (JSON); nothing is guessed.
 */
import { stringify } from 'csv-stringify/sync';
import type { InnovationRecord, OpdRecord, OpdWithCount } from './catalog.ts';
import { formatNumber } from './format.ts';
import { splitSections } from './sections.ts';
import { innovationShape, type InnovationData } from '../schema/innovation.ts';
import { opdSchema, type OpdData } from '../schema/opd.ts';
import { BENTUK, INISIATOR, JENIS, STATUS, TAHAPAN, URUSAN, labelOf } from '../schema/enums.ts';
import { UNKNOWN_DATE, type Source } from '../schema/source.ts';

export { splitSections };

/**
 * Version of the shape of inovasi.json / opd.json / inovasi.csv. Bump the major number when a
 * field is removed or renamed, the minor number when one is added.
 */
export const SCHEMA_VERSION = '1.0.0';

/** Frontmatter keys of an innovation, in schema order. */
export const INNOVATION_FIELDS = Object.keys(innovationShape) as (keyof InnovationData)[];
/** Fields of an OPD registry entry, in schema order. */
export const OPD_FIELDS = Object.keys(opdSchema.shape) as (keyof OpdData)[];

/** Keys the JSON adds to each innovation besides its frontmatter (described on /data/). */
export const INNOVATION_EXTRA_FIELDS = ['id', 'url', 'owner', 'collaboratorOpds', 'narrative'] as const;
/** Keys opd.json adds to each OPD besides its registry fields. */
export const OPD_EXTRA_FIELDS = ['id', 'url', 'feed', 'innovationCount', 'collaborationCount'] as const;

/** Where the public pages of the site live, as absolute URLs. */
export interface UrlBuilder {
  innovation(id: string): string;
  opd(id: string): string;
  opdFeed(id: string): string;
}

/** What every data file says about itself. */
export interface DatasetMeta {
  /** Build date, ISO 8601. */
  generated: string;
  licence: { name: string; url: string };
  /** Who publishes the data (the government). */
  publisher: string;
  /** Absolute URL of the /data/ page that documents the files. */
  documentation: string;
}

export interface OpdRef {
  id: string;
  name: string;
  abbreviation: string | null;
}

export interface NarrativeSection {
  heading: string;
  text: string;
}

/* ------------------------------------------------------------------ narrative */

/** Inline Markdown to plain text: links and images keep their text, emphasis and code marks go. */
function inlineText(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(?!\s)(.+?)_(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Markdown block text to plain text: one line per paragraph (soft line breaks joined),
 * one line per list item, marked "•" (never a leading "-", which spreadsheets read as a formula).
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(inlineText(paragraph.join(' ')));
    paragraph = [];
  };
  // MDX comments ({/* … */}) are notes to authors, not text.
  const withoutComments = markdown.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  for (const raw of withoutComments.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^\s*>\s?/, '');
    if (/^\s*(```|~~~)/.test(line) || /^\s*(import|export)\s/.test(line)) continue;
    if (line.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*(\d+)[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      out.push(inlineText(heading[1]!));
    } else if (bullet) {
      flush();
      paragraph = [`• ${bullet[1]}`];
    } else if (numbered) {
      flush();
      paragraph = [`${numbered[1]}. ${numbered[2]}`];
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.filter((l) => l !== '' && l !== '•').join('\n');
}

/** The body's sections as plain text, in order. */
export function narrativeOf(body: string | undefined): NarrativeSection[] {
  if (!body) return [];
  // inovasi.json and inovasi.csv both ask for every body: converted once per body text.
  let narrative = narratives.get(body);
  if (!narrative) {
    narrative = splitSections(body).map((s) => ({ heading: s.heading, text: markdownToText(s.markdown) }));
    narratives.set(body, narrative);
  }
  return narrative;
}
const narratives = new Map<string, NarrativeSection[]>();

function sectionText(narrative: NarrativeSection[], heading: string): string {
  const want = heading.toLocaleLowerCase('id-ID');
  return narrative.find((s) => s.heading.toLocaleLowerCase('id-ID') === want)?.text ?? '';
}

/* ------------------------------------------------------------------ JSON */

function opdRef(opd: OpdRecord): OpdRef {
  return { id: opd.id, name: opd.name, abbreviation: opd.abbreviation ?? null };
}

/** Every key of `fields` present; absent optional values become null so each row has the same keys. */
function complete<T extends object>(data: T, fields: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of fields) out[key as string] = data[key] === undefined ? null : data[key];
  return out;
}

/** One innovation for inovasi.json: id, url, every frontmatter field, resolved OPDs, narrative. */
export function innovationJsonRow(item: InnovationRecord, urls: UrlBuilder, body?: string): Record<string, unknown> {
  return {
    id: item.id,
    url: urls.innovation(item.id),
    ...complete(item as InnovationData, INNOVATION_FIELDS),
    owner: opdRef(item.owner),
    collaboratorOpds: item.collaboratorOpds.map(opdRef),
    narrative: narrativeOf(body),
  };
}

export interface InnovationDataset extends DatasetMeta {
  schemaVersion: string;
  count: number;
  innovations: Record<string, unknown>[];
}

export function innovationDataset(
  items: InnovationRecord[],
  bodies: ReadonlyMap<string, string | undefined>,
  urls: UrlBuilder,
  meta: DatasetMeta,
): InnovationDataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    ...meta,
    count: items.length,
    innovations: items.map((i) => innovationJsonRow(i, urls, bodies.get(i.id))),
  };
}

/** One OPD for opd.json: registry fields plus how many innovations it owns and joins. */
export function opdJsonRow(opd: OpdWithCount, collaborationCount: number, urls: UrlBuilder): Record<string, unknown> {
  return {
    id: opd.id,
    url: urls.opd(opd.id),
    feed: urls.opdFeed(opd.id),
    ...complete(opd as OpdData, OPD_FIELDS),
    innovationCount: opd.innovationCount,
    collaborationCount,
  };
}

export interface OpdDataset extends DatasetMeta {
  schemaVersion: string;
  count: number;
  opds: Record<string, unknown>[];
}

export function opdDataset(opds: OpdWithCount[], items: InnovationRecord[], urls: UrlBuilder, meta: DatasetMeta): OpdDataset {
  const joined = new Map<string, number>();
  for (const i of items) for (const c of new Set(i.collaborators)) joined.set(c, (joined.get(c) ?? 0) + 1);
  return {
    schemaVersion: SCHEMA_VERSION,
    ...meta,
    count: opds.length,
    opds: opds.map((o) => opdJsonRow(o, joined.get(o.id) ?? 0, urls)),
  };
}

/* ------------------------------------------------------------------ CSV */

/** Columns of inovasi.csv, named as in the national regional-innovation form, in its order. */
export const CSV_COLUMNS = [
  'Nama Inovasi',
  'Nama OPD',
  'Tahapan Inovasi',
  'Inisiator',
  'Jenis Inovasi',
  'Bentuk Inovasi',
  'Urusan Pemerintahan',
  'Waktu Uji Coba',
  'Waktu Penerapan',
  'Rancang Bangun',
  'Tujuan',
  'Manfaat',
  'Hasil/Output',
  'Outcome',
  'Sumber',
  'URL',
  'Status',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** Headings of the MDX body each narrative column is taken from (matched ignoring case). */
export const CSV_SECTIONS = {
  'Rancang Bangun': ['Latar belakang', 'Solusi'],
  Tujuan: ['Tujuan'],
  Manfaat: ['Manfaat'],
} as const satisfies Partial<Record<CsvColumn, readonly string[]>>;

function sectionsText(narrative: NarrativeSection[], headings: readonly string[]): string {
  const found = headings.map((h) => [h, sectionText(narrative, h)] as const).filter(([, t]) => t !== '');
  // One section: its text as is (so an imported sheet round-trips). Several: each under its
  // heading, so the reader sees where it came from (the importer splits on these headings).
  if (found.length === 1) return found[0]![1];
  return found.map(([h, t]) => `${h}:\n${t}`).join('\n\n');
}

function sourceLabel(sources: Source[], id: string): string {
  return sources.find((s) => s.id === id)?.publisher ?? id;
}

/** Reported values of one metric type: "Name: 300 layanan per hari (2020-10-02, Kompas.com); …", one metric per line. */
export function metricsText(item: Pick<InnovationData, 'metrics' | 'sources'>, type: 'output' | 'outcome'): string {
  return item.metrics
    .filter((m) => m.type === type && m.values.length > 0)
    .map((m) => {
      const values = m.values.map((v) => `${formatNumber(v.value)} ${m.unit} (${v.date}, ${sourceLabel(item.sources, v.source)})`);
      return `${m.name}: ${values.join('; ')}`;
    })
    .join('\n');
}

/** How sourcesText writes an unknown publication date (the CSV import reads it back). */
export const UNKNOWN_DATE_TEXT = 'tanggal terbit tidak diketahui';

/** Sources, one per line: publisher — title (date) — URL (a document: its path under the site, dokumen/…; a line break inside a title becomes a space). */
export function sourcesText(sources: Source[]): string {
  const oneLine = (t: string) => t.replace(/\s+/g, ' ');
  return sources
    .map((s) => `${oneLine(s.publisher)} — ${oneLine(s.title)} (${s.date === UNKNOWN_DATE ? UNKNOWN_DATE_TEXT : s.date}) — ${s.url ?? s.file ?? ''}`)
    .join('\n');
}

function inisiatorText(item: Pick<InnovationData, 'inisiator' | 'inisiatorName'>): string {
  return [item.inisiator && labelOf(INISIATOR, item.inisiator), item.inisiatorName].filter(Boolean).join(' — ');
}

/**
 * The status as the site shows it (resident-help): "Berjalan menurut sumber <bulan tahun>; belum
 * dipastikan lagi" for a "berjalan" confirmed longer ago than staleAfterDays, else the status label.
 */
export type StatusText = (item: InnovationRecord) => string;

/** One innovation as a row of the national form. Empty string where the content does not say. */
export function innovationCsvRow(item: InnovationRecord, urls: UrlBuilder, body?: string, status: StatusText = (i) => labelOf(STATUS, i.status)): CsvRow {
  const narrative = narrativeOf(body);
  return {
    'Nama Inovasi': item.title,
    'Nama OPD': item.owner.name,
    'Tahapan Inovasi': labelOf(TAHAPAN, item.tahapan),
    Inisiator: inisiatorText(item),
    'Jenis Inovasi': labelOf(JENIS, item.jenis),
    'Bentuk Inovasi': labelOf(BENTUK, item.bentuk),
    'Urusan Pemerintahan': labelOf(URUSAN, item.urusan),
    'Waktu Uji Coba': item.trial ?? '',
    'Waktu Penerapan': item.launched ?? '',
    'Rancang Bangun': sectionsText(narrative, CSV_SECTIONS['Rancang Bangun']),
    Tujuan: sectionsText(narrative, CSV_SECTIONS.Tujuan),
    Manfaat: sectionsText(narrative, CSV_SECTIONS.Manfaat),
    'Hasil/Output': metricsText(item, 'output'),
    Outcome: metricsText(item, 'outcome'),
    Sumber: sourcesText(item.sources),
    URL: urls.innovation(item.id),
    Status: status(item),
  };
}

/**
 * RFC 4180 CSV: comma-separated, CRLF between records, every field quoted (embedded quotes
 * doubled), header row first, UTF-8 byte-order mark so spreadsheet programs read Indonesian text.
 */
export function toCsv(rows: CsvRow[]): string {
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
  });
}

export function innovationCsv(items: InnovationRecord[], bodies: ReadonlyMap<string, string | undefined>, urls: UrlBuilder, status?: StatusText): string {
  return toCsv(items.map((i) => innovationCsvRow(i, urls, bodies.get(i.id), status)));
}
