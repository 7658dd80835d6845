/**
 * The languages of the site and their string tables. Indonesian (`id`) is the default and
 * the source of truth, served at the site root; English (`en`) is served under /en/.
 * Every table has the same keys as the Indonesian one (checked by the type `Ui`).
 */
import { ui as idUi, type Ui as IdUi } from './id.ts';
import { ui as enUi } from './en.ts';
import * as idData from './id-data.ts';
import * as enData from './en-data.ts';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

/** The shape of a string table: the Indonesian table with its literal strings widened. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

export type Ui = Widen<IdUi>;

const tables: Record<Lang, Ui> = { id: idUi, en: enUi };

/** The string table of a language. */
export function getUi(lang: Lang): Ui {
  return tables[lang];
}

/** Narrows a locale string (Astro.currentLocale, a route param) to a site language. */
export function toLang(value: string | undefined | null): Lang {
  return value === 'en' ? 'en' : 'id';
}

/** Intl locale of a language: dates and numbers in id-ID or en-GB. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** Route param of a language in src/pages/[...lang]/: none for Indonesian, "en" for English. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** getStaticPaths of a page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** Language of the page being rendered (route param first, then Astro's i18n locale). */
export function langOf(astro: { params: Record<string, string | undefined>; currentLocale?: string | undefined }): Lang {
  return toLang(astro.params.lang ?? astro.currentLocale);
}

/** Field-dictionary texts of the /data/ page in a language (the keys follow the export). */
export function getDataTexts(lang: Lang) {
  const d = lang === 'en' ? enData : idData;
  return {
    csvColumnSources: d.csvColumnSources as Record<string, string>,
    innovationExtraDescriptions: d.innovationExtraDescriptions as Record<string, string>,
    metaFieldDescriptions: d.metaFieldDescriptions as Record<string, string>,
    opdExtraDescriptions: d.opdExtraDescriptions as Record<string, string>,
  };
}
