/**
 * /search-records.json — a build artifact, not a public file: the English search records of the
 * entries without an English page (src/lib/search-records.ts). The indexing step
 * (src/search-index.ts) adds them to the English index and deletes this file.
 */
import type { APIRoute } from 'astro';
import { getCatalog, getInnovationEntry, getSearchTerms } from '../data/catalog.ts';
import { jsonResponse } from '../data/open-data.ts';
import { englishSearchRecord, type SearchRecord } from '../lib/search-records.ts';
import { hasEnglishPage } from '../lib/translation.ts';

export const GET: APIRoute = async () => {
  const { innovations } = await getCatalog();
  const records: SearchRecord[] = [];
  for (const item of innovations) {
    if (hasEnglishPage(item)) continue;
    const record = englishSearchRecord(item, getSearchTerms(item, (await getInnovationEntry(item.id)).body), import.meta.env.BASE_URL);
    if (record) records.push(record);
  }
  return jsonResponse(records);
};
