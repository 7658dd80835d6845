/**
 * Search facets, pure: the filter values and metadata Pagefind stores per page, their
 * Indonesian labels, the URL form of a search (/cari/?q=ktp&opd=disdukcapil&tahun=2020),
 * and the extra terms that make an innovation findable by every name of its OPD and by
 * root words Pagefind's light Indonesian stemmer does not connect ("rencana" → "perencanaan").
 * No Astro, no DOM: pages call it at build time, /cari/ imports the URL helpers in the browser.
 */
import type { InnovationData } from '../schema/innovation.ts';
import type { OpdData } from '../schema/opd.ts';
import { BENTUK, JENIS, PAGE_KINDS, STATUS, TAHAPAN, URUSAN, type Choice } from '../schema/enums.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Lang } from '../i18n/index.ts';

/** Filter names, in the order the filter pane and the URL use. `halaman` separates innovations from OPD pages. */
export const FILTER_KEYS = ['opd', 'tahun', 'tahapan', 'jenis', 'bentuk', 'urusan', 'status', 'halaman'] as const;
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
type FacetSource = Pick<InnovationData, 'opd' | 'tahapan' | 'jenis' | 'bentuk' | 'urusan' | 'status'> & { year?: number };

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
export function facetLabels(innovations: { year?: number }[], opds: (Pick<OpdData, 'name' | 'abbreviation'> & { id: string })[], lang: Lang = 'id'): FacetLabels {
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

/** Lower-case words of a text (letters and digits; hyphenated words also whole). */
function words(text: string): string[] {
  const lower = text.toLowerCase();
  const parts = lower.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return parts.flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
}

/**
 * Root terms to index next to the texts: for every word of ROOT_TERMS (or `roots`) found in
 * the texts, its roots, unless the texts already contain them. Sorted, unique.
 */
export function rootTerms(texts: readonly (string | undefined)[], roots: Readonly<Record<string, readonly string[]>> = ROOT_TERMS): string[] {
  const present = new Set(texts.flatMap((t) => (t ? words(t) : [])));
  const out = new Set<string>();
  for (const word of present) {
    for (const root of roots[word] ?? []) {
      if (!words(root).every((w) => present.has(w))) out.add(root);
    }
  }
  return [...out].sort(collator.compare);
}

/**
 * The hidden search terms of an innovation page: every name of its owner OPD is already on
 * the page (visible), so only the stemmer gaps of its texts and of the OPD names are added.
 */
export function innovationSearchTerms(item: {
  title: string;
  aka?: readonly string[];
  summary: string;
  tags?: readonly string[];
  urusan: string;
  bentuk: string;
  owner: OpdNames;
  body?: string;
}): string[] {
  return rootTerms([
    item.title,
    ...(item.aka ?? []),
    item.summary,
    ...(item.tags ?? []),
    vocabularyLabel('urusan', item.urusan),
    vocabularyLabel('bentuk', item.bentuk),
    ...opdNames(item.owner),
    item.body,
  ]);
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
 * one word "tahapanpenerapan". A space before every dt, dd, li, td, th and br restores
 * the boundaries; browsers do not render whitespace there (between blocks, table cells,
 * flex items, or before a line break). Script and style contents are left untouched, so
 * their CSP hashes stay valid. The Pagefind integration applies it to every indexed page
 * in dist/ before Pagefind reads the folder.
 */
export function indexableHtml(html: string): string {
  return html
    .split(/(<(?:script|style)\b[\s\S]*?<\/(?:script|style)>)/i)
    .map((part, n) => (n % 2 === 1 ? part : part.replace(/<(dt|dd|li|td|th|br)(?=[\s>/])/gi, ' <$1')))
    .join('');
}
