/**
 * astroPages reads which pages an `astro build` rendered and which it restored from the
 * incremental cache. The log below is copied from a real `npm run build:pr` with four pages in
 * flight (build.concurrency 4): rendered pages' paths run together on one line, and the time
 * after a path belongs to whichever render ended then.
 */
import { describe, expect, it } from 'vitest';
import { astroPages, countPages } from '../../scripts/bench/incremental.ts';

const LOG = [
  '07:01:22 [build] generating static routes ',
  '07:01:22   ├─ /404.html07:01:22   ├─ /data/inovasi.csv07:01:22   ├─ /data/inovasi.json07:01:22   ├─ /data/opd.json (+83ms) ',
  '07:01:22   ├─ /data/statistik.json (+91ms) ',
  '07:01:23   ├─ /inovasi/anggur/index.html (restored)',
  '07:01:23   ├─ /inovasi/index.html07:01:23   ├─ /en/inovasi/simparda/index.html (restored)',
  '07:01:23   ├─ /en/opd/rsu-pondok-betung/index.html \u001b[32m(cached)\u001b[39m',
  '07:01:23   ├─ /inovasi/halaman/2/index.html (+1.20s) ',
  '07:01:24 ✓ Completed in 2.10s.',
].join('\n');

describe('astroPages', () => {
  it('counts a path directly followed by (restored) or (cached) as restored, every other path as rendered', () => {
    const { rendered, restored } = astroPages(LOG);
    expect([...rendered].sort()).toEqual(['/404.html', '/data/inovasi.csv', '/data/inovasi.json', '/data/opd.json', '/data/statistik.json', '/inovasi/halaman/2/index.html', '/inovasi/index.html']);
    expect([...restored].sort()).toEqual(['/en/inovasi/simparda/index.html', '/en/opd/rsu-pondok-betung/index.html', '/inovasi/anggur/index.html']);
    expect(countPages(LOG)).toEqual({ rendered: 7, restored: 3 });
  });
});
