/** /data/opd.json — the OPD registry with how many innovations each unit runs and joins. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { datasetMeta, jsonResponse } from '../../data/open-data.ts';
import { opdDataset } from '../../lib/export.ts';
import { publicUrls } from '../../lib/public-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { opds, innovations } = await getCatalog();
  return jsonResponse(opdDataset(opds, innovations, publicUrls(site), datasetMeta(site)));
};
