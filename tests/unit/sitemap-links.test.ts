import { describe, expect, it } from 'vitest';
import { isSitemapPage, sitemapAlternates } from '../../src/lib/sitemap-links.ts';

const hrefs = (url: string, base: string) => Object.fromEntries(sitemapAlternates(url, base).map((l) => [l.lang, l.url]));

describe('sitemapAlternates', () => {
  it('pairs an Indonesian page with its English twin and back, at the root', () => {
    const pair = { 'id-ID': 'https://inovasi.example/inovasi/adm/', 'en-GB': 'https://inovasi.example/en/inovasi/adm/' };
    expect(hrefs('https://inovasi.example/inovasi/adm/', '/')).toEqual(pair);
    expect(hrefs('https://inovasi.example/en/inovasi/adm/', '/')).toEqual(pair);
  });

  it('keeps the base path and pairs the home pages', () => {
    expect(hrefs('https://x.go.id/etalase/en/', '/etalase/')).toEqual({ 'id-ID': 'https://x.go.id/etalase/', 'en-GB': 'https://x.go.id/etalase/en/' });
    expect(hrefs('https://x.go.id/etalase/opd/dinkes/halaman/2/', '/etalase/')).toEqual({
      'id-ID': 'https://x.go.id/etalase/opd/dinkes/halaman/2/',
      'en-GB': 'https://x.go.id/etalase/en/opd/dinkes/halaman/2/',
    });
  });

  it('pairs the glossary, whose name differs per language', () => {
    expect(hrefs('https://x.go.id/glosarium/', '/')).toEqual({ 'id-ID': 'https://x.go.id/glosarium/', 'en-GB': 'https://x.go.id/en/glossary/' });
  });
});

describe('isSitemapPage', () => {
  it('leaves out the not-found pages of both editions and the printable data requests, nothing else', () => {
    expect(isSitemapPage('https://x.go.id/etalase/en/404/')).toBe(false);
    expect(isSitemapPage('https://x.go.id/etalase/opd/disdukcapil/permintaan-data/')).toBe(false);
    expect(isSitemapPage('https://x.go.id/etalase/opd/disdukcapil/')).toBe(true);
    expect(isSitemapPage('https://x.go.id/404/')).toBe(false);
    expect(isSitemapPage('https://x.go.id/en/inovasi/404-layanan/')).toBe(true);
    expect(isSitemapPage('https://x.go.id/etalase/en/')).toBe(true);
  });
});
