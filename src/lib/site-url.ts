/**
 * The site's origin for a build (canonical links, robots.txt, sitemap, RSS, open-data URLs):
 * SITE_URL from the environment. Without it the URLs point at the local preview — fine for
 * `npm start` and the tests, which is said in one line; a deploy build (DEPLOY_BUILD=1, set by
 * `npm run build:deploy`) refuses to run, so a published site never links to localhost.
 */
export const LOCAL_SITE = 'http://localhost:4321';

export interface SiteUrl {
  site: string;
  /** Why the build must stop (Indonesian, for the person running it). */
  error?: string;
  /** One line to print before a build. */
  notice?: string;
}

const EXAMPLE = 'SITE_URL=https://inovasi.tangerangselatankota.go.id npm run build:deploy';

export function siteUrl(env: Record<string, string | undefined>, building: boolean): SiteUrl {
  const value = env.SITE_URL?.trim();
  if (value) {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
      return { site: value, error: `SITE_URL "${value}" bukan alamat asal situs: tulis hanya skema dan nama domain, mis. https://inovasi.tangerangselatankota.go.id (sub-path ditulis di BASE_PATH, mis. BASE_PATH=/etalase/).` };
    }
    return { site: url.origin };
  }
  if (env.DEPLOY_BUILD === '1') {
    return { site: LOCAL_SITE, error: `SITE_URL belum diisi. Build untuk dipasang harus tahu alamat situsnya, karena alamat itu ditulis ke tautan kanonik, robots.txt, peta situs, RSS dan data terbuka. Jalankan mis.: ${EXAMPLE}` };
  }
  return { site: LOCAL_SITE, notice: building ? `Catatan: SITE_URL tidak diisi, jadi semua alamat di build ini menunjuk ${LOCAL_SITE} (cukup untuk npm start dan tes; untuk dipasang: ${EXAMPLE}).` : undefined };
}
