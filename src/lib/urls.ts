/**
 * Every internal link goes through here so the site works under a sub-path (BASE_PATH) and in
 * both languages: Indonesian at the root, English under /en/ with the same path after it.
 */

export type SiteLang = 'id' | 'en';

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
export function pathsFor(lang: SiteLang) {
  const at = (path: string) => withBase(`${langPrefix(lang)}${path}`);
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
    innovation: (id: string) => at(`inovasi/${id}/`),
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
