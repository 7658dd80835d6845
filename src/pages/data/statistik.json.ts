/** /data/statistik.json — every number on /statistik/, the build date and the number of entries. */
import type { APIRoute } from 'astro';
import { statsDocument } from '../../data/stats.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await statsDocument(), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
