import { describe, expect, it } from 'vitest';
import { folderLanguage, languageGlob, mergeEntries, type PagefindEntry } from '../../src/lib/search-languages.ts';

const entry = (languages: Record<string, number>, version = '1.6.0'): PagefindEntry => ({
  version,
  languages: Object.fromEntries(Object.entries(languages).map(([l, n]) => [l, { hash: `${l}_abc`, wasm: l, page_count: n }])),
  include_characters: ['_'],
});

describe('folderLanguage', () => {
  it('puts /en/… in English and everything else in Indonesian', () => {
    expect(folderLanguage('en/inovasi/sianduk/index.html')).toBe('en');
    expect(folderLanguage('en/index.html')).toBe('en');
    expect(folderLanguage('inovasi/sianduk/index.html')).toBe('id');
    expect(folderLanguage('index.html')).toBe('id');
    expect(folderLanguage('energi/index.html')).toBe('id');
  });
});

describe('languageGlob', () => {
  const top = [
    { name: 'index.html', folder: false },
    { name: 'inovasi', folder: true },
    { name: 'en', folder: true },
    { name: 'opd', folder: true },
    { name: 'pagefind', folder: true },
    { name: 'favicon.svg', folder: false },
  ];
  it('gives English its own folder', () => {
    expect(languageGlob('en', top)).toBe('en/**/*.html');
  });
  it('gives Indonesian the root pages and every folder but the English one and the index', () => {
    expect(languageGlob('id', top)).toBe('{*.html,inovasi/**/*.html,opd/**/*.html}');
  });
  it('gives only the root pages when there is no other folder', () => {
    expect(languageGlob('id', [{ name: 'index.html', folder: false }, { name: 'en', folder: true }])).toBe('*.html');
  });
  it('refuses a folder name the glob would misread', () => {
    expect(() => languageGlob('id', [{ name: 'a,b', folder: true }])).toThrow(/karakter glob/);
  });
});

describe('mergeEntries', () => {
  it('lists the languages of every run in alphabetical order and keeps the other fields', () => {
    const merged = mergeEntries([
      { lang: 'id', glob: '*.html', entry: entry({ id: 5 }) },
      { lang: 'en', glob: 'en/**/*.html', entry: entry({ en: 3 }) },
    ]);
    expect(Object.keys(merged.languages)).toEqual(['en', 'id']);
    expect(merged.languages.en!.page_count).toBe(3);
    expect(merged.languages.id!.hash).toBe('id_abc');
    expect(merged.include_characters).toEqual(['_']);
  });
  it('fails naming the folder when a run indexed another language', () => {
    expect(() => mergeEntries([{ lang: 'en', glob: 'en/**/*.html', entry: entry({ id: 2 }) }])).toThrow(/en\/\*\*\/\*\.html seharusnya berbahasa en, tetapi indeksnya berbahasa id/);
    expect(() => mergeEntries([{ lang: 'id', glob: '*.html', entry: entry({ id: 2, en: 1 }) }])).toThrow(/berbahasa id, en/);
  });
  it('fails on runs of different Pagefind versions and on no run at all', () => {
    expect(() => mergeEntries([
      { lang: 'id', glob: '*.html', entry: entry({ id: 1 }) },
      { lang: 'en', glob: 'en/**/*.html', entry: entry({ en: 1 }, '1.7.0') },
    ])).toThrow(/versi indeks berbeda/);
    expect(() => mergeEntries([])).toThrow(/tidak ada bahasa/);
  });
});
