/** /opd/<id>/rss.xml — innovations an OPD runs or joins; one feed per OPD in the registry. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getListViews } from '../../../data/catalog.ts';
import { BUILD_DATE } from '../../../data/build-info.ts';
import { opdShortName, type OpdWithCount } from '../../../lib/catalog.ts';
import { loadSite } from '../../../lib/site.ts';
import { paths } from '../../../lib/urls.ts';
import { absolute, dataPaths, publicUrls } from '../../../lib/public-urls.ts';
import { FEED_XMLNS, channelData, feedItems } from '../../../lib/feed.ts';
import { feedUi } from '../../../i18n/id-data.ts';

export const getStaticPaths = (async () => {
  const { opds } = await getCatalog();
  return opds.map((opd) => ({ params: { id: opd.id }, props: { opd } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { opd } = props as { opd: OpdWithCount };
  const s = loadSite();
  const views = await getListViews();
  const owned = views.byOpd.get(opd.id) ?? [];
  const joined = views.joinedBy.get(opd.id) ?? [];
  return rss({
    title: feedUi.opdTitle(opdShortName(opd), s.name),
    description: feedUi.opdDescription(opd.name),
    site: absolute(paths.opd(opd.id), site),
    items: feedItems([...owned, ...joined], publicUrls(site).innovation),
    xmlns: FEED_XMLNS,
    customData: channelData(absolute(dataPaths.opdFeed(opd.id), site), BUILD_DATE),
  });
};
