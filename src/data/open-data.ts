/**
 * Build-time inputs of the open-data files and feeds: the raw MDX bodies, the dataset header
 * (build date, licence, publisher) and absolute URLs. The shaping itself is pure, in src/lib/export.ts.
 */
import { getCatalog, getInnovationEntry } from './catalog.ts';
import { BUILD_ISO } from './build-info.ts';
import { loadSite } from '../lib/site.ts';
import { absolute, dataPaths } from '../lib/public-urls.ts';
import type { DatasetMeta } from '../lib/export.ts';

/** Raw MDX body of every published innovation, by id (for the narrative columns). */
export async function innovationBodies(): Promise<Map<string, string | undefined>> {
  const { innovations } = await getCatalog();
  const pairs = await Promise.all(innovations.map(async (i) => [i.id, (await getInnovationEntry(i.id)).body] as const));
  return new Map(pairs);
}

export function datasetMeta(site: URL | undefined): DatasetMeta {
  const s = loadSite();
  return {
    generated: BUILD_ISO,
    licence: { name: s.licence.name, url: s.licence.url },
    publisher: s.government,
    documentation: absolute(dataPaths.page(), site),
  };
}

/** JSON response body: two-space indented, final newline. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
