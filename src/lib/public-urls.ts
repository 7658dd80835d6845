/**
 * Site paths of the open-data files and feeds, and absolute URLs for data files, feeds and
 * structured data. Everything goes through withBase, so BASE_PATH (e.g. /etalase/) is kept.
 */
import { paths, withBase } from './urls.ts';
import type { UrlBuilder } from './export.ts';

export const dataPaths = {
  page: () => withBase('data/'),
  innovationsJson: () => withBase('data/inovasi.json'),
  innovationsCsv: () => withBase('data/inovasi.csv'),
  opdJson: () => withBase('data/opd.json'),
  feed: () => withBase('rss.xml'),
  opdFeed: (id: string) => withBase(`opd/${id}/rss.xml`),
  /** The data request of an OPD (src/lib/lembar-isian.ts) and its printable cover letter; Indonesian only. */
  opdSheet: (id: string) => withBase(`opd/${id}/lembar-isian.csv`),
  opdRequest: (id: string) => withBase(`opd/${id}/permintaan-data/`),
  sitemap: () => withBase('sitemap-index.xml'),
  socialImage: () => withBase('social-card.png'),
};

/** Absolute URL of a site path ("/etalase/inovasi/x/") on the deploy origin. */
export function absolute(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('SITE_URL belum diatur: alamat absolut untuk data, umpan RSS dan metadata tidak bisa dibuat.');
  return new URL(path, site).href;
}

/** Absolute URLs of the public pages, for the data files, feeds and JSON-LD. */
export function publicUrls(site: URL | string | undefined): UrlBuilder {
  return {
    innovation: (id) => absolute(paths.innovation({ id }), site),
    opd: (id) => absolute(paths.opd(id), site),
    opdFeed: (id) => absolute(dataPaths.opdFeed(id), site),
  };
}
