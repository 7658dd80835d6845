/**
 * Writing new entries for authors (scaffold and CSV import): ids from titles, choices
 * matched from what people type, OPDs matched by any of their names, and the entry text
 * with frontmatter, commented optional fields and the three narrative sections. New entries
 * are `.md` (the fast path); `.mdx` is only for entries that use a listed component.
 */
import { Document, isScalar, visit } from 'yaml';
import type { Choice } from '../schema/enums.ts';
import { SECTION_HINTS } from '../validation/sections.ts';

/** URL id from a title: "SIANDUK — Antar Dokumen" → "sianduk-antar-dokumen". */
export function slugify(title: string, max = 60): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  return base.slice(0, max).replace(/-[^-]*$/, '') || base.slice(0, max);
}

const squash = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The choice an author meant: by id or label, ignoring case, spaces and hyphens ("Uji Coba" → "uji-coba"). */
export function matchChoice(list: readonly Choice[], input: string): string | undefined {
  const key = squash(input);
  if (!key) return undefined;
  const exact = list.find((c) => squash(c.id) === key || squash(c.label) === key);
  if (exact) return exact.id;
  const partial = list.filter((c) => squash(c.label).includes(key) || key.includes(squash(c.label)));
  return partial.length === 1 ? partial[0]!.id : undefined;
}

export interface OpdName {
  id: string;
  name: string;
  abbreviation?: string | undefined;
  aliases: string[];
}

/** OPD id from any of its names: id, abbreviation, full name or alias. */
export function matchOpd(opds: readonly OpdName[], input: string): string | undefined {
  const key = squash(input);
  if (!key) return undefined;
  return opds.find((o) => [o.id, o.name, o.abbreviation ?? '', ...o.aliases].some((n) => n && squash(n) === key))?.id;
}

export interface NewEntry {
  frontmatter: Record<string, unknown>;
  latarBelakang?: string | undefined;
  solusi?: string | undefined;
  /** Optional "## Tujuan" section (the form's Tujuan column). */
  tujuan?: string | undefined;
  manfaat?: string | undefined;
}

const OPTIONAL_FIELDS = `# Kolom pilihan — hapus tanda # di depan baris untuk memakainya. Arti setiap kolom: CONTRIBUTING.md.
# aka: [Nama lain, Singkatan]
# collaborators: [id-opd-lain]
# partners: [Mitra di luar pemerintah]
# lan5d: deliver
# inisiator: asn
# started: 2020
# trial: 2020-06
# howToUse:
#   where: [Alamat tempat layanan]
#   online: https://alamat-layanan.go.id
#   hours: Senin–Jumat 08.00–15.00
#   cost: Gratis
#   requirements: [KTP asli]
#   steps: [Langkah pertama, Langkah kedua]
#   complaint: Saluran pengaduan
#   sources: [id-sumber]
# metrics:
#   - type: output
#     name: Apa yang dihitung
#     unit: satuan
#     values:
#       - value: 0
#         date: 2020-12-31
#         source: id-sumber
# tags: [kata kunci, yang dicari warga]
# titleEn: Nama dalam bahasa Inggris (terjemahan yang sudah diperiksa)
# summaryEn: Ringkasan dalam bahasa Inggris
`;

/** What a new entry starts from: the required fields, known dates and its first source. */
export interface NewEntryFields {
  title: string;
  summary: string;
  opd: string | undefined;
  tahapan: string | undefined;
  jenis: string | undefined;
  bentuk: string | undefined;
  urusan: string | undefined;
  inisiator?: string | undefined;
  inisiatorName?: string | undefined;
  started?: string | undefined;
  trial?: string | undefined;
  launched?: string | undefined;
  status?: string | undefined;
  lastVerified?: string | undefined;
  sources: NewSource[];
}

export interface NewSource {
  kind?: 'dokumen' | undefined;
  id: string;
  title: string | undefined;
  url?: string | undefined;
  file?: string | undefined;
  sha256?: string | undefined;
  number?: string | undefined;
  publisher: string | undefined;
  date: string | undefined;
  eventDate?: string | undefined;
  dateNote?: string | undefined;
}

/**
 * Frontmatter of a new entry, the same for `npm run new` and the CSV import: fields in
 * schema order, unknown dates left out, status "tidak-diketahui" unless given, its sources.
 */
export function newFrontmatter(f: NewEntryFields): Record<string, unknown> {
  return {
    title: f.title,
    summary: f.summary,
    opd: f.opd,
    tahapan: f.tahapan,
    jenis: f.jenis,
    bentuk: f.bentuk,
    urusan: f.urusan,
    ...(f.inisiator ? { inisiator: f.inisiator } : {}),
    ...(f.inisiatorName ? { inisiatorName: f.inisiatorName } : {}),
    ...(f.started ? { started: f.started } : {}),
    ...(f.trial ? { trial: f.trial } : {}),
    ...(f.launched ? { launched: f.launched } : {}),
    status: f.status ?? 'tidak-diketahui',
    ...(f.lastVerified ? { lastVerified: f.lastVerified } : {}),
    confidence: 'satu-sumber',
    sources: f.sources.map(({ eventDate, dateNote, ...source }) =>
      Object.fromEntries(Object.entries({ ...source, ...(eventDate ? { eventDate } : {}), ...(dateNote ? { dateNote } : {}) }).filter(([, v]) => v !== undefined)),
    ),
  };
}

/**
 * Source id from its publisher and date: ("Tempo", "2020-11-03") → "tempo-2020-11-03";
 * an unknown publication date uses the event date, else the publisher alone.
 */
export function sourceId(publisher: string | undefined, date: string | undefined): string {
  const who = slugify(publisher ?? '', 30) || 'sumber';
  const when = date && date !== 'tidak-diketahui' ? slugify(date) : '';
  return when ? `${who}-${when}` : who;
}

/** File extension of a new entry: `.md` unless its body uses a listed component. */
export const NEW_ENTRY_EXT = '.md';

function section(title: string, text: string | undefined, hint: string): string {
  return `## ${title}\n\n${text?.trim() || `<!-- ${hint} -->`}\n`;
}

/** Fields the writer fills with dates; written plain (2020-10-02) as authors write them. */
const DATE_KEYS = new Set(['started', 'trial', 'launched', 'lastVerified', 'date', 'eventDate']);

/**
 * Frontmatter as YAML. A text value that looks like a date (a title "2020-10-02" from a
 * spreadsheet) is quoted: Astro's loader would read it unquoted as a date, not as text.
 */
export function frontmatterYaml(frontmatter: Record<string, unknown>): string {
  const doc = new Document(frontmatter);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && !DATE_KEYS.has(key) && /^\d{4}-\d\d?-\d\d?(?:[Tt \t]|$)/.test(pair.value.value)) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/**
 * The full `.md` text of a new entry. An empty section keeps an HTML comment telling the author
 * what to write — and validation refuses it until the author has written it.
 */
export function entryText(entry: NewEntry): string {
  const yaml = frontmatterYaml(entry.frontmatter);
  return [
    '---',
    yaml,
    OPTIONAL_FIELDS.trimEnd(),
    '---',
    '',
    section('Latar belakang', entry.latarBelakang, SECTION_HINTS['Latar belakang']),
    section('Solusi', entry.solusi, SECTION_HINTS.Solusi),
    ...(entry.tujuan?.trim() ? [section('Tujuan', entry.tujuan, '')] : []),
    section('Manfaat', entry.manfaat, SECTION_HINTS.Manfaat),
  ].join('\n');
}
