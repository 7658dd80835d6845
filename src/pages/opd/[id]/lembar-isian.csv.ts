/** /opd/<id>/lembar-isian.csv — the data request of one OPD (src/lib/lembar-isian.ts), for Excel with Indonesian settings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getListViews } from '../../../data/catalog.ts';
import { BUILD_DATE } from '../../../data/build-info.ts';
import type { OpdWithCount } from '../../../lib/catalog.ts';
import { lembarCsv, lembarIsian } from '../../../lib/lembar-isian.ts';
import { loadSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { opds } = await getCatalog();
  return opds.map((opd) => ({ params: { id: opd.id }, props: { opd } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { opd } = props as { opd: OpdWithCount };
  const owned = (await getListViews()).byOpd.get(opd.id) ?? [];
  const csv = lembarCsv(lembarIsian(opd, owned, BUILD_DATE, loadSite().staleAfterDays));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
