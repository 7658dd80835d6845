/**
 * /cari/saran.json (and /en/cari/saran.json): the terms /cari/ may suggest when a search finds
 * nothing. Fetched only then: in the page it was the largest part of the HTML (≈ 11 kB gzip at
 * 2,500 entries, growing with the catalogue's keywords).
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { searchVocabulary } from '../../../lib/search-facets.ts';
import { langOf, langPaths } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return langPaths();
}

export const GET: APIRoute = async (context) => {
  const catalog = await getCatalog();
  return new Response(JSON.stringify(searchVocabulary(catalog.innovations, catalog.opds, langOf(context))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
