/** /statistik/<id>.json — one statistic's table with the build date and the number of entries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadHeader, getStats } from '../../data/stats.ts';
import { tableData } from '../../lib/stat-tables.ts';

export const getStaticPaths = (async () => {
  const { tables } = await getStats();
  return tables.map((table) => ({ params: { chart: table.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bundle = await getStats();
  const table = bundle.tables.find((x) => x.id === params.chart)!;
  return new Response(JSON.stringify({ ...downloadHeader(bundle), table: tableData(table) }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
