/**
 * One Pagefind process per language (issue 16, goal 3): Pagefind holds every page it indexes
 * in memory until it writes, so indexing both languages in one process peaked at 4.1 GB at
 * 10,000 entries and 11.3 GB at 30,000. Each language is therefore indexed by its own process,
 * one after the other, into the same bundle folder: Pagefind names every index, filter and
 * fragment file after its language and content hash, so the two runs write disjoint files
 * (byte-identical to a single run's) and only pagefind-entry.json, which lists the languages,
 * is written by each run and must be merged. Pure: no file system, no Pagefind.
 */
import { DEFAULT_LANG, LANGS, langParam, type Lang } from '../i18n/index.ts';

/** The language a built page belongs to by its folder: /en/… English, everything else Indonesian. */
export function folderLanguage(relativePath: string): Lang {
  const first = relativePath.split(/[\\/]/)[0];
  return LANGS.find((lang) => langParam(lang) !== undefined && langParam(lang) === first) ?? DEFAULT_LANG;
}

const GLOB_SPECIAL = /[{}[\]*?,!\\]/;

/**
 * Pagefind `addDirectory` glob of one language's pages, from the top level of the built site
 * (folder and file names): a language's own folder, or for the default language the root pages
 * and every folder that is not another language's. Throws on a name the glob cannot hold.
 */
export function languageGlob(lang: Lang, topLevel: readonly { name: string; folder: boolean }[]): string {
  const own = langParam(lang);
  if (own !== undefined) return `${own}/**/*.html`;
  const folders = topLevel
    .filter((e) => e.folder && folderLanguage(e.name) === lang && e.name !== 'pagefind')
    .map((e) => e.name)
    .sort();
  for (const name of folders) {
    if (GLOB_SPECIAL.test(name)) throw new Error(`Indeks pencarian: nama folder "${name}" di hasil build memuat karakter glob; ganti namanya.`);
  }
  const parts = ['*.html', ...folders.map((f) => `${f}/**/*.html`)];
  return parts.length === 1 ? parts[0]! : `{${parts.join(',')}}`;
}

/** pagefind-entry.json as Pagefind 1.6 writes it (fields this site does not read are kept as they are). */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
  [field: string]: unknown;
}

/**
 * Merges the pagefind-entry.json of each language's run into the one a single run over every
 * language would write (languages in alphabetical order, like Pagefind). Each run must hold
 * exactly the language it was given; throws an Indonesian error otherwise.
 */
export function mergeEntries(runs: readonly { lang: string; glob: string; entry: PagefindEntry }[]): PagefindEntry {
  if (!runs.length) throw new Error('Indeks pencarian: tidak ada bahasa yang diindeks.');
  const languages: PagefindEntry['languages'] = {};
  for (const { lang, glob, entry } of runs) {
    const got = Object.keys(entry.languages);
    if (got.length !== 1 || got[0] !== lang) {
      throw new Error(`Pagefind: halaman ${glob} seharusnya berbahasa ${lang}, tetapi indeksnya berbahasa ${got.join(', ') || '(kosong)'}; periksa atribut lang pada <html> halaman di folder itu.`);
    }
    if (entry.version !== runs[0]!.entry.version) throw new Error(`Pagefind: versi indeks berbeda (${entry.version}, ${runs[0]!.entry.version}).`);
    languages[lang] = entry.languages[lang]!;
  }
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((l) => [l, languages[l]!]));
  return { ...runs[0]!.entry, languages: sorted };
}
