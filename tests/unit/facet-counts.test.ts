/** Build-time filter counts for /cari/ (src/lib/facet-counts.ts). Hand-built pages; expected counts counted by hand. */
import { describe, expect, it } from 'vitest';
import {
  countsWithoutQuery,
  facetCounts,
  facetFiles,
  pageFilters,
  valueCountsFile,
  valueCountsNeeded,
  type FacetData,
  type FacetTotals,
  type PageFilters,
  type ValueCounts,
} from '../../src/lib/facet-counts.ts';

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
  /** The files a page with these values ticked would fetch, as the client reads them (JSON). */
  const filesFor = (d: FacetData, filter: string, values: string[]) =>
    Object.fromEntries(values.map((v) => [v, d.byValue[filter]?.[v] && (JSON.parse(JSON.stringify(d.byValue[filter][v])) as ValueCounts)]));

  it('counts every value over the pages', () => {
    expect(data.pages).toBe(6);
    expect(data.totals).toEqual({
      halaman: { inovasi: 4, opd: 2 },
      opd: { a: 2, b: 1, c: 1 },
      tahapan: { penerapan: 3, 'uji-coba': 1 },
      tahun: { '2020': 1, '2021': 2 },
    });
    expect(data.several).toEqual([]);
  });

  it('counts, for each value, the other filters\' values among its pages, leaving out those never seen with it', () => {
    expect(data.byValue.opd!.a).toEqual({ halaman: { inovasi: 2 }, tahapan: { penerapan: 1, 'uji-coba': 1 }, tahun: { '2020': 1, '2021': 1 } });
    expect(data.byValue.opd!.c).toEqual({ halaman: { inovasi: 1 }, tahapan: { penerapan: 1 } });
    expect(data.byValue.halaman!.opd).toEqual({});
    expect(data.byValue.tahun!['2021']).toEqual({ halaman: { inovasi: 2 }, opd: { a: 1, b: 1 }, tahapan: { penerapan: 2 } });
  });

  it('without a selection, shows the totals and needs no value file', () => {
    expect(countsWithoutQuery(data, {})).toEqual(data.totals);
    expect(countsWithoutQuery(data, { opd: [] })).toEqual(data.totals);
    expect(valueCountsNeeded(data, {})).toBeNull();
  });

  it('with one OPD ticked: the OPD filter keeps every OPD with its total, the other filters count that OPD\'s pages (zeros listed)', () => {
    expect(valueCountsNeeded(data, { opd: ['a'] })).toEqual({ filter: 'opd', values: ['a'] });
    expect(countsWithoutQuery(data, { opd: ['a'] }, filesFor(data, 'opd', ['a']))).toEqual({
      halaman: { inovasi: 2, opd: 0 },
      opd: { a: 2, b: 1, c: 1 },
      tahapan: { penerapan: 1, 'uji-coba': 1 },
      tahun: { '2020': 1, '2021': 1 },
    });
  });

  it('with a ticked value\'s file missing, leaves the counting to Pagefind', () => {
    expect(countsWithoutQuery(data, { opd: ['a'] })).toBeNull();
    expect(countsWithoutQuery(data, { opd: ['a', 'b'] }, filesFor(data, 'opd', ['a']))).toBeNull();
  });

  it('with two values of one filter ticked, counts pages with either (OR)', () => {
    expect(valueCountsNeeded(data, { tahun: ['2020', '2021'] })).toEqual({ filter: 'tahun', values: ['2020', '2021'] });
    expect(countsWithoutQuery(data, { tahun: ['2020', '2021'] }, filesFor(data, 'tahun', ['2020', '2021']))).toEqual({
      halaman: { inovasi: 3, opd: 0 },
      opd: { a: 2, b: 1, c: 0 },
      tahapan: { penerapan: 2, 'uji-coba': 1 },
      tahun: { '2020': 1, '2021': 2 },
    });
    expect(countsWithoutQuery(data, { halaman: ['opd'] }, filesFor(data, 'halaman', ['opd']))?.opd).toEqual({ a: 0, b: 0, c: 0 });
  });

  it('a ticked value the index does not hold needs no file: its own filter unchanged, nothing elsewhere', () => {
    expect(valueCountsNeeded(data, { opd: ['tanpa-inovasi'] })).toBeNull();
    expect(valueCountsNeeded(data, { opd: ['tanpa-inovasi', 'b'] })).toEqual({ filter: 'opd', values: ['b'] });
    expect(countsWithoutQuery(data, { opd: ['tanpa-inovasi'] })).toEqual({
      halaman: { inovasi: 0, opd: 0 },
      opd: { a: 2, b: 1, c: 1 },
      tahapan: { penerapan: 0, 'uji-coba': 0 },
      tahun: { '2020': 0, '2021': 0 },
    });
  });

  it('leaves two ticked filters to Pagefind', () => {
    expect(valueCountsNeeded(data, { opd: ['a'], tahun: ['2020'] })).toBeNull();
    expect(countsWithoutQuery(data, { opd: ['a'], tahun: ['2020'] }, { ...filesFor(data, 'opd', ['a']), ...filesFor(data, 'tahun', ['2020']) })).toBeNull();
  });

  it('when a page has two values of one filter: one of them ticked is still exact, two would count that page twice and are left to Pagefind', () => {
    const multi = facetCounts([...pages, { opd: ['a', 'b'], tahun: ['2020'], halaman: ['inovasi'] }]);
    expect(multi.several).toEqual(['opd']);
    expect(multi.totals.opd).toEqual({ a: 3, b: 2, c: 1 });
    expect(countsWithoutQuery(multi, {})).toEqual(multi.totals);
    // opd=a: pages 1, 2 and the new one (2020 twice, 2021 once).
    expect(countsWithoutQuery(multi, { opd: ['a'] }, filesFor(multi, 'opd', ['a']))?.tahun).toEqual({ '2020': 2, '2021': 1 });
    expect(valueCountsNeeded(multi, { opd: ['a', 'b'] })).toBeNull();
    expect(countsWithoutQuery(multi, { opd: ['a', 'b'] }, filesFor(multi, 'opd', ['a', 'b']))).toBeNull();
    // Several values of a single-valued filter, selected beside it, are still summed.
    expect(countsWithoutQuery(multi, { tahun: ['2020', '2021'] }, filesFor(multi, 'tahun', ['2020', '2021']))?.opd).toEqual({ a: 3, b: 2, c: 0 });
  });
});

describe('facet files', () => {
  it('keeps safe names as they are and turns every other character into an escape, so distinct values get distinct files', () => {
    expect(valueCountsFile('id', 'opd', 'kecamatan-serpong-utara')).toBe('etalase-facets/id/opd/kecamatan-serpong-utara.json');
    const tricky = ['a&b', 'A', 'a', '../x', 'a_26_b', '', '_', 'é', 'a b', 'a/b'];
    const names = tricky.map((v) => valueCountsFile('id', 'urusan', v));
    expect(new Set(names).size).toBe(tricky.length);
    for (const name of names) expect(name).toMatch(/^etalase-facets\/id\/urusan\/[a-z0-9_-]+\.json$/);
  });

  it('writes the totals in one file and each value\'s counts in its own, readable back to the same counts', () => {
    const data = facetCounts(pages);
    const files = facetFiles('en', data);
    expect([...files.keys()].sort()).toEqual(
      [
        'etalase-facets.en.json',
        'etalase-facets/en/halaman/inovasi.json',
        'etalase-facets/en/halaman/opd.json',
        'etalase-facets/en/opd/a.json',
        'etalase-facets/en/opd/b.json',
        'etalase-facets/en/opd/c.json',
        'etalase-facets/en/tahapan/penerapan.json',
        'etalase-facets/en/tahapan/uji-coba.json',
        'etalase-facets/en/tahun/2020.json',
        'etalase-facets/en/tahun/2021.json',
      ].sort(),
    );
    const totals = JSON.parse(files.get('etalase-facets.en.json')!) as FacetTotals;
    expect(totals).toEqual({ pages: 6, totals: data.totals, several: [] });
    const b = JSON.parse(files.get(valueCountsFile('en', 'opd', 'b'))!) as ValueCounts;
    expect(countsWithoutQuery(totals, { opd: ['b'] }, { b })).toEqual({
      halaman: { inovasi: 1, opd: 0 },
      opd: { a: 2, b: 1, c: 1 },
      tahapan: { penerapan: 1, 'uji-coba': 0 },
      tahun: { '2020': 0, '2021': 1 },
    });
  });
});
