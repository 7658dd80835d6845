/** /statistik/<id>.csv — one statistic's table as CSV (UTF-8, comma-separated, header row). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getStats } from '../../data/stats.ts';
import { tableCsvRows } from '../../lib/stat-tables.ts';

export const getStaticPaths = (async () => {
  const { tables } = await getStats();
  return tables.map((table) => ({ params: { chart: table.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = (await getStats()).tables.find((x) => x.id === params.chart)!;
  return new Response(stringify(tableCsvRows(table)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
