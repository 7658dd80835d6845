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

/** English fields the entry does not have yet. */
export function missingEnglish(item: Translatable): EnglishField[] {
  const fields: EnglishField[] = [];
  if (!item.titleEn) fields.push('titleEn');
  if (!item.summaryEn) fields.push('summaryEn');
  if (!item.storyEn) fields.push('storyEn');
  return fields;
}
