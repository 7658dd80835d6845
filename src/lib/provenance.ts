/**
 * Where a fact comes from, in words a resident reads: "Diberitakan Tempo, 3 November 2020",
 * "Menurut situs resmi Disdukcapil", "Menurut dokumen Dinas X (Januari 2026, hlm. 4)",
 * "Surat Kepala Dinas X No. 400/12 (15 Januari 2026)". Press pages are independent of the
 * office; an office's website, documents and letters are its own report about its work, and
 * a figure resting only on them is marked as reported by the office. Pure.
 */
import type { Lang } from '../i18n/index.ts';
import { SOURCE_KIND, type SourceKind } from '../schema/enums.ts';
import { OFFICE_KINDS, UNKNOWN_DATE, type Source } from '../schema/source.ts';
import { formatPartialDate } from './format.ts';
import { withBase } from './urls.ts';

/** The fields provenance needs (a site.yaml or OPD source has the same shape). */
export type SourceFacts = Pick<Source, 'kind' | 'publisher' | 'title' | 'date' | 'eventDate' | 'url' | 'file' | 'number' | 'signatory'>;

/** Whether a source is the office's own word (its site, document or letter) rather than an independent page. */
export function isOfficeSource(source: Pick<Source, 'kind'>): boolean {
  return OFFICE_KINDS.includes(source.kind);
}

/** Provenance groups counted on /statistik/, OPD pages and the open data. */
export type ProvenanceGroup = 'independen' | 'laporan-pemerintah';

export function provenanceGroup(source: Pick<Source, 'kind'>): ProvenanceGroup {
  return isOfficeSource(source) ? 'laporan-pemerintah' : 'independen';
}

/** Where a reader opens the source: its web address, or the published copy of its document. */
export function sourceHref(source: Pick<Source, 'url' | 'file'>, basePath?: string): string | undefined {
  if (source.file) return withBase(source.file, basePath);
  return source.url;
}

/** Short type of a document for a link ("PDF", "gambar"), from its file name. */
export function documentFormat(file: string, lang: Lang): string {
  return /\.pdf$/i.test(file) ? 'PDF' : lang === 'en' ? 'image' : 'gambar';
}

const WORDS = {
  id: {
    berita: (p: string) => `Diberitakan ${p}`,
    'situs-resmi': (p: string) => `Menurut situs resmi ${p}`,
    dokumen: (p: string) => `Menurut dokumen ${p}`,
    pernyataan: (p: string, who?: string) => `Surat ${who ? `${who} ` : ''}${p}`,
    number: 'No.',
    page: 'hlm.',
    unknownDate: 'tanggal tidak diketahui',
  },
  en: {
    berita: (p: string) => `Reported by ${p}`,
    'situs-resmi': (p: string) => `According to the official website of ${p}`,
    dokumen: (p: string) => `According to a document of ${p}`,
    pernyataan: (p: string, who?: string) => `Letter from ${who ? `the ${who}, ` : ''}${p}`,
    number: 'No.',
    page: 'p.',
    unknownDate: 'date unknown',
  },
} as const;

/** The date a reader should see: publication, else the event it reports. */
function shownDate(source: SourceFacts, locale: string): string | undefined {
  if (source.date !== UNKNOWN_DATE) return formatPartialDate(source.date, locale);
  return source.eventDate ? formatPartialDate(source.eventDate, locale) : undefined;
}

/**
 * One line of provenance: who says it, in what kind of source, when, and (for a document)
 * on which page. "Diberitakan Tempo, 3 November 2020"; "Surat Kepala Dinas Disdukcapil No. 470/88 (15 Januari 2026)".
 */
export function provenanceText(source: SourceFacts, lang: Lang, locale: string, page?: number): string {
  const w = WORDS[lang];
  const date = shownDate(source, locale);
  const kind: SourceKind = source.kind;
  if (kind === 'berita' || kind === 'situs-resmi') return `${w[kind](source.publisher)}${date ? `, ${date}` : ''}`;
  const details = [
    source.number && kind === 'dokumen' ? `${w.number} ${source.number}` : undefined,
    date ?? w.unknownDate,
    page ? `${w.page} ${page}` : undefined,
  ].filter(Boolean);
  const who = kind === 'pernyataan' ? w.pernyataan(source.publisher, source.signatory) : w.dokumen(source.publisher);
  const number = kind === 'pernyataan' && source.number ? ` ${w.number} ${source.number}` : '';
  return `${who}${number} (${details.join(', ')})`;
}

/** Counts of sources and of figures (metric values, baselines, targets) per provenance group and per kind. */
export interface ProvenanceCounts {
  sources: Record<SourceKind, number>;
  figures: Record<SourceKind, number>;
  /** Figures by group: independent pages vs the government's own report. */
  figuresByGroup: Record<ProvenanceGroup, number>;
  sourcesByGroup: Record<ProvenanceGroup, number>;
}

interface Countable {
  sources: readonly Pick<Source, 'id' | 'kind'>[];
  metrics: readonly {
    baseline?: { source: string } | undefined;
    target?: { source: string } | undefined;
    values: readonly { source: string }[];
  }[];
}

const zeroKinds = () => Object.fromEntries(SOURCE_KIND.map((k) => [k.id, 0])) as Record<SourceKind, number>;

/** Sources and figures of some entries, by the kind of source they rest on. */
export function provenanceCounts(items: readonly Countable[]): ProvenanceCounts {
  const counts: ProvenanceCounts = { sources: zeroKinds(), figures: zeroKinds(), figuresByGroup: { independen: 0, 'laporan-pemerintah': 0 }, sourcesByGroup: { independen: 0, 'laporan-pemerintah': 0 } };
  for (const item of items) {
    const kindOf = new Map(item.sources.map((s) => [s.id, s.kind]));
    for (const s of item.sources) {
      counts.sources[s.kind]++;
      counts.sourcesByGroup[provenanceGroup(s)]++;
    }
    for (const m of item.metrics) {
      for (const f of [m.baseline, m.target, ...m.values]) {
        const kind = f && kindOf.get(f.source);
        if (!kind) continue;
        counts.figures[kind]++;
        counts.figuresByGroup[provenanceGroup({ kind })]++;
      }
    }
  }
  return counts;
}
