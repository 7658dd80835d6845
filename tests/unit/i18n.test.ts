import { describe, expect, it } from 'vitest';
import { alternatePath, pathsFor, withBase } from '../../src/lib/urls.ts';
import { localSummary, localTitle, missingEnglish, paragraphs } from '../../src/lib/translation.ts';
import { labelIn } from '../../src/i18n/labels.ts';
import { getUi, LANGS, localeOf } from '../../src/i18n/index.ts';
import { ui as idUi } from '../../src/i18n/id.ts';
import { ui as enUi } from '../../src/i18n/en.ts';
import { GLOSSARY } from '../../src/i18n/glossary.ts';
import { withRegionNotes } from '../../src/lib/glossary.ts';
import { regionGlossarySchema } from '../../src/schema/glossary.ts';
import * as enums from '../../src/schema/enums.ts';
import { formatNumber, formatPartialDate } from '../../src/lib/format.ts';

/** Every leaf path of a string table ("entry.summary", "pagination.page()"). */
function leaves(table: unknown, prefix = ''): string[] {
  if (typeof table === 'string') return [prefix];
  if (typeof table === 'function') return [`${prefix}()`];
  if (table && typeof table === 'object') return Object.entries(table).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('string tables', () => {
  it('have the same keys in every language', () => {
    expect(leaves(enUi).sort()).toEqual(leaves(idUi).sort());
    for (const lang of LANGS) expect(getUi(lang).lang).toBe(lang);
  });

  it('give every vocabulary id an English label that differs from the id', () => {
    const lists = (Object.values(enums) as unknown[]).filter((v): v is readonly enums.Choice[] => Array.isArray(v) && typeof v[0] === 'object');
    expect(lists.length).toBeGreaterThan(8);
    for (const list of lists) {
      for (const c of list) {
        const en = labelIn(list, c.id, 'en');
        expect(en, `${c.id}`).not.toBe(c.id);
        expect(labelIn(list, c.id, 'id')).toBe(c.label);
      }
    }
    // Ids outside a vocabulary fall back to the id itself.
    expect(labelIn(enums.TAHAPAN, 'tidak-ada', 'en')).toBe('tidak-ada');
  });

  it('format dates and numbers per language', () => {
    expect(formatPartialDate('2020-10-02', localeOf('en'))).toBe('2 October 2020');
    expect(formatPartialDate('2020-10-02', localeOf('id'))).toBe('2 Oktober 2020');
    expect(formatNumber(12000.5, localeOf('en'))).toBe('12,000.5');
    expect(formatNumber(12000.5, localeOf('id'))).toBe('12.000,5');
  });

  it('glossary has unique anchors and covers the terms the issue names', () => {
    const ids = GLOSSARY.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['opd', 'perangkat-daerah', 'kecamatan', 'kelurahan', 'tahapan', 'jenis', 'bentuk', 'urusan', 'lan-5d', 'iga', 'iid']) expect(ids).toContain(id);
    for (const g of GLOSSARY) {
      expect(g.definitionEn.length, g.id).toBeGreaterThan(20);
      expect(g.definitionId.length, g.id).toBeGreaterThan(20);
      for (const s of g.sources ?? []) expect(s.url).toMatch(/^https:\/\//);
    }
  });
});

describe('region facts in the glossary', () => {
  const region = regionGlossarySchema.parse({
    notes: [{ term: 'kelurahan', id: 'Kabupaten Contoh memiliki 12 kelurahan.', en: 'Kabupaten Contoh has 12 kelurahan.', sources: ['data-wilayah'] }],
    sources: [{ id: 'data-wilayah', title: 'Data wilayah contoh', url: 'https://contoh.go.id/wilayah', publisher: 'Pemkab Contoh', date: '2025-01-02' }],
  });

  it('keeps the general definitions in code free of any one region', () => {
    const text = JSON.stringify(GLOSSARY);
    expect(text).not.toMatch(/Tangerang|Tangsel|Cilenggang|Benyamin/);
    expect(GLOSSARY.every((g) => (g.sources ?? []).length === 0)).toBe(true);
  });

  it('adds a region note after the general definition, in both languages, with its source', () => {
    const { terms, problems } = withRegionNotes(GLOSSARY, region);
    expect(problems).toEqual([]);
    const kel = terms.find((t) => t.id === 'kelurahan')!;
    const general = GLOSSARY.find((t) => t.id === 'kelurahan')!;
    expect(kel.definitionId).toBe(`${general.definitionId} Kabupaten Contoh memiliki 12 kelurahan.`);
    expect(kel.definitionEn).toBe(`${general.definitionEn} Kabupaten Contoh has 12 kelurahan.`);
    expect(kel.sources).toEqual([{ title: 'Data wilayah contoh', url: 'https://contoh.go.id/wilayah', publisher: 'Pemkab Contoh' }]);
    expect(terms.find((t) => t.id === 'opd')).toEqual(GLOSSARY.find((t) => t.id === 'opd'));
  });

  it('names the field and the choices when a note points at no glossary term', () => {
    const bad = { ...region, notes: [{ ...region.notes[0]!, term: 'desa-adat' }] };
    const { problems } = withRegionNotes(GLOSSARY, bad);
    expect(problems).toEqual([{ field: 'notes.0.term', message: expect.stringMatching(/^bernilai "desa-adat", tetapi tidak ada istilah .*pilih salah satu: .*kelurahan/) }]);
  });

  it('refuses a note citing a source the file does not list', () => {
    const result = regionGlossarySchema.safeParse({ ...region, notes: [{ ...region.notes[0]!, sources: ['tidak-ada'] }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['notes', 0, 'sources', 0]);
  });
});

describe('language URLs', () => {
  it('prefix English paths with en/ and keep the rest of the path', () => {
    const adm = { id: 'adm', titleEn: 'Self-service kiosks', summaryEn: 'Kiosks print ID cards.' };
    expect(pathsFor('id').innovation(adm)).toBe('/inovasi/adm/');
    expect(pathsFor('en').innovation(adm)).toBe('/en/inovasi/adm/');
    expect(pathsFor('en').home()).toBe('/en/');
    expect(pathsFor('en').glossary('opd')).toBe('/en/glossary/#opd');
    expect(pathsFor('id').glossary()).toBe('/glosarium/');
  });

  it('map a page to its twin and back, under a base path too', () => {
    const pages = ['', 'inovasi/', 'inovasi/adm/', 'inovasi/urut/terbaru/halaman/2/', 'opd/disdukcapil/', 'statistik/', 'cari/', 'data/', 'glosarium/'];
    for (const base of ['/', '/etalase/']) {
      for (const page of pages) {
        const id = withBase(page, base);
        const en = alternatePath(id, 'en', base);
        expect(en.startsWith(`${base}en/`), en).toBe(true);
        expect(alternatePath(en, 'id', base)).toBe(id);
        expect(alternatePath(id, 'id', base)).toBe(id);
      }
    }
    expect(alternatePath('/glosarium/', 'en', '/')).toBe('/en/glossary/');
    expect(alternatePath('/404.html', 'en', '/')).toBe('/en/404/');
    expect(alternatePath('/en/404/', 'id', '/')).toBe('/404.html');
  });
});

describe('English text of an entry', () => {
  const item = { title: 'Layanan', summary: 'Ringkas.' };
  it('falls back to the Indonesian text, marked as Indonesian', () => {
    expect(localTitle(item, 'en')).toEqual({ text: 'Layanan', lang: 'id' });
    expect(localTitle({ ...item, titleEn: 'Service' }, 'en')).toEqual({ text: 'Service', lang: 'en' });
    expect(localTitle({ ...item, titleEn: 'Service' }, 'id')).toEqual({ text: 'Layanan', lang: 'id' });
    expect(localSummary({ ...item, summaryEn: 'Short.' }, 'en')).toEqual({ text: 'Short.', lang: 'en' });
  });

  it('lists the missing English fields', () => {
    expect(missingEnglish(item)).toEqual(['titleEn', 'summaryEn', 'storyEn']);
    expect(missingEnglish({ ...item, titleEn: 'A', summaryEn: 'B', storyEn: 'C' })).toEqual([]);
  });

  it('splits a plain-text story into paragraphs at blank lines', () => {
    expect(paragraphs('One\nline.\n\n  Two.  \n\n\n')).toEqual(['One line.', 'Two.']);
    expect(paragraphs(undefined)).toEqual([]);
  });
});
