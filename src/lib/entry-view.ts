/**
 * What an innovation page shows, computed once from the record: the page only lays it out.
 * Pure — tests feed it records built from fixtures; the page feeds it the catalogue.
 *
 * Order on the page (task first, GOV.UK style): title and summary, then "Cara memakai" —
 * the entry's own how-to-use facts, else the OPD's sourced contact from the registry, else
 * a plain sentence naming the OPD to ask — then figures, story, and governance metadata last.
 */
import type { Lang } from '../i18n/index.ts';
import type { InnovationRecord, OpdRecord } from './catalog.ts';
import type { Metric } from '../schema/metric.ts';
import type { SiteData } from '../schema/site.ts';
import { UNKNOWN_DATE, type Source } from '../schema/source.ts';
import { formatMoney, formatNumber, formatPartialDate, isMoneyUnit } from './format.ts';
import { ageInDays } from './stats.ts';
import { localSummary, localTitle, missingEnglish, paragraphs, type Localized } from './translation.ts';
import { innovationFilters, innovationMeta, opdOtherNames } from './search-facets.ts';
import { withBase } from './urls.ts';
import { isOfficeSource, provenanceText, sourceHref } from './provenance.ts';

/** A citation of an OPD registry source: shown with a direct link (it is not in the entry's list). */
export interface ContactSource {
  label: string;
  url: string;
}

/** One row of the OPD's contact: what it is, the text, and where a tap leads. */
export interface ContactRow {
  key: 'address' | 'phone' | 'email' | 'hours' | 'website' | 'social';
  text: string;
  href?: string;
}

export type EntryHelp =
  | { kind: 'howToUse'; howToUse: NonNullable<InnovationRecord['howToUse']> }
  | { kind: 'contact'; opd: OpdRecord; rows: ContactRow[]; sources: ContactSource[] }
  | { kind: 'ask'; opd: OpdRecord };

/** One value of a metric as a stacked row: stage, value (unit written once, in the caption), date, source. */
export interface MetricRowView {
  kind: 'baseline' | 'target' | 'measured';
  value: number;
  text: string;
  date?: string;
  dateText: string;
  source: string;
  note?: string;
  /** "Diberitakan Tempo, 3 November 2020" / "Menurut dokumen Dinas X (Januari 2026, hlm. 4)" (src/lib/provenance.ts). */
  provenance?: string;
  /** The figure rests only on the government's own word (its site, a document, a letter). */
  office?: boolean;
  /** The source's own words for this figure, shown on demand. */
  quote?: string;
  /** Page of the document where the figure stands. */
  page?: number;
  /** Where the evidence opens: the document itself (a page anchor for PDFs) or the web page. */
  evidenceHref?: string;
}

export interface MetricView {
  metric: Metric;
  /** The unit is said once, in the caption; money is written as "Rp…" in each value instead. */
  unitCaption?: string;
  rows: MetricRowView[];
}

export interface FeedbackLinks {
  issue?: string;
  email?: string;
}

export interface EntryViewContext {
  site: Pick<SiteData, 'staleAfterDays' | 'feedbackIssueUrl' | 'feedbackEmail' | 'name'>;
  now: Date;
  /** Absolute address of the page, written into the feedback message. */
  pageUrl: string;
}

/** Whether the entry says anything a resident can act on. */
export function hasHowToUse(h: InnovationRecord['howToUse']): h is NonNullable<InnovationRecord['howToUse']> {
  if (!h) return false;
  return h.where.length > 0 || Boolean(h.online || h.hours || h.cost || h.complaint) || h.requirements.length > 0 || h.steps.length > 0;
}

const digits = (phone: string) => phone.replace(/[^\d+]/g, '');

/** The OPD's contact rows (registry fields only; nothing added). */
export function opdContactRows(opd: OpdRecord): ContactRow[] {
  const c = opd.contact;
  const rows: ContactRow[] = [];
  if (c?.address) rows.push({ key: 'address', text: c.address });
  if (c?.phone) rows.push({ key: 'phone', text: c.phone, href: `tel:${digits(c.phone)}` });
  if (c?.email) rows.push({ key: 'email', text: c.email, href: `mailto:${c.email}` });
  if (c?.hours) rows.push({ key: 'hours', text: c.hours });
  if (opd.website) rows.push({ key: 'website', text: opd.website.replace(/^https:\/\//, '').replace(/\/$/, ''), href: opd.website });
  for (const s of c?.social ?? []) rows.push({ key: 'social', text: s.network, href: s.url });
  return rows;
}

/**
 * The OPD's contact rows and the sources the contact cites (in the OPD file). A website alone
 * cites no source of its own: the page then names the OPD registry as where it comes from.
 */
export function opdContact(opd: OpdRecord, locale: string): { rows: ContactRow[]; sources: ContactSource[] } {
  const rows = opdContactRows(opd);
  const refs = opd.contact?.sources ?? [];
  const labels = sourceLabels(opd.sources, locale);
  const sources = refs
    .map((id) => opd.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ label: labels.get(s.id) ?? s.publisher, url: sourceHref(s) ?? '' }));
  return { rows, sources };
}

/** An OPD's contact per locale, made once per OPD record: every entry without how-to-use facts shows it. */
const contactOf = new WeakMap<OpdRecord, Map<string, ReturnType<typeof opdContact>>>();
function memoContact(opd: OpdRecord, locale: string): ReturnType<typeof opdContact> {
  let byLocale = contactOf.get(opd);
  if (!byLocale) contactOf.set(opd, (byLocale = new Map()));
  let contact = byLocale.get(locale);
  if (!contact) byLocale.set(locale, (contact = opdContact(opd, locale)));
  return contact;
}

/** What to show under "Cara memakai". */
export function entryHelp(item: Pick<InnovationRecord, 'howToUse' | 'owner'>, locale: string): EntryHelp {
  if (hasHowToUse(item.howToUse)) return { kind: 'howToUse', howToUse: item.howToUse };
  const opd = item.owner;
  const contact = memoContact(opd, locale);
  return contact.rows.length === 0 ? { kind: 'ask', opd } : { kind: 'contact', opd, ...contact };
}

/**
 * Short citation of each source: the publisher; when two sources share a publisher, the
 * publisher and date; when those are equal too, the publisher and the start of the title.
 */
export function sourceLabels(sources: readonly Source[], locale: string): Map<string, string> {
  const count = (keys: readonly string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const dateOf = (s: Source) => (s.date !== UNKNOWN_DATE ? s.date : s.eventDate);
  const byPublisher = count(sources.map((s) => s.publisher));
  // "Publisher, date" only where a publisher repeats: a unique publisher is its own label.
  const withDate = sources.map((s) => (byPublisher.get(s.publisher) === 1 ? '' : `${s.publisher}, ${dateOf(s) ? formatPartialDate(dateOf(s)!, locale) : '?'}`));
  const byDate = count(withDate);
  const short = (title: string) => (title.length > 40 ? `${title.slice(0, 38).trimEnd()}…` : title);
  return new Map(
    sources.map((s, i) => {
      if (byPublisher.get(s.publisher) === 1) return [s.id, s.publisher];
      if (dateOf(s) && byDate.get(withDate[i]!) === 1) return [s.id, withDate[i]!];
      return [s.id, `${s.publisher}: “${short(s.title)}”`];
    }),
  );
}

/**
 * One metric as stacked rows; money compact ("Rp4 miliar"), other values grouped with the unit said once.
 * With the entry's sources, each row says where its figure comes from and carries its evidence.
 */
export function metricView(metric: Metric, locale: string, sources: readonly Source[] = [], lang: Lang = 'id'): MetricView {
  const money = isMoneyUnit(metric.unit);
  const show = (v: number) => (money ? formatMoney(v, locale) : formatNumber(v, locale));
  const row = (kind: MetricRowView['kind'], m: { value: number; date?: string | undefined; source: string; note?: string | undefined; quote?: string | undefined; page?: number | undefined }): MetricRowView => {
    const source = sources.find((s) => s.id === m.source);
    const href = source && sourceHref(source);
    return {
      kind,
      value: m.value,
      text: show(m.value),
      ...(m.date ? { date: m.date } : {}),
      dateText: m.date ? formatPartialDate(m.date, locale) : '—',
      source: m.source,
      ...(m.note ? { note: m.note } : {}),
      ...(source ? { provenance: provenanceText(source, lang, locale, m.page), office: isOfficeSource(source) } : {}),
      ...(m.quote ? { quote: m.quote } : {}),
      ...(m.page ? { page: m.page } : {}),
      ...(href ? { evidenceHref: m.page && source?.file && /\.pdf$/i.test(source.file) ? `${href}#page=${m.page}` : href } : {}),
    };
  };
  const rows = [
    ...(metric.baseline ? [row('baseline', metric.baseline)] : []),
    ...(metric.target ? [row('target', metric.target)] : []),
    ...metric.values.map((v) => row('measured', v)),
  ];
  // Money values carry "Rp"; the rest of the unit ("kumulatif sejak 2012") stays in the caption.
  const unitCaption = money ? metric.unit.replace(/^(rupiah|rp\.?)\s*/i, '').replace(/^\((.*)\)$/, '$1') || undefined : metric.unit;
  return { metric, ...(unitCaption ? { unitCaption } : {}), rows };
}

/** Links for "Laporkan kesalahan / beri masukan", prefilled with the entry; none when site.yaml sets neither. */
export function feedbackLinks(site: EntryViewContext['site'], subject: string, pageUrl: string): FeedbackLinks {
  const title = `Koreksi/masukan: ${subject}`;
  const body = `Halaman: ${pageUrl}\n\nApa yang salah atau kurang (sertakan sumbernya bila ada):\n`;
  const links: FeedbackLinks = {};
  if (site.feedbackIssueUrl) {
    const url = new URL(site.feedbackIssueUrl);
    url.searchParams.set('title', title);
    url.searchParams.set('body', body);
    links.issue = url.href;
  }
  if (site.feedbackEmail) {
    links.email = `mailto:${site.feedbackEmail}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  return links;
}

export interface EntryView {
  title: Localized;
  summary: Localized;
  /** lang attribute for content that stays Indonesian on an English page. */
  idText: 'id' | undefined;
  untranslated: boolean;
  storyEn: string[];
  /** English pages of untranslated entries keep their Indonesian body out of the English index. */
  indexBody: 'all' | undefined;
  /** The date row the listing year comes from (it carries the link to that year's search). */
  yearRow: 'launched' | 'trial' | 'started' | undefined;
  stale: boolean;
  hasOutcome: boolean;
  help: EntryHelp;
  metrics: MetricView[];
  sourceLabels: Map<string, string>;
  feedback: FeedbackLinks;
  /** Pagefind filters and card metadata of the page. */
  search: { filters: ReturnType<typeof innovationFilters>; meta: ReturnType<typeof innovationMeta> };
  /** Other names of the OPD, said beside its name. */
  opdAlsoCalled: string[];
}

export function entryView(item: InnovationRecord, lang: Lang, locale: string, ctx: EntryViewContext): EntryView {
  const title = localTitle(item, lang);
  const storyEn = lang === 'en' ? paragraphs(item.storyEn) : [];
  const summary = localSummary(item, lang);
  const image = item.images[0] && { src: withBase(item.images[0].src), alt: item.images[0].alt };
  return {
    title,
    summary,
    idText: lang === 'en' ? 'id' : undefined,
    untranslated: lang === 'en' && missingEnglish(item).length > 0,
    storyEn,
    indexBody: lang === 'id' || storyEn.length > 0 ? undefined : 'all',
    yearRow: item.launched ? 'launched' : item.trial ? 'trial' : item.started ? 'started' : undefined,
    stale: item.lastVerified !== undefined && ageInDays(item.lastVerified, ctx.now) > ctx.site.staleAfterDays,
    hasOutcome: item.metrics.some((m) => m.type === 'outcome'),
    help: entryHelp(item, locale),
    metrics: item.metrics.map((m) => metricView(m, locale, item.sources, lang)),
    sourceLabels: sourceLabels(item.sources, locale),
    feedback: feedbackLinks(ctx.site, item.title, ctx.pageUrl),
    search: { filters: innovationFilters(item), meta: innovationMeta({ ...item, title: title.text, summary: summary.text }, image, lang) },
    opdAlsoCalled: opdOtherNames(item.owner),
  };
}
