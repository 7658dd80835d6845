/** /data/inovasi.csv — one row per innovation, columns named as in the national innovation form. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { innovationBodies } from '../../data/open-data.ts';
import { innovationCsv } from '../../lib/export.ts';
import { publicUrls } from '../../lib/public-urls.ts';
import { loadSite } from '../../lib/site.ts';
import { BUILD_DATE } from '../../data/build-info.ts';
import { staleRunningSince } from '../../lib/resident-help.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { labelOf, STATUS } from '../../schema/enums.ts';
import { residentUi } from '../../i18n/id-resident.ts';

export const GET: APIRoute = async ({ site }) => {
  const { innovations } = await getCatalog();
  const days = loadSite().staleAfterDays;
  // The status as the pages show it: an old "berjalan" says when it was last confirmed.
  const status = (i: (typeof innovations)[number]) => {
    const since = staleRunningSince(i, BUILD_DATE, days);
    return since ? residentUi.runningPerSource(formatPartialDate(since, 'id-ID')) : labelOf(STATUS, i.status);
  };
  return new Response(innovationCsv(innovations, await innovationBodies(), publicUrls(site), status), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
