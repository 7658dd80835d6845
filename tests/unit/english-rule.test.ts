/**
 * The English-page rule (issue #16) and everything that follows it: an entry has an English
 * page only with titleEn and summaryEn; links, language links, sitemap alternates and search
 * records never point to an English page that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { entryEditions, entryPageLang, hasEnglishPage } from '../../src/lib/translation.ts';
import { languageLinks, pathsFor } from '../../src/lib/urls.ts';
import { sitemapAlternates, sitemapOptions } from '../../src/lib/sitemap-links.ts';
import { englishSearchRecord } from '../../src/lib/search-records.ts';
import { ui as enUi } from '../../src/i18n/en.ts';
import { ui as idUi } from '../../src/i18n/id.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { validEntry, validOpd } from '../fixtures/entries.ts';

/** A catalogue record from the fixture entry, without English text unless given. */
function record(entry: Record<string, unknown> = {}) {
  const { titleEn: _t, summaryEn: _s, storyEn: _st, ...plain } = validEntry();
  return buildCatalog([{ id: 'contoh', data: innovationSchema.parse({ ...plain, ...entry }) }], [{ id: 'dinas-contoh', data: opdSchema.parse(validOpd()) }]).innovations[0]!;
}

const full = { id: 'adm', titleEn: 'Self-service kiosks', summaryEn: 'Kiosks print ID cards in shopping centres.' };
const none: { id: string; titleEn?: string; summaryEn?: string } = { id: 'sianduk' };
const titleOnly = { id: 'bsu', titleEn: 'Waste banks' };
const summaryOnly = { id: 'x', summaryEn: 'Only a summary.' };
const blank = { id: 'y', titleEn: '  ', summaryEn: ' ' };

describe('hasEnglishPage', () => {
  it('is true only with both an English title and an English summary', () => {
    expect(hasEnglishPage(full)).toBe(true);
    expect(hasEnglishPage(none)).toBe(false);
    expect(hasEnglishPage(titleOnly)).toBe(false);
    expect(hasEnglishPage(summaryOnly)).toBe(false);
    expect(hasEnglishPage(blank)).toBe(false);
  });

  it('gives the editions an entry has a page in, and the edition a link leads to', () => {
    expect(entryEditions(full)).toEqual(['id', 'en']);
    expect(entryEditions(titleOnly)).toEqual(['id']);
    expect(entryPageLang(full, 'en')).toBe('en');
    expect(entryPageLang(titleOnly, 'en')).toBe('id');
    expect(entryPageLang(none, 'id')).toBe('id');
  });
});

describe('links to entry pages', () => {
  it('lead English pages to the Indonesian page of an entry without an English page, under a base path too', () => {
    expect(pathsFor('en', '/').innovation(full)).toBe('/en/inovasi/adm/');
    expect(pathsFor('en', '/').innovation(titleOnly)).toBe('/inovasi/bsu/');
    expect(pathsFor('en', '/etalase/').innovation(none)).toBe('/etalase/inovasi/sianduk/');
    expect(pathsFor('id', '/etalase/').innovation(full)).toBe('/etalase/inovasi/adm/');
  });
});

describe('languageLinks', () => {
  it('pairs a page that exists in both editions: alternates for both, the switch to its twin', () => {
    expect(languageLinks('/etalase/inovasi/adm/', 'id', ['id', 'en'], '/etalase/')).toEqual({
      alternates: [{ lang: 'id', path: '/etalase/inovasi/adm/' }, { lang: 'en', path: '/etalase/en/inovasi/adm/' }],
      switch: { lang: 'en', twin: true, path: '/etalase/en/inovasi/adm/' },
    });
    expect(languageLinks('/en/glossary/', 'en', undefined, '/').switch).toEqual({ lang: 'id', twin: true, path: '/glosarium/' });
  });

  it('gives a page without a twin no alternates and a switch to the other edition’s list', () => {
    expect(languageLinks('/etalase/inovasi/sianduk/', 'id', ['id'], '/etalase/')).toEqual({
      alternates: [],
      switch: { lang: 'en', twin: false, path: '/etalase/en/inovasi/' },
    });
  });

  it('has an honest switch label for a page without a twin, in the language it leads to', () => {
    expect(idUi.language.switchToList).not.toBe(idUi.language.switchTo);
    expect(idUi.language.switchToList).toMatch(/English/);
    expect(enUi.entry.indonesianOnly).toBe('(Bahasa Indonesia)');
  });
});

describe('sitemap alternates', () => {
  it('list only twins that are pages of the sitemap, and nothing for a page without a twin', () => {
    const pages = new Set(['https://x.go.id/inovasi/adm/', 'https://x.go.id/en/inovasi/adm/', 'https://x.go.id/inovasi/sianduk/']);
    const exists = (href: string) => pages.has(href);
    expect(sitemapAlternates('https://x.go.id/inovasi/adm/', '/', exists).map((l) => l.url)).toEqual(['https://x.go.id/inovasi/adm/', 'https://x.go.id/en/inovasi/adm/']);
    expect(sitemapAlternates('https://x.go.id/inovasi/sianduk/', '/', exists)).toEqual([]);
  });

  it('sitemapOptions remembers the filtered pages and serializes alternates from them', () => {
    const { filter, serialize } = sitemapOptions('/etalase/');
    const urls = ['https://x.go.id/etalase/inovasi/adm/', 'https://x.go.id/etalase/en/inovasi/adm/', 'https://x.go.id/etalase/inovasi/sianduk/', 'https://x.go.id/etalase/en/404/'];
    expect(urls.filter(filter)).toHaveLength(3);
    expect(serialize({ url: urls[0]! }).links).toHaveLength(2);
    expect(serialize({ url: urls[2]! }).links).toEqual([]);
  });
});

describe('englishSearchRecord', () => {
  it('gives no record for an entry with an English page', () => {
    expect(englishSearchRecord(record({ titleEn: 'A', summaryEn: 'B' }), [], '/')).toBeUndefined();
  });

  it('points an entry without an English page to its Indonesian page, labelled, with its filters and words', () => {
    const item = record({ titleEn: 'Only a title' });
    const found = englishSearchRecord(item, ['Dukcapil'], '/etalase/')!;
    expect(found.url).toBe(`/inovasi/${item.id}/#isi`);
    expect(found.language).toBe('en');
    expect(found.meta.title).toBe(item.title);
    expect(found.meta.label).toBe('(Bahasa Indonesia)');
    expect(found.meta.lang).toBe('id');
    expect(found.meta.summary).toBe(item.summary);
    expect(found.filters.opd).toEqual([item.opd]);
    expect(found.filters.halaman).toEqual(['inovasi']);
    for (const word of [item.title, item.summary, 'Dukcapil', item.owner.name]) expect(found.content).toContain(word);
    expect(found.content).not.toContain('Only a title');
  });
});
