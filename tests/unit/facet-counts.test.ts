/** Build-time filter counts for /cari/ (src/lib/facet-counts.ts). Hand-built pages; expected counts counted by hand. */
import { describe, expect, it } from 'vitest';
import { countsWithoutQuery, facetCounts, pageFilters, type PageFilters } from '../../src/lib/facet-counts.ts';

describe('pageFilters', () => {
  it('reads <html lang> and every filter marker, as Pagefind does, unescaping values and dropping repeats', () => {
    const html = `<!DOCTYPE html><html lang="id" data-x><head></head><body>
      <div hidden class="search-index-data"><span data-pagefind-filter="opd[data-value]" data-value="dinas-a"></span><span data-pagefind-filter="opd[data-value]" data-value="dinas-a"></span>
      <span data-pagefind-filter="tahun[data-value]" data-value="2020"></span><span data-pagefind-meta="title[data-value]" data-value="Judul"></span>
      <span data-pagefind-filter="urusan[data-value]" data-value="a&amp;b"></span></div></body></html>`;
    expect(pageFilters(html)).toEqual({ lang: 'id', filters: { opd: ['dinas-a'], tahun: ['2020'], urusan: ['a&b'] } });
  });

  it('gives a page without markers no filters', () => {
    expect(pageFilters('<html lang="en"><body><p>x</p></body></html>')).toEqual({ lang: 'en', filters: {} });
  });
});

const pages: PageFilters[] = [
  { opd: ['a'], tahun: ['2020'], tahapan: ['uji-coba'], halaman: ['inovasi'] },
  { opd: ['a'], tahun: ['2021'], tahapan: ['penerapan'], halaman: ['inovasi'] },
  { opd: ['b'], tahun: ['2021'], tahapan: ['penerapan'], halaman: ['inovasi'] },
  { opd: ['c'], tahapan: ['penerapan'], halaman: ['inovasi'] }, // year unknown
  { halaman: ['opd'] },
  { halaman: ['opd'] },
];

describe('facetCounts and countsWithoutQuery', () => {
  const data = facetCounts(pages);

  it('counts every value over the pages', () => {
    expect(data.pages).toBe(6);
    expect(data.totals).toEqual({
      halaman: { inovasi: 4, opd: 2 },
      opd: { a: 2, b: 1, c: 1 },
      tahapan: { penerapan: 3, 'uji-coba': 1 },
      tahun: { '2020': 1, '2021': 2 },
    });
  });

  it('without a selection, shows the totals', () => {
    expect(countsWithoutQuery(data, {})).toEqual(data.totals);
    expect(countsWithoutQuery(data, { opd: [] })).toEqual(data.totals);
  });

  it('with one OPD ticked: the OPD filter keeps every OPD with its total, the other filters count that OPD\'s pages (zeros listed)', () => {
    expect(countsWithoutQuery(data, { opd: ['a'] })).toEqual({
      halaman: { inovasi: 2, opd: 0 },
      opd: { a: 2, b: 1, c: 1 },
      tahapan: { penerapan: 1, 'uji-coba': 1 },
      tahun: { '2020': 1, '2021': 1 },
    });
  });

  it('with two values of one filter ticked, counts pages with either (OR), from either side of a pair', () => {
    expect(countsWithoutQuery(data, { tahun: ['2020', '2021'] })).toEqual({
      halaman: { inovasi: 3, opd: 0 },
      opd: { a: 2, b: 1, c: 0 },
      tahapan: { penerapan: 2, 'uji-coba': 1 },
      tahun: { '2020': 1, '2021': 2 },
    });
    expect(countsWithoutQuery(data, { halaman: ['opd'] })?.opd).toEqual({ a: 0, b: 0, c: 0 });
  });

  it('a ticked value the index does not hold: its own filter unchanged, nothing elsewhere', () => {
    expect(countsWithoutQuery(data, { opd: ['tanpa-inovasi'] })).toEqual({
      halaman: { inovasi: 0, opd: 0 },
      opd: { a: 2, b: 1, c: 1 },
      tahapan: { penerapan: 0, 'uji-coba': 0 },
      tahun: { '2020': 0, '2021': 0 },
    });
  });

  it('leaves two ticked filters to Pagefind', () => {
    expect(countsWithoutQuery(data, { opd: ['a'], tahun: ['2020'] })).toBeNull();
  });

  it('keeps no pair counts when a page has two values of one filter (sums would count it twice), and then only totals are exact', () => {
    const multi = facetCounts([...pages, { opd: ['a', 'b'], halaman: ['inovasi'] }]);
    expect(multi.pairs).toBeUndefined();
    expect(multi.totals.opd).toEqual({ a: 3, b: 2, c: 1 });
    expect(countsWithoutQuery(multi, {})).toEqual(multi.totals);
    expect(countsWithoutQuery(multi, { opd: ['a'] })).toBeNull();
  });

  it('survives JSON (the form the build writes)', () => {
    const read = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(countsWithoutQuery(read, { opd: ['b', 'c'] })).toEqual(countsWithoutQuery(data, { opd: ['b', 'c'] }));
  });
});
