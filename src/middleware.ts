/**
 * Runs once per page as it is built: pages Pagefind indexes (those with
 * data-pagefind-body) get the word boundaries compressHTML removed (see indexableHtml),
 * so the search index can be built straight from dist/.
 */
import { defineMiddleware } from 'astro:middleware';
import { indexableHtml } from './lib/search-facets.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const body = html.includes('data-pagefind-body') ? indexableHtml(html) : html;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
