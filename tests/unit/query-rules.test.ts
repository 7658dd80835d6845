/**
 * Query understanding (src/lib/query-rules.ts) and its content file's schema: filler dropped,
 * variants replaced (longest phrase first), emergency words spotted, word-by-word search when no
 * page holds every word, the emergency entry first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { findResults, planQuery, planSearch, rulesFor } from '../../src/lib/query-rules.ts';
import { searchRulesSchema } from '../../src/schema/search-rules.ts';

const file = searchRulesSchema.parse({
  filler: { id: ['bikin', 'cara', 'mau', 'di mana'], en: ['how', 'do', 'i', 'get', 'a'] },
  variants: [
    { typed: ['akte'], search: 'akta' },
    { typed: ['e ktp', 'ktp elektronik', 'ektp'], search: 'ktp' },
    { typed: ['izin mendirikan bangunan'], search: 'imb', lang: 'id' },
    { typed: ['building permit'], search: 'imb', lang: 'en' },
  ],
  emergency: { entry: 'darurat-112', words: ['ambulans', 'kebakaran', 'fire'] },
});
const id = rulesFor(file, 'id', { title: 'Nomor darurat 112', url: '/inovasi/darurat-112/' });
const en = rulesFor(file, 'en');

describe('planQuery', () => {
  it('drops filler words and maps variants, phrases read as one', () => {
    expect(planQuery('Cara bikin KTP elektronik', id).query).toBe('ktp');
    expect(planQuery('mau urus akte', id).query).toBe('urus akta');
    expect(planQuery('e-KTP', id).query).toBe('ktp');
    expect(planQuery('izin mendirikan bangunan di mana', id).query).toBe('imb');
  });
  it('keeps the variants of the other language untouched', () => {
    expect(planQuery('izin mendirikan bangunan', en).query).toBe('izin mendirikan bangunan');
    expect(planQuery('how do I get a building permit', en).query).toBe('imb');
  });
  it('keeps the typed words when all of them are filler', () => {
    expect(planQuery('cara bikin', id).words).toEqual(['cara', 'bikin']);
  });
  it('spots emergency words, in any case and with punctuation', () => {
    expect(planQuery('Ada KEBAKARAN!', id).emergency).toBe(true);
    expect(planQuery('pajak', id).emergency).toBe(false);
  });
  it('searches an OPD name as a phrase, untouched by the rules', () => {
    expect(planSearch('Cara Kerja', id, ['Cara Kerja'])).toEqual({ query: '"cara kerja"', words: ['"cara kerja"'], emergency: false });
  });
  it('has no rules without a file', () => {
    expect(planQuery('bikin ktp', rulesFor(undefined, 'id')).query).toBe('bikin ktp');
  });
});

describe('findResults', () => {
  const pages: Record<string, string[]> = { ktp: ['a', 'b', 'c'], akta: ['c', 'd'], urus: ['d'], '112': ['e'] };
  const search = async (term: string) => {
    const words = term.split(' ');
    const hits = Object.keys(pages).flatMap((k) => pages[k]!).filter((p, i, all) => all.indexOf(p) === i && words.every((w) => pages[w]?.includes(p)));
    return hits.map((p) => ({ id: p }));
  };
  it('returns the whole query when a page holds every word', async () => {
    expect(await findResults({ query: 'ktp akta', words: ['ktp', 'akta'], emergency: false }, search)).toEqual({ results: [{ id: 'c' }], partial: false });
  });
  it('ranks pages by how many words they hold when none holds them all', async () => {
    const found = await findResults({ query: 'ktp akta urus', words: ['ktp', 'akta', 'urus'], emergency: false }, search);
    expect(found.partial).toBe(true);
    expect(found.results.map((r) => r.id).slice(0, 2).sort()).toEqual(['c', 'd']);
    expect(found.results.map((r) => r.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('stays empty and not partial when no word is found', async () => {
    expect(await findResults({ query: 'xx yy', words: ['xx', 'yy'], emergency: false }, search)).toEqual({ results: [], partial: false });
  });
  it('puts the emergency entry first, once', async () => {
    const found = await findResults({ query: 'ktp', words: ['ktp'], emergency: true }, search, async () => ({ id: 'b' }));
    expect(found.results.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('content/search-synonyms.yaml', () => {
  it('passes its schema', () => {
    const parsed = searchRulesSchema.safeParse(parse(readFileSync('content/search-synonyms.yaml', 'utf8')));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
  it('refuses punctuation in a typed word and an unknown field, in Indonesian', () => {
    const bad = searchRulesSchema.safeParse({ variants: [{ typed: ['akte!'], search: 'akta' }], synonym: [] });
    expect(bad.success).toBe(false);
    const text = JSON.stringify(bad.error!.issues.map((i) => i.message));
    expect(text).toMatch(/tanpa tanda baca/);
    expect(text).toMatch(/tidak dikenal/);
  });
});
