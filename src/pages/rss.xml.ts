/** /rss.xml — new and updated innovations, linked from every page's head. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { BUILD_DATE } from '../data/build-info.ts';
import { loadSite } from '../lib/site.ts';
import { paths } from '../lib/urls.ts';
import { absolute, dataPaths, publicUrls } from '../lib/public-urls.ts';
import { FEED_XMLNS, channelData, feedItems } from '../lib/feed.ts';
import { feedUi } from '../i18n/id-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const s = loadSite();
  const { innovations } = await getCatalog();
  return rss({
    title: feedUi.title(s.name, s.regionShort),
    description: feedUi.description(s.region),
    site: absolute(paths.home(), site),
    items: feedItems(innovations, publicUrls(site).innovation),
    xmlns: FEED_XMLNS,
    customData: channelData(absolute(dataPaths.feed(), site), BUILD_DATE),
  });
};
