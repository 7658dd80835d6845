import { describe, expect, it } from 'vitest';
import { buildCatalog, compareNewest, createRelatedFinder, groupByOpd, headline, relatedInnovations } from '../../src/lib/catalog.ts';
import { innovationSchema, type InnovationData } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { validEntry, validOpd } from '../fixtures/entries.ts';

const entry = (over: Record<string, unknown>): InnovationData => innovationSchema.parse({ ...validEntry(), ...over });
const opd = (over: Record<string, unknown>) => opdSchema.parse({ ...validOpd(), ...over });

const opds = [
  { id: 'dinas-contoh', data: opd({}) },
  { id: 'badan-contoh', data: opd({ name: 'Badan Contoh', abbreviation: 'Baco', type: 'badan' }) },
  { id: 'kecamatan-sepi', data: opd({ name: 'Kecamatan Sepi', abbreviation: undefined, type: 'kecamatan' }) },
];

describe('buildCatalog', () => {
  const catalog = buildCatalog(
    [
      { id: 'b', data: entry({ title: 'Beta', launched: '2018' }) },
      { id: 'a', data: entry({ title: 'alfa', opd: 'badan-contoh', collaborators: ['dinas-contoh'], launched: undefined, trial: '2021-03' }) },
      { id: 'draft', data: entry({ title: 'Konsep', draft: true }) },
    ],
    opds,
  );

  it('drops drafts, joins OPDs and sorts by title ignoring case', () => {
    expect(catalog.innovations.map((i) => i.id)).toEqual(['a', 'b']);
    expect(catalog.innovations[0]!.owner.name).toBe('Badan Contoh');
    expect(catalog.innovations[0]!.collaboratorOpds.map((o) => o.id)).toEqual(['dinas-contoh']);
  });

  it('lists the year of launch, else of trial', () => {
    expect(catalog.innovations.map((i) => i.year)).toEqual([2021, 2018]);
    expect([...catalog.innovations].sort(compareNewest).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('counts innovations per OPD and keeps OPDs without any', () => {
    const counts = Object.fromEntries(catalog.opds.map((o) => [o.id, o.innovationCount]));
    expect(counts).toEqual({ 'dinas-contoh': 1, 'badan-contoh': 1, 'kecamatan-sepi': 0 });
  });

  it('computes the headline numbers', () => {
    // Both published fixtures have one output metric with a measured value and no outcome.
    expect(headline(catalog)).toEqual({ total: 2, participating: 2, registry: 3, withOutcome: 0, withOutput: 2 });
  });

  it('fails naming the entry and the unknown OPD', () => {
    expect(() => buildCatalog([{ id: 'x', data: entry({ opd: 'dinas-hantu' }) }], opds)).toThrow(
      'content/innovations/x: "opd" bernilai "dinas-hantu"',
    );
  });
});

describe('relatedInnovations', () => {
  it('prefers the same OPD, then the same urusan, and never returns the item itself', () => {
    const catalog = buildCatalog(
      [
        { id: 'self', data: entry({ title: 'Self' }) },
        { id: 'same-opd', data: entry({ title: 'Same OPD', urusan: 'pendidikan' }) },
        { id: 'same-urusan', data: entry({ title: 'Same urusan', opd: 'badan-contoh' }) },
        { id: 'unrelated', data: entry({ title: 'Unrelated', opd: 'badan-contoh', urusan: 'pendidikan' }) },
      ],
      opds,
    );
    const self = catalog.innovations.find((i) => i.id === 'self')!;
    expect(relatedInnovations(self, catalog.innovations).map((i) => i.id)).toEqual(['same-opd', 'same-urusan']);
  });

  it('still finds the strongest match when thousands of entries share the OPD', () => {
    const crowd = Array.from({ length: 2000 }, (_, i) => ({ id: `a-${i}`, data: entry({ title: `Aaa ${String(i).padStart(4, '0')}`, urusan: 'pendidikan' }) }));
    const catalog = buildCatalog(
      [{ id: 'self', data: entry({ title: 'Self' }) }, ...crowd, { id: 'best', data: entry({ title: 'Zzz last by title' }) }],
      opds,
    );
    const self = catalog.innovations.find((i) => i.id === 'self')!;
    // "best" shares OPD and urusan (5 points) but sorts last of 2,002 titles.
    expect(relatedInnovations(self, catalog.innovations)[0]!.id).toBe('best');
  });
});

describe('groupByOpd', () => {
  it('lists per OPD the innovations it runs and those it joins, in catalogue order, once each', () => {
    const catalog = buildCatalog(
      [
        { id: 'a', data: entry({ title: 'A' }) },
        { id: 'b', data: entry({ title: 'B', opd: 'badan-contoh', collaborators: ['dinas-contoh', 'dinas-contoh'] }) },
        { id: 'c', data: entry({ title: 'C', collaborators: ['badan-contoh'] }) },
      ],
      opds,
    );
    const { owned, joined } = groupByOpd(catalog.innovations);
    const ids = (list?: { id: string }[]) => (list ?? []).map((i) => i.id);
    for (const opd of opds.map((o) => o.id)) {
      expect(ids(owned.get(opd)), opd).toEqual(catalog.innovations.filter((i) => i.opd === opd).map((i) => i.id));
      expect(ids(joined.get(opd)), opd).toEqual(catalog.innovations.filter((i) => i.collaborators.includes(opd)).map((i) => i.id));
    }
    expect(ids(joined.get('dinas-contoh'))).toEqual(['b']);
  });

  it('agrees with scoring every pair when no trait is crowded (one finder answering many calls)', () => {
    // 40 entries over 3 OPDs, 3 urusan and 5 tags: every bucket is under the cap, so the answer is the exhaustive one.
    const urusan = ['pendidikan', 'kesehatan', 'administrasi-kependudukan'];
    const tagPool = ['air', 'anak', 'pajak', 'sampah', 'sekolah'];
    const items = Array.from({ length: 40 }, (_, i) => ({
      id: `e-${i}`,
      data: entry({ title: `Entri ${(i * 7919) % 97}`, opd: opds[i % 3]!.id, urusan: urusan[(i * 5) % 3], tags: tagPool.filter((_, k) => (i >> k) & 1 || k === i % 5) }),
    }));
    const catalog = buildCatalog(items, opds);
    const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
    const score = (a: (typeof catalog.innovations)[number], b: (typeof catalog.innovations)[number]) =>
      (a.opd === b.opd ? 3 : 0) + (a.urusan === b.urusan ? 2 : 0) + a.tags.filter((t) => b.tags.map((x) => x.toLowerCase()).includes(t.toLowerCase())).length;
    const finder = createRelatedFinder(catalog.innovations);
    for (const limit of [1, 3, 5]) {
      for (const self of catalog.innovations) {
        const expected = catalog.innovations
          .filter((o) => o !== self && score(self, o) > 0)
          .sort((a, b) => score(self, b) - score(self, a) || collator.compare(a.title, b.title))
          .slice(0, limit)
          .map((o) => o.id);
        expect(finder(self, limit).map((o) => o.id)).toEqual(expected);
        // A record that is not one of the catalogue's objects (a copy, with an unknown tag) is answered the same.
        expect(finder({ ...self, tags: [...self.tags.map((t) => t.toUpperCase()), 'tag-unknown'] }, limit).map((o) => o.id)).toEqual(expected);
      }
    }
  });
});
