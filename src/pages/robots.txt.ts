/** /robots.txt — everything but the web editor may be crawled; points to the sitemap (base-path aware). */
import type { APIRoute } from 'astro';
import { absolute, dataPaths } from '../lib/public-urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', `Disallow: ${import.meta.env.BASE_URL.replace(/\/?$/, '/')}admin/`, '', `Sitemap: ${absolute(dataPaths.sitemap(), site)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
