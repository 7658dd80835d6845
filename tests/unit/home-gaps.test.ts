import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { homeLists, serviceNeeds } from '../../src/lib/home.ts';
import { gapsByOpd, gapsOf, innovationGaps } from '../../src/lib/gaps.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { validEntry, validOpd } from '../fixtures/entries.ts';

const entry = (over: Record<string, unknown>) => innovationSchema.parse({ ...validEntry(), ...over });
const catalogOf = (entries: Record<string, Record<string, unknown>>) =>
  buildCatalog(
    Object.entries(entries).map(([id, over]) => ({ id, data: entry({ title: id, ...over }) })),
    [
      { id: 'dinas-contoh', data: opdSchema.parse(validOpd()) },
      { id: 'badan-contoh', data: opdSchema.parse({ ...validOpd(), name: 'Badan Contoh' }) },
    ],
  ).innovations;

describe('serviceNeeds: residents’ needs derived from content', () => {
  it('keeps a need only when an innovation serves it (by urusan or by tag, any case), in the fixed order, with counts', () => {
    const items = catalogOf({
      a: { urusan: 'administrasi-kependudukan', tags: [] },
      b: { urusan: 'pariwisata', tags: ['Sampah'] },
      c: { urusan: 'lingkungan-hidup', tags: ['bank sampah', 'KTP'] },
    });
    expect(serviceNeeds(items).map(({ key, count }) => ({ key, count }))).toEqual([
      { key: 'adminduk', count: 2 },
      { key: 'sampah', count: 2 },
    ]);
  });
  it('no innovation, no need listed', () => {
    expect(serviceNeeds([])).toEqual([]);
  });
  it('a tag must match whole, not as part of another word', () => {
    expect(serviceNeeds(catalogOf({ a: { urusan: 'pariwisata', tags: ['pajak hotel restoran'] } }))).toEqual([]);
  });
});

describe('homeLists: featured, then newest without repeats', () => {
  it('never shows an innovation in both lists, and fills the newest list with the next ones', () => {
    const items = catalogOf({
      f1: { featured: true, launched: '2024' },
      f2: { featured: true, launched: '2023' },
      n1: { launched: '2022' },
      n2: { launched: '2021' },
      n3: { launched: '2020' },
      old: { launched: undefined, trial: undefined, started: undefined },
    });
    const { featured, recent } = homeLists(items, 2);
    expect(featured.map((i) => i.id)).toEqual(['f1', 'f2']);
    expect(recent.map((i) => i.id)).toEqual(['n1', 'n2']);
    expect(featured.filter((f) => recent.includes(f))).toEqual([]);
  });
});

describe('gaps: what an OPD’s innovations still lack', () => {
  const NOW = new Date(Date.UTC(2022, 0, 1));
  const outcome = { type: 'outcome', name: 'Waktu tunggu', unit: 'menit', values: [{ value: 30, date: '2021', source: 'berita-a' }] };
  const how = { where: ['Kantor'], sources: ['berita-a'] };
  const en = { titleEn: 'T', summaryEn: 'S', storyEn: 'Story.' };

  it('names each missing kind of one innovation', () => {
    const [complete, bare, old] = catalogOf({
      complete: { metrics: [outcome], howToUse: how, lastVerified: '2021-06-01', ...en },
      bare: { metrics: [], howToUse: undefined, status: 'tidak-diketahui', lastVerified: undefined, statusSource: undefined },
      old: { metrics: [{ ...outcome, values: [] }], howToUse: how, lastVerified: '2020-11-02', ...en, storyEn: undefined },
    }).sort((a, b) => ['complete', 'bare', 'old'].indexOf(a.id) - ['complete', 'bare', 'old'].indexOf(b.id));
    expect(innovationGaps(complete!, NOW, 365)).toEqual([]);
    expect(innovationGaps(bare!, NOW, 365)).toEqual(['outcome', 'howToUse', 'verified', 'english']);
    // An outcome metric with no measured value is no outcome figure; 425 days > 365; the story is not translated.
    expect(innovationGaps(old!, NOW, 365)).toEqual(['outcome', 'verified', 'english']);
    expect(innovationGaps(old!, NOW, 500)).toEqual(['outcome', 'english']);
  });

  it('lists per OPD, per kind, the innovations concerned; counts rows, most gaps first', () => {
    const items = catalogOf({
      a: { metrics: [outcome], howToUse: how, lastVerified: '2021-06-01', ...en },
      b: { howToUse: undefined, lastVerified: '2021-06-01', ...en },
      c: { opd: 'badan-contoh', howToUse: undefined, lastVerified: '2021-06-01', ...en },
    });
    const dinas = gapsOf(items.filter((i) => i.opd === 'dinas-contoh'), NOW, 365);
    expect(dinas.total).toBe(2);
    expect(dinas.byKind.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['outcome', ['b']],
      ['howToUse', ['b']],
    ]);
    expect(gapsByOpd(items, NOW, 365)).toEqual([
      { opd: 'badan-contoh', total: 1, counts: { outcome: 1, howToUse: 1, verified: 0, english: 0 } },
      { opd: 'dinas-contoh', total: 2, counts: { outcome: 1, howToUse: 1, verified: 0, english: 0 } },
    ]);
  });
});
