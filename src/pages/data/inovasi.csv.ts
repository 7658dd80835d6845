/** /data/inovasi.csv — one row per innovation, columns named as in the national innovation form. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { innovationBodies } from '../../data/open-data.ts';
import { innovationCsv } from '../../lib/export.ts';
import { publicUrls } from '../../lib/public-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { innovations } = await getCatalog();
  return new Response(innovationCsv(innovations, await innovationBodies(), publicUrls(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
