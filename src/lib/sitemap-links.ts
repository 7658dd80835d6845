/**
 * hreflang alternates for sitemap entries, in one pass per URL. A page's twin follows from
 * its URL (the glossary under another name, see alternatePath), but not every page has one:
 * an entry without English text has no English page (hasEnglishPage), so a twin is listed
 * only when it is itself a page of the sitemap. @astrojs/sitemap's own i18n option compares
 * every URL with every other one (30 s at 60,000 pages) and misses the glossary pair.
 */
import { alternatePath, type SiteLang } from './urls.ts';

/** Sitemap language codes per edition (the same regions as the page formats: id-ID, en-GB). */
export const SITEMAP_LOCALES: Record<SiteLang, string> = { id: 'id-ID', en: 'en-GB' };

export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * The page at `url` in each edition it exists in (`exists`: is this absolute URL a page of the
 * sitemap), as absolute URLs; none when the page has no twin (a lone self-link says nothing).
 * ("https://x/etalase/en/opd/a/", "/etalase/") → id and en links.
 */
export function sitemapAlternates(url: string, basePath: string, exists: (href: string) => boolean = () => true): SitemapLink[] {
  const { pathname } = new URL(url);
  const links = (Object.keys(SITEMAP_LOCALES) as SiteLang[])
    .map((lang) => ({ url: new URL(alternatePath(pathname, lang, basePath), url).href, lang: SITEMAP_LOCALES[lang] }))
    .filter((l) => l.url === url || exists(l.url));
  return links.length > 1 ? links : [];
}

/**
 * Not-found pages stay out of the sitemap (the root 404.html is left out by the integration itself),
 * and so do the printable data requests to an office (/opd/<id>/permintaan-data/, noindex): letters, not pages to find.
 */
export function isSitemapPage(url: string): boolean {
  const path = new URL(url).pathname;
  return !/\/404\/?$/.test(path) && !/\/opd\/[^/]+\/permintaan-data\/?$/.test(path);
}

/**
 * filter and serialize options for @astrojs/sitemap: `filter` keeps the pages (isSitemapPage)
 * and remembers them — the integration filters every URL before it serializes the first one
 * (@astrojs/sitemap 3.7) — so `serialize` lists only alternates that are pages too.
 */
export function sitemapOptions(basePath: string) {
  const pages = new Set<string>();
  return {
    filter: (url: string) => {
      const keep = isSitemapPage(url);
      if (keep) pages.add(url);
      return keep;
    },
    serialize: <T extends { url: string }>(item: T) => ({ ...item, links: sitemapAlternates(item.url, basePath, (href) => pages.has(href)) }),
  };
}
