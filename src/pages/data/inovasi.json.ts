/** /data/inovasi.json — every published innovation with all its frontmatter fields. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { datasetMeta, innovationBodies, jsonResponse } from '../../data/open-data.ts';
import { innovationDataset } from '../../lib/export.ts';
import { publicUrls } from '../../lib/public-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { innovations } = await getCatalog();
  return jsonResponse(innovationDataset(innovations, await innovationBodies(), publicUrls(site), datasetMeta(site)));
};
