/**
 * Every internal link goes through here so the site works under a sub-path (BASE_PATH) and in
 * both languages: Indonesian at the root, English under /en/ with the same path after it.
 */

import { entryPageLang } from './translation.ts';

export type SiteLang = 'id' | 'en';

/** What a link to an entry page needs: its id, and its English text (hasEnglishPage decides which edition's page exists). */
export interface EntryRef {
  id: string;
  titleEn?: string | undefined;
  summaryEn?: string | undefined;
}

function base(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/** Joins the deploy base and a site path: ("/etalase/", "inovasi/adm/") → "/etalase/inovasi/adm/". */
export function withBase(path: string, basePath: string = base()): string {
  const b = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** Path prefix of a language inside the site: "" for Indonesian, "en/" for English. */
export function langPrefix(lang: SiteLang): string {
  return lang === 'en' ? 'en/' : '';
}

/** The glossary is the one page whose path differs between the languages. */
const GLOSSARY: Record<SiteLang, string> = { id: 'glosarium/', en: 'glossary/' };

/** Links of one language edition. */
export function pathsFor(lang: SiteLang, basePath?: string) {
  const at = (path: string) => withBase(`${langPrefix(lang)}${path}`, basePath ?? base());
  return {
    home: () => at(''),
    innovations: () => at('inovasi/'),
    innovationsSorted: (sort: string) => at(`inovasi/urut/${sort}/`),
    /** Page n of a sorted innovation list ("nama" is /inovasi/ itself). */
    innovationsPage: (sort: string, page: number) => {
      const list = sort === 'nama' ? 'inovasi/' : `inovasi/urut/${sort}/`;
      return at(page <= 1 ? list : `${list}halaman/${page}/`);
    },
    /** Page n of an OPD's innovations. */
    opdPage: (id: string, page: number) => at(page <= 1 ? `opd/${id}/` : `opd/${id}/halaman/${page}/`),
    /** An entry's page in this edition; on English pages the Indonesian page when the entry has no English one. */
    innovation: (entry: EntryRef) => withBase(`${langPrefix(entryPageLang(entry, lang))}inovasi/${entry.id}/`, basePath ?? base()),
    opds: () => at('opd/'),
    opd: (id: string) => at(`opd/${id}/`),
    stats: () => at('statistik/'),
    data: () => at('data/'),
    search: () => at('cari/'),
    glossary: (term?: string) => at(`${GLOSSARY[lang]}${term ? `#${term}` : ''}`),
  };
}

export type Paths = ReturnType<typeof pathsFor>;

/** Indonesian links (the default edition). */
export const paths = pathsFor('id');

/**
 * The same page in the other language: "/etalase/inovasi/adm/" ⇄ "/etalase/en/inovasi/adm/",
 * "/glosarium/" ⇄ "/en/glossary/". `pathname` includes the base path.
 */
export function alternatePath(pathname: string, to: SiteLang, basePath: string = base()): string {
  const b = basePath.endsWith('/') ? basePath : `${basePath}/`;
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  if (rest === 'en' || rest.startsWith('en/')) rest = rest.slice(3);
  if (rest.startsWith(GLOSSARY.id) || rest.startsWith(GLOSSARY.en)) rest = GLOSSARY[to] + rest.replace(/^[^/]+\//, '');
  // Not-found pages: the root one is the special file 404.html, the English one a normal page.
  if (/^404(?:\.html|\/)?$/.test(rest)) return withBase(to === 'en' ? 'en/404/' : '404.html', b);
  return withBase(`${langPrefix(to)}${rest}`, b);
}

/** Where a page's language links lead (paths including the base path). */
export interface LanguageLinks {
  /** hreflang alternates: every edition the page exists in; none when it exists in one only. */
  alternates: { lang: SiteLang; path: string }[];
  /** The language switch: the same page in the other language, or that edition's innovation list when the page has no twin. */
  switch: { lang: SiteLang; path: string; twin: boolean };
}

/**
 * Language links of the page at `pathname` (written in `lang`), which exists in `editions`
 * (every page exists in both, except an entry without English text: see hasEnglishPage).
 * Never a link to a page that does not exist.
 */
export function languageLinks(pathname: string, lang: SiteLang, editions: readonly SiteLang[] = ['id', 'en'], basePath: string = base()): LanguageLinks {
  const other: SiteLang = lang === 'en' ? 'id' : 'en';
  const twin = editions.includes(other);
  return {
    alternates: editions.length > 1 ? editions.map((l) => ({ lang: l, path: alternatePath(pathname, l, basePath) })) : [],
    switch: { lang: other, twin, path: twin ? alternatePath(pathname, other, basePath) : pathsFor(other, basePath).innovations() },
  };
}
