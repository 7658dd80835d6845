/**
 * Search facets, pure: the filter values and metadata Pagefind stores per page, their
 * Indonesian labels, the URL form of a search (/cari/?q=ktp&opd=disdukcapil&tahun=2020),
 * and the extra terms that make an innovation findable by every name of its OPD and by
 * root words Pagefind's light Indonesian stemmer does not connect ("rencana" → "perencanaan").
 * No Astro, no DOM: pages call it at build time, /cari/ imports the URL helpers in the browser.
 */
import { NEEDS, needKeysOf } from './needs.ts';
import type { InnovationData } from '../schema/innovation.ts';
import type { OpdData } from '../schema/opd.ts';
import { BENTUK, JENIS, PAGE_KINDS, STATUS, TAHAPAN, URUSAN, type Choice } from '../schema/enums.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Lang } from '../i18n/index.ts';

/** Filter names, in the order the filter pane and the URL use. `halaman` separates innovations from OPD pages. */
export const FILTER_KEYS = ['opd', 'tahun', 'tahapan', 'jenis', 'bentuk', 'urusan', 'status', 'keperluan', 'halaman'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Selected values per filter (ids, as in the URL). */
export type FilterSelection = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  q: string;
  filters: FilterSelection;
}

export { PAGE_KINDS };

const VOCABULARIES = { tahapan: TAHAPAN, jenis: JENIS, bentuk: BENTUK, urusan: URUSAN, status: STATUS, halaman: PAGE_KINDS } as const;

type OpdNames = Pick<OpdData, 'name' | 'abbreviation' | 'aliases'>;
type FacetSource = Pick<InnovationData, 'opd' | 'tahapan' | 'jenis' | 'bentuk' | 'urusan' | 'status'> & { year?: number; tags?: readonly string[] };

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** The filter values of one innovation page (ids; `tahun` is the listing year, absent when unknown). */
export function innovationFilters(item: FacetSource): Record<FilterKey, string[]> {
  return {
    opd: [item.opd],
    tahun: item.year === undefined ? [] : [String(item.year)],
    tahapan: [item.tahapan],
    jenis: [item.jenis],
    bentuk: [item.bentuk],
    urusan: [item.urusan],
    status: [item.status],
    // The needs of the home page's tiles (src/lib/needs.ts): a tile opens this filter and counts its pages.
    keperluan: needKeysOf(item),
    halaman: ['inovasi'],
  };
}

/** Label of an OPD as a filter value: full name, abbreviation in brackets. */
export function opdLabel(opd: Pick<OpdData, 'name' | 'abbreviation'>): string {
  return opd.abbreviation && opd.abbreviation !== opd.name ? `${opd.name} (${opd.abbreviation})` : opd.name;
}

export interface FacetValue {
  id: string;
  label: string;
}
/** Every labelled value per filter, in display order. */
export type FacetLabels = Record<FilterKey, FacetValue[]>;

const collator = new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true });

/**
 * Labels of every value a filter can take: all OPDs of the registry (so a shared link
 * to an OPD without innovations still reads well) sorted by label, the years in use
 * newest first, the fixed vocabularies in their own order.
 */
export function facetLabels(
  innovations: { year?: number }[],
  opds: (Pick<OpdData, 'name' | 'abbreviation'> & { id: string })[],
  lang: Lang = 'id',
  /** Labels of the needs (i18n home.needLabels); the key itself where missing. */
  needLabels: Readonly<Record<string, string>> = {},
): FacetLabels {
  const years = [...new Set(innovations.map((i) => i.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
  const fromChoices = (list: readonly Choice[]) => list.map((c) => ({ id: c.id, label: labelIn(list, c.id, lang) }));
  return {
    opd: opds.map((o) => ({ id: o.id, label: opdLabel(o) })).sort((a, b) => collator.compare(a.label, b.label)),
    tahun: years.map((y) => ({ id: String(y), label: String(y) })),
    tahapan: fromChoices(VOCABULARIES.tahapan),
    jenis: fromChoices(VOCABULARIES.jenis),
    bentuk: fromChoices(VOCABULARIES.bentuk),
    urusan: fromChoices(VOCABULARIES.urusan),
    status: fromChoices(VOCABULARIES.status),
    keperluan: NEEDS.map((n) => ({ id: n.key, label: needLabels[n.key] ?? n.key })),
    halaman: fromChoices(VOCABULARIES.halaman),
  };
}

/** Label of a filter value; the raw value when it is not known. */
export function valueLabel(labels: FacetLabels, key: FilterKey, id: string): string {
  return labels[key].find((v) => v.id === id)?.label ?? id;
}

/** Labels of the vocabulary filters, for build-time use (entry pages). */
export function vocabularyLabel(key: keyof typeof VOCABULARIES, id: string, lang: Lang = 'id'): string {
  return labelIn(VOCABULARIES[key], id, lang);
}

/** Result-card metadata of an innovation page (Pagefind `data-pagefind-meta`). */
export function innovationMeta(
  item: FacetSource & { title: string; summary: string; owner: Pick<OpdData, 'name' | 'abbreviation'> },
  image?: { src: string; alt: string },
  lang: Lang = 'id',
): Record<string, string> {
  const meta: Record<string, string> = {
    title: item.title,
    kind: 'inovasi',
    opd: item.owner.abbreviation ?? item.owner.name,
    opd_name: item.owner.name,
    tahapan: vocabularyLabel('tahapan', item.tahapan, lang),
    status: vocabularyLabel('status', item.status, lang),
    summary: item.summary,
  };
  if (item.year !== undefined) meta.tahun = String(item.year);
  if (image) {
    meta.image = image.src;
    meta.image_alt = image.alt;
  }
  return meta;
}

/** Result-card metadata of an OPD page. */
export function opdMeta(opd: Pick<OpdData, 'name' | 'abbreviation'>, innovationCount: number): Record<string, string> {
  const meta: Record<string, string> = { title: opd.name, kind: 'opd', count: String(innovationCount) };
  if (opd.abbreviation && opd.abbreviation !== opd.name) meta.opd = opd.abbreviation;
  return meta;
}

// ---------------------------------------------------------------------------------------
// URL state

/** Reads /cari/ query parameters: `q` and any known filter, repeatable (`opd=a&opd=b`). Unknown keys are ignored. */
export function parseSearchParams(input: URLSearchParams | string): SearchState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const filters: FilterSelection = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string of a search state ("" when empty), keys in FILTER_KEYS order. */
export function searchQuery(state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  const q = state.q?.trim();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of state.filters?.[key] ?? []) if (value) params.append(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Drops empty filters, so `{ opd: [] }` and `{}` compare equal. */
export function cleanFilters(filters: Record<string, string[] | undefined>): FilterSelection {
  const out: FilterSelection = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key]?.filter(Boolean);
    if (values && values.length > 0) out[key] = [...values];
  }
  return out;
}

/** Link to the search page with the given state; `searchPage` is the base-aware path of /cari/. */
export function searchHref(searchPage: string, state: Partial<SearchState>): string {
  return `${searchPage}${searchQuery(state)}`;
}

// ---------------------------------------------------------------------------------------
// Extra search terms

/** Every name of an OPD: full name, abbreviation, aliases (first spelling kept, case-insensitive duplicates dropped). */
export function opdNames(opd: OpdNames): string[] {
  return dedupe([opd.name, opd.abbreviation, ...opd.aliases]);
}

/** Names of an OPD other than its name and abbreviation, for a "juga disebut …" line. */
export function opdOtherNames(opd: OpdNames): string[] {
  const main = new Set([opd.name, opd.abbreviation].filter(Boolean).map((n) => n!.toLowerCase()));
  return dedupe(opd.aliases).filter((a) => !main.has(a.toLowerCase()));
}

/**
 * Derived words that Pagefind's Indonesian stemmer does not bring back to the root people type,
 * each with the terms to add. Measured in Chromium on Pagefind 1.6: searching the term on the
 * right did not find a page containing only the word on the left. Extend it when a search for
 * a common word misses pages; entry-specific words belong in the entry's `tags` or `aka`.
 */
export const ROOT_TERMS: Readonly<Record<string, readonly string[]>> = {
  perencanaan: ['rencana'],
  kependudukan: ['penduduk'],
  ketenagakerjaan: ['tenaga kerja', 'kerja'],
  perumahan: ['rumah'],
  permukiman: ['pemukiman'],
  pemukiman: ['permukiman'],
  penanaman: ['tanam'],
  pengelolaan: ['kelola'],
  pariwisata: ['wisata'],
  kepemudaan: ['pemuda'],
  olahraga: ['olah raga'],
  pemakaman: ['makam'],
  penelitian: ['teliti'],
  pengiriman: ['kirim'],
  mengirim: ['kirim'],
  perekaman: ['rekam'],
  penerbitan: ['terbit'],
  pemeriksaan: ['periksa'],
  pemanfaatan: ['manfaat'],
  pengumpulan: ['kumpul'],
  penimbangan: ['timbang'],
  penukaran: ['tukar'],
  menabung: ['tabung'],
  menunggu: ['tunggu'],
  antrean: ['antri', 'antrian'],
  antrian: ['antre', 'antrean'],
  pemutakhiran: ['mutakhir'],
  pengecekan: ['cek'],
  penilaian: ['nilai'],
  perawatan: ['rawat'],
  pemeliharaan: ['pelihara'],
  penegakan: ['tegak'],
  penerimaan: ['terima'],
  penagihan: ['tagih'],
};

/** A word as Pagefind indexes it: letters and digits, hyphenated parts kept together. */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** A lower-case letter followed by an upper-case one: where a camel-case word splits. */
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * Lower-case words of a text (letters and digits), as Pagefind indexes them: hyphenated words
 * whole and in parts, and camel-case words whole and in parts ("SerpongUpdate" is also
 * "serpong" and "update"). Plain words (most of them) skip the splitting.
 */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.match(WORD) ?? []) {
    if (!w.includes('-') && !CAMEL.test(w)) {
      out.push(w.toLowerCase());
      continue;
    }
    const pieces = w.split('-').flatMap((p) => (CAMEL.test(p) ? p.split(CAMEL_SPLIT) : [p]));
    out.push(w.toLowerCase());
    if (pieces.length > 1) for (const x of pieces) out.push(x.toLowerCase());
  }
  return out;
}

/**
 * Root terms to index next to the texts: for every word of ROOT_TERMS (or `roots`) found in
 * the texts, its roots, unless the texts already contain them. Sorted, unique.
 */
export function rootTerms(texts: readonly (string | undefined)[], roots: Readonly<Record<string, readonly string[]>> = ROOT_TERMS): string[] {
  return rootTermsOf(new Set(texts.flatMap((t) => (t ? words(t) : []))), roots);
}

/** A term table as a Map, once per table: a text's word ("constructor") is never read as an Object property. */
const tableMaps = new WeakMap<object, ReadonlyMap<string, readonly string[]>>();
function tableMap(roots: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, readonly string[]> {
  let map = tableMaps.get(roots);
  if (!map) tableMaps.set(roots, (map = new Map(Object.entries(roots))));
  return map;
}

/** rootTerms over the words already split from the texts (an entry's words are split once, not per word list). */
function rootTermsOf(present: ReadonlySet<string>, roots: Readonly<Record<string, readonly string[]>>): string[] {
  const table = tableMap(roots);
  const out = new Set<string>();
  // Walk the smaller side: the table's words (a few dozen) or the text's words.
  const found = table.size < present.size ? [...table.keys()].filter((w) => present.has(w)) : [...present].filter((w) => table.has(w));
  for (const word of found) {
    for (const root of table.get(word)!) {
      if (!memoWords(root).every((w) => present.has(w))) out.add(root);
    }
  }
  return [...out].sort(collator.compare);
}

/** words() of the few strings asked again and again (roots, OPD names): split once per build. */
const wordsOf = new Map<string, string[]>();
function memoWords(text: string): string[] {
  let ws = wordsOf.get(text);
  if (!ws) wordsOf.set(text, (ws = words(text)));
  return ws;
}

/**
 * Residents' words for what an entry's own text says in official words, in both languages the
 * site is searched in: a word found in the entry's texts (left) adds the terms on the right.
 * Keys are single lower-case words as `words()` splits them. These are search aids only: they
 * are indexed in a hidden attribute, never shown as facts about the entry. Extend it when a
 * realistic query (tests/e2e/search-queries.test.ts) misses the entries it should find.
 */
export const RESIDENT_TERMS: Readonly<Record<string, readonly string[]>> = {
  perizinan: ['izin', 'permit', 'licence', 'license', 'licensing'],
  izin: ['permit', 'licence', 'license', 'licensing'],
  sampah: ['waste', 'rubbish', 'garbage', 'trash'],
  persampahan: ['sampah', 'waste', 'rubbish', 'garbage', 'trash'],
  perpustakaan: ['pustaka', 'library'],
  kesehatan: ['sehat', 'health'],
  puskesmas: ['health centre', 'health center'],
  pajak: ['tax'],
  pbb: ['property tax'],
  bphtb: ['property tax'],
  akta: ['certificate'],
  kelahiran: ['lahir', 'birth'],
  kematian: ['mati', 'death'],
  darurat: ['emergency'],
  pengaduan: ['aduan', 'adu', 'complaint', 'report'],
  pelaporan: ['lapor', 'complaint', 'report'],
  harga: ['price', 'prices'],
  pasar: ['market'],
  jalan: ['road', 'roads'],
  wisata: ['tourism', 'tourist'],
  pariwisata: ['tourism', 'tourist'],
  pengangguran: ['unemployment', 'job', 'jobs'],
  lowongan: ['job', 'jobs', 'vacancy'],
  bangunan: ['building'],
  anak: ['child', 'children'],
  ibu: ['mother'],
  pangan: ['food'],
  belajar: ['learning', 'education'],
  pendidikan: ['didik', 'education', 'school'],
  sekolah: ['school'],
  surat: ['letter', 'mail'],
  kependudukan: ['civil registration', 'population'],
  identitas: ['identity', 'id card'],
};

/**
 * Terms per urusan (government affair) of an entry: what residents type for the service area
 * rather than its legal name. Licensing and investment ("penanaman modal") is where business
 * permits are issued, so it carries "izin usaha", "NIB" and their English names.
 */
export const URUSAN_TERMS: Readonly<Partial<Record<string, readonly string[]>>> = {
  'penanaman-modal': ['izin usaha', 'perizinan berusaha', 'usaha', 'NIB', 'nomor induk berusaha', 'business licence', 'business license', 'business permit', 'investment'],
  'lingkungan-hidup': ['environment'],
  'administrasi-kependudukan': ['civil registration', 'population documents', 'adminduk'],
  kesehatan: ['health'],
  perpustakaan: ['library'],
  pariwisata: ['tourism'],
  keuangan: ['tax', 'pajak'],
  'tenaga-kerja': ['job', 'jobs', 'employment'],
  pendidikan: ['education'],
  perdagangan: ['trade', 'market'],
};

/**
 * OPDs an entry names in its own texts: an OPD counts when one of its names occurs as whole
 * words ("Disdukcapil", "Kecamatan Serpong Utara"). Matching is case-insensitive.
 */
export function mentionedOpds<T extends OpdNames>(texts: readonly (string | undefined)[], opds: readonly T[]): T[] {
  return mentionedIn(texts.flatMap((t) => (t ? words(t) : [])), opds);
}

function mentionedIn<T extends OpdNames>(textWords: readonly string[], opds: readonly T[]): T[] {
  // A name is looked for in the joined text only when each of its words occurs at all (rarely).
  const present = new Set(textWords);
  let text: string | undefined;
  const has = (name: { words: readonly string[]; needle: string }) => {
    if (!name.words.every((w) => present.has(w))) return false;
    if (name.words.length === 1) return true;
    text ??= ` ${textWords.join(' ')} `;
    return text.includes(name.needle);
  };
  return opds.filter((opd) => nameWords(opd).some(has));
}

/** Each name of an OPD as words and as the text searched for (" dinas sosial "), once per OPD record. */
const nameWordsOf = new WeakMap<OpdNames, { words: readonly string[]; needle: string }[]>();
function nameWords(opd: OpdNames): { words: readonly string[]; needle: string }[] {
  let names = nameWordsOf.get(opd);
  if (!names) {
    names = opdNames(opd)
      .map((name) => memoWords(name))
      .filter((ws) => ws.length > 0)
      .map((ws) => ({ words: ws, needle: ` ${ws.join(' ')} ` }));
    nameWordsOf.set(opd, names);
  }
  return names;
}

/**
 * The hidden search terms of an innovation page: every name of its owner, of each collaborating
 * OPD, and of every OPD (`opds`) its texts name — so each name of an OPD finds the same entries —
 * plus the root words the stemmer misses and residents' words (RESIDENT_TERMS, URUSAN_TERMS).
 */
export function innovationSearchTerms(item: {
  title: string;
  aka?: readonly string[];
  summary: string;
  tags?: readonly string[];
  urusan: string;
  bentuk: string;
  owner: OpdNames;
  collaboratorOpds?: readonly OpdNames[];
  partners?: readonly string[];
  body?: string;
}, opds: readonly OpdNames[] = []): string[] {
  // Every text of the entry (sources, metrics, how to use… — what its page shows), not the resolved OPD records.
  // English text is left out: the Indonesian page does not show it, so a word found only there
  // ("waste" in summaryEn) must still be added as a hidden term for the Indonesian index.
  const { owner: _owner, collaboratorOpds: _collaborators, titleEn: _t, summaryEn: _s, storyEn: _st, ...own } = item as typeof item & { titleEn?: string; summaryEn?: string; storyEn?: string };
  const textWords = textsOf(own).flatMap(words);
  const agencies = [item.owner, ...(item.collaboratorOpds ?? []), ...mentionedIn(textWords, opds)];
  const names = dedupe(agencies.flatMap(opdNames));
  const labelled = new Set([...textWords, ...[vocabularyLabel('urusan', item.urusan), vocabularyLabel('bentuk', item.bentuk), ...names].flatMap(memoWords)]);
  return dedupe([
    ...names,
    ...rootTermsOf(labelled, ROOT_TERMS),
    ...rootTermsOf(labelled, RESIDENT_TERMS),
    ...(URUSAN_TERMS[item.urusan] ?? []),
  ]);
}

/** Fields that hold ids or addresses, not text a page shows. */
const NOT_TEXT = new Set(['id', 'opd', 'collaborators', 'source', 'sources', 'statusSource', 'url', 'src']);

/** Every string inside a value (objects and arrays walked), except ids and web addresses. */
function textsOf(value: unknown, key = ''): string[] {
  if (NOT_TEXT.has(key) && (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')))) return [];
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textsOf(v, k));
  return [];
}

/** The hidden search terms of an OPD page: stemmer gaps of its names. */
export function opdSearchTerms(opd: OpdNames): string[] {
  return rootTerms(opdNames(opd));
}

function dedupe(list: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list) {
    const key = item?.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(item!.trim());
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Indexing

/**
 * A page's HTML with the word boundaries Pagefind needs. Pagefind 1.6 joins the text of
 * adjacent dt/dd (and inline) elements without a space, and compressHTML removes the
 * whitespace between tags, so "<dt>Tahapan</dt><dd>Penerapan</dd>" would be indexed as
 * one word "tahapanpenerapan". A space before every dt, dd, li, td, th and br that has no
 * whitespace before it restores the boundaries (so a second pass changes nothing); browsers
 * do not render whitespace there (between blocks, table cells, flex items, or before a line
 * break). Script and style contents are left untouched, so
 * their CSP hashes stay valid. A source's notes (`.source-note`: what it supports, why its
 * date is unknown) are marked data-pagefind-ignore: they are about the source, not the
 * service, and leaked into result excerpts ("2019.mendukung: Konteks nasional — …").
 * The search index step (src/search-index.ts) applies it to every indexed page in dist/
 * before Pagefind reads the folder.
 */
export function indexableHtml(html: string): string {
  return html
    .split(/(<(?:script|style)\b[\s\S]*?<\/(?:script|style)>)/i)
    .map((part, n) =>
      n % 2 === 1
        ? part
        : part
            .replace(/(?<!\s)<(dt|dd|li|td|th|br)(?=[\s>/])/gi, ' <$1')
            .replace(/<([a-z][a-z0-9]*)(\s[^>]*?\bclass="(?:[^"]*\s)?source-note(?:\s[^"]*)?")(?![^>]*data-pagefind-ignore)/gi, '<$1$2 data-pagefind-ignore'),
    )
    .join('');
}

// ---------------------------------------------------------------------------------------
// Words the search knows, for /cari/

/**
 * Every name of every OPD: /cari/ and the header box search a query that is one of them as an
 * exact phrase (search-text.ts searchTerm), so a full name finds what the abbreviation finds —
 * not every page that has "dinas" and "sosial" apart, nor "Setu" as the start of "setuju".
 */
export function opdPhrases(opds: readonly OpdNames[]): string[] {
  return dedupe(opds.flatMap(opdNames));
}

/**
 * The terms a search without results can suggest instead ("capil" → "Dukcapil"): every name of
 * every OPD, the entries' other names and tags, the urusan labels, and the root and residents'
 * words of the term tables. Built at build time; the browser offers only those that find something.
 */
export function searchVocabulary(
  innovations: readonly { aka?: readonly string[]; tags?: readonly string[] }[],
  opds: readonly OpdNames[],
  lang: Lang = 'id',
): string[] {
  const tables = [ROOT_TERMS, RESIDENT_TERMS].flatMap((t) => Object.entries(t).flatMap(([word, terms]) => [word, ...terms]));
  return dedupe([
    ...opds.flatMap(opdNames),
    ...innovations.flatMap((i) => [...(i.aka ?? []), ...(i.tags ?? [])]),
    ...URUSAN.map((u) => labelIn(URUSAN, u.id, lang)),
    ...tables,
    ...Object.values(URUSAN_TERMS).flatMap((t) => [...(t ?? [])]),
  ]);
}
