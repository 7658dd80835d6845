/**
 * English text of an entry, pure. Indonesian is the source of truth; English fields are
 * optional. Where a field has no English text the Indonesian one is shown, marked as
 * Indonesian (lang="id") — never machine-translated.
 */
import type { Lang } from '../i18n/index.ts';

/** A text and the language it is written in. */
export interface Localized {
  text: string;
  lang: Lang;
}

interface Translatable {
  title: string;
  summary: string;
  titleEn?: string | undefined;
  summaryEn?: string | undefined;
  storyEn?: string | undefined;
}

/** Which English fields an entry is missing. */
export type EnglishField = 'titleEn' | 'summaryEn' | 'storyEn';

function pick(id: string, en: string | undefined, lang: Lang): Localized {
  return lang === 'en' && en ? { text: en, lang: 'en' } : { text: id, lang: 'id' };
}

/** Title in `lang`, or the Indonesian title. */
export function localTitle(item: Translatable, lang: Lang): Localized {
  return pick(item.title, item.titleEn, lang);
}

/** Summary in `lang`, or the Indonesian summary. */
export function localSummary(item: Translatable, lang: Lang): Localized {
  return pick(item.summary, item.summaryEn, lang);
}

/** Paragraphs of a plain-text story: split on blank lines, inner line breaks joined. */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * THE rule of the English edition: an entry has an English page (/en/inovasi/<id>/) only when
 * it has English text — at least `titleEn` and `summaryEn`. Without them the English edition
 * lists the entry by its Indonesian title and summary (marked lang="id", labelled
 * "(Bahasa Indonesia)") and links to its Indonesian page. Page lists, links, hreflang, the
 * language switch, sitemap alternates and search records all ask this; nothing else decides it.
 */
export function hasEnglishPage(item: Pick<Translatable, 'titleEn' | 'summaryEn'>): boolean {
  return Boolean(item.titleEn?.trim() && item.summaryEn?.trim());
}

/** The editions an entry has a page in: always Indonesian, English by hasEnglishPage. */
export function entryEditions(item: Pick<Translatable, 'titleEn' | 'summaryEn'>): Lang[] {
  return hasEnglishPage(item) ? ['id', 'en'] : ['id'];
}

/** The language of the entry page a link on a `lang` page leads to: English only when that page exists. */
export function entryPageLang(item: Pick<Translatable, 'titleEn' | 'summaryEn'>, lang: Lang): Lang {
  return lang === 'en' && !hasEnglishPage(item) ? 'id' : lang;
}

/** English fields the entry does not have yet. */
export function missingEnglish(item: Translatable): EnglishField[] {
  const fields: EnglishField[] = [];
  if (!item.titleEn) fields.push('titleEn');
  if (!item.summaryEn) fields.push('summaryEn');
  if (!item.storyEn) fields.push('storyEn');
  return fields;
}
