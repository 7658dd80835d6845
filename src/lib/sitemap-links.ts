/**
 * hreflang alternates for sitemap entries, in one pass per URL. Every page exists in both
 * editions (the glossary under another name, see alternatePath), so the alternates follow
 * from the URL alone; @astrojs/sitemap's own i18n option compares every URL with every
 * other one (30 s at 60,000 pages) and misses the glossary pair.
 */
import { alternatePath, type SiteLang } from './urls.ts';

/** Sitemap language codes per edition (the same regions as the page formats: id-ID, en-GB). */
export const SITEMAP_LOCALES: Record<SiteLang, string> = { id: 'id-ID', en: 'en-GB' };

export interface SitemapLink {
  url: string;
  lang: string;
}

/** The page at `url` in each edition, as absolute URLs: ("https://x/etalase/en/opd/a/", "/etalase/") → id and en links. */
export function sitemapAlternates(url: string, basePath: string): SitemapLink[] {
  const { pathname } = new URL(url);
  return (Object.keys(SITEMAP_LOCALES) as SiteLang[]).map((lang) => ({
    url: new URL(alternatePath(pathname, lang, basePath), url).href,
    lang: SITEMAP_LOCALES[lang],
  }));
}

/** Not-found pages stay out of the sitemap (the root 404.html is left out by the integration itself). */
export function isSitemapPage(url: string): boolean {
  return !/\/404\/?$/.test(new URL(url).pathname);
}
