/**
 * Cache keys of the incremental build (src/lib/cache-keys.ts): changing each kind of shared
 * input changes exactly the keys of the pages that show it, and nothing else. The catalogue is a
 * hand-made fixture whose relations are known: e1 and e2 share OPD and urusan (related to each
 * other), e3 and e4 share nothing with anyone; dinas-b collaborates on e1; unit-c sits under dinas-a.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, createRelatedFinder, type Catalog } from '../../src/lib/catalog.ts';
import { canonical, digest, pageKeys, type KeyInputs } from '../../src/lib/cache-keys.ts';
import { computeStats } from '../../src/lib/stats.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { siteSchema } from '../../src/schema/site.ts';
import { getUi, LANGS, type Lang } from '../../src/i18n/index.ts';
import { GLOSSARY } from '../../src/i18n/glossary.ts';
import { validEntry, validOpd, validSite } from '../fixtures/entries.ts';

type Raw = {
  entries: Record<string, Record<string, unknown>>;
  opds: Record<string, Record<string, unknown>>;
  bodies: Record<string, string>;
  site: Record<string, unknown>;
  ui: Record<Lang, unknown>;
  glossary: unknown;
  now: Date;
  numbers?: (id: string, real: unknown) => unknown;
};

const NOW = new Date(Date.UTC(2021, 0, 15));

function raw(): Raw {
  return {
    entries: {
      e1: { title: 'Satu Layanan', opd: 'dinas-a', collaborators: ['dinas-b'], urusan: 'administrasi-kependudukan', tags: [], lastVerified: '2020-11-02' },
      e2: { title: 'Dua Layanan', opd: 'dinas-a', urusan: 'administrasi-kependudukan', tags: [], lastVerified: '2020-11-02' },
      e3: { title: 'Tiga Layanan', opd: 'dinas-b', urusan: 'kesehatan', tags: [], lastVerified: '2020-03-01' },
      e4: { title: 'Empat Layanan', opd: 'unit-c', urusan: 'pariwisata', tags: [], lastVerified: '2020-11-02' },
    },
    opds: {
      'dinas-a': { name: 'Dinas Alfa', abbreviation: 'Dinalfa' },
      'dinas-b': { name: 'Dinas Beta', abbreviation: 'Dinbeta' },
      'unit-c': { name: 'Unit Gama', abbreviation: 'Ugama', parent: 'dinas-a' },
      'dinas-d': { name: 'Dinas Delta', abbreviation: 'Dindel' },
    },
    bodies: { e1: '## Latar belakang\nSatu.', e2: '## Latar belakang\nDua.', e3: '## Latar belakang\nTiga.', e4: '## Latar belakang\nEmpat.' },
    site: validSite(),
    // Deep copies: a test may edit a string without touching the real tables.
    ui: { id: JSON.parse(JSON.stringify(getUi('id'))), en: JSON.parse(JSON.stringify(getUi('en'))) },
    glossary: JSON.parse(JSON.stringify(GLOSSARY)),
    now: NOW,
  };
}

/** The inputs as src/data/cache-keys.ts assembles them, from fresh objects every time. */
function inputs(r: Raw): KeyInputs {
  const catalog: Catalog = buildCatalog(
    Object.entries(r.entries).map(([id, over]) => ({ id, data: innovationSchema.parse({ ...validEntry(), ...over }) })),
    Object.entries(r.opds).map(([id, over]) => ({ id, data: opdSchema.parse({ ...validOpd(), ...over }) })),
  );
  const site = siteSchema.parse(r.site);
  const related = createRelatedFinder(catalog.innovations);
  const stats = computeStats({ catalog, site, claims: [], now: r.now });
  return {
    innovations: catalog.innovations,
    opds: catalog.opds,
    bodies: new Map(Object.entries(r.bodies)),
    site,
    ui: r.ui as KeyInputs['ui'],
    glossary: r.glossary,
    now: r.now,
    related: (item) => related(item),
    opdNumbers: (id) => (r.numbers ? r.numbers(id, stats.perOpd.get(id)) : stats.perOpd.get(id)),
  };
}

/** Every keyed page of the fixture: "entry:<lang>:<id>", "opd:<lang>:<id>", "opd-page:<lang>:<id>". */
function allKeys(r: Raw): Map<string, string> {
  const input = inputs(r);
  const k = pageKeys(input);
  const out = new Map<string, string>();
  for (const lang of LANGS) {
    for (const item of input.innovations) out.set(`entry:${lang}:${item.id}`, k.entry(item, lang));
    for (const opd of input.opds) {
      out.set(`opd:${lang}:${opd.id}`, k.opd(opd, lang));
      out.set(`opd-page:${lang}:${opd.id}`, k.opdPage(opd, lang));
    }
  }
  return out;
}

/** Pages whose key differs after `change`. */
function changedBy(change: (r: Raw) => void): string[] {
  const before = allKeys(raw());
  const r = raw();
  change(r);
  const after = allKeys(r);
  const pages = new Set([...before.keys(), ...after.keys()]);
  return [...pages].filter((page) => before.get(page) !== after.get(page)).sort();
}

const both = (...pages: string[]) => pages.flatMap((p) => LANGS.map((l) => p.replace('*', l))).sort();

describe('canonical / digest', () => {
  it('ignore key order and undefined, but see every value, Map/Set content and function source', () => {
    expect(canonical({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe(canonical({ a: [1, { c: 'x' }], b: 1 }));
    expect(digest({ a: 1 })).not.toBe(digest({ a: 2 }));
    expect(digest(new Map([['a', 1]]))).not.toBe(digest(new Map([['a', 2]])));
    expect(digest(new Set(['a', 'b']))).toBe(digest(new Set(['b', 'a'])));
    expect(digest({ f: (n: number) => `${n} inovasi` })).not.toBe(digest({ f: (n: number) => `${n} innovations` }));
    expect(digest(new Date(0))).not.toBe(digest(new Date(1)));
  });
});

describe('pageKeys: a change re-keys exactly the pages that show it', () => {
  it('the same inputs, rebuilt from scratch, give the same keys (nothing re-renders)', () => {
    expect(changedBy(() => {})).toEqual([]);
    const r = raw();
    // Key order in the files does not matter.
    r.entries = Object.fromEntries(Object.entries(r.entries).reverse());
    expect(allKeys(r)).toEqual(allKeys(raw()));
  });

  it('an entry: its own pages, the entries that list it as related, its OPD and collaborator pages', () => {
    expect(changedBy((r) => void (r.entries.e1!.title = 'Satu Layanan Baru'))).toEqual(
      both('entry:*:e1', 'entry:*:e2', 'opd:*:dinas-a', 'opd-page:*:dinas-a', 'opd:*:dinas-b'),
    );
    // An entry nobody relates to and with no collaborator: its pages and its OPD's.
    expect(changedBy((r) => void (r.entries.e4!.summary = 'Ringkasan lain yang cukup panjang.'))).toEqual(both('entry:*:e4', 'opd:*:unit-c', 'opd-page:*:unit-c'));
  });

  it('an entry body: only that entry’s pages (lists and OPD pages do not show it)', () => {
    expect(changedBy((r) => void (r.bodies.e3 = '## Latar belakang\nTiga, ditulis ulang.'))).toEqual(both('entry:*:e3'));
  });

  it('an OPD name or alias: every page (any entry’s text may mention it: hidden search terms; OPD pages: header search phrases)', () => {
    expect(changedBy((r) => void (r.opds['dinas-b']!.name = 'Dinas Beta Baru'))).toEqual([...allKeys(raw()).keys()].sort());
    expect(changedBy((r) => void (r.opds['dinas-d']!.aliases = ['Delta']))).toEqual([...allKeys(raw()).keys()].sort());
  });

  it('an OPD contact: the pages of its entries, its OPD pages and its parent’s page (which lists it)', () => {
    const pages = changedBy((r) => void (r.opds['unit-c']!.contact = { phone: '021 123', sources: ['berita-a'] }));
    // dinas-a lists unit-c among its units: the whole record counts (conservative).
    expect(pages).toEqual(both('entry:*:e4', 'opd:*:unit-c', 'opd-page:*:unit-c', 'opd:*:dinas-a'));
    // An OPD no entry belongs to, with no parent or units: its own pages only.
    expect(changedBy((r) => void (r.opds['dinas-d']!.contact = { phone: '021 9', sources: ['berita-a'] }))).toEqual(both('opd:*:dinas-d', 'opd-page:*:dinas-d'));
  });

  it('site.yaml: every page', () => {
    expect(changedBy((r) => void (r.site.tagline = 'Tagline baru'))).toEqual([...allKeys(raw()).keys()].sort());
  });

  it('a UI string: every page of that language, none of the other', () => {
    const id = changedBy((r) => void ((r.ui.id as { skipLink: string }).skipLink = 'Lompat ke isi utama'));
    expect(id).toEqual([...allKeys(raw()).keys()].filter((p) => p.includes(':id:')).sort());
    const en = changedBy((r) => void ((r.ui.en as { skipLink: string }).skipLink = 'Skip ahead'));
    expect(en).toEqual([...allKeys(raw()).keys()].filter((p) => p.includes(':en:')).sort());
  });

  it('a UI string written as a function (its source is part of the key)', () => {
    const before = pageKeys({ ...inputs(raw()), ui: { id: { n: (x: number) => `${x} inovasi` }, en: {} } });
    const after = pageKeys({ ...inputs(raw()), ui: { id: { n: (x: number) => `${x} inovasi daerah` }, en: {} } });
    const item = inputs(raw()).innovations[0]!;
    expect(after.entry(item, 'id')).not.toBe(before.entry(item, 'id'));
    expect(after.entry(item, 'en')).toBe(before.entry(item, 'en'));
  });

  it('the glossary: every page', () => {
    expect(changedBy((r) => void ((r.glossary as { gloss: string }[])[0]!.gloss = 'changed'))).toEqual([...allKeys(raw()).keys()].sort());
  });

  it('the build date only through what it changes: a day later nothing; once an entry turns stale, its pages and its OPD page', () => {
    expect(changedBy((r) => void (r.now = new Date(NOW.getTime() + 86_400_000)))).toEqual([]);
    // e3 was verified 2020-03-01: 365 days later it is stale (the others, verified 2020-11-02, are not yet).
    const pages = changedBy((r) => void (r.now = new Date(Date.UTC(2021, 2, 5))));
    // Its card now reads "Berjalan menurut sumber Maret 2020; belum dipastikan lagi", so the later
    // pages of its OPD's list re-key too (they show the card).
    expect(pages).toEqual(both('entry:*:e3', 'opd-page:*:dinas-b', 'opd:*:dinas-b'));
  });

  it('an OPD’s numbers (statistics and claims for it): that OPD’s page only', () => {
    expect(changedBy((r) => void (r.numbers = (id, real) => (id === 'dinas-d' ? { ...(real as object), claimed: 4 } : real)))).toEqual(both('opd:*:dinas-d'));
  });

  it('a new entry: its OPD pages and the entries it becomes related to', () => {
    const pages = changedBy((r) => void (r.entries.e5 = { title: 'Lima Layanan', opd: 'dinas-b', urusan: 'kesehatan', tags: [] }));
    // e3 (same OPD and urusan) now lists e5; dinas-b owns it. e5's own keys are new (not compared).
    expect(pages.filter((p) => !p.includes(':e5'))).toEqual(both('entry:*:e3', 'opd:*:dinas-b', 'opd-page:*:dinas-b'));
  });
});

describe('pageKeys: later pages of the /inovasi/ list', () => {
  // Pages of two rows over the catalogue's title order: Dua (e2), Empat (e4) | Satu (e1), Tiga (e3).
  const listKeys = (r: Raw) => {
    const input = inputs(r);
    const k = pageKeys(input);
    const rows = input.innovations;
    const out = new Map<string, string>();
    for (const lang of LANGS) for (let p = 0; p * 2 < rows.length; p++) out.set(`list:${lang}:${p + 1}`, k.listPage('nama', p + 1, rows.slice(p * 2, p * 2 + 2), lang));
    return out;
  };
  const listChangedBy = (change: (r: Raw) => void) => {
    const before = listKeys(raw());
    const r = raw();
    change(r);
    const after = listKeys(r);
    return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort();
  };

  it('shows its rows: an entry re-keys the page it is on, in both languages, not the other page', () => {
    expect(listKeys(raw()).get('list:id:1')).not.toBe(listKeys(raw()).get('list:id:2'));
    expect(listChangedBy((r) => void (r.entries.e3!.tahapan = 'uji-coba'))).toEqual(both('list:*:2'));
    expect(listChangedBy((r) => void (r.entries.e4!.status = 'tidak-diketahui'))).toEqual(both('list:*:1'));
  });

  it('an entry body: no list page (the rows do not show it); the build date only where a card turns stale', () => {
    expect(listChangedBy((r) => void (r.bodies.e1 = '## Latar belakang\nSatu, lain.'))).toEqual([]);
    expect(listChangedBy((r) => void (r.now = new Date(NOW.getTime() + 86_400_000)))).toEqual([]);
    // e3 ("berjalan", verified 2020-03-01) turns stale: its card on page 2 says since when it is unconfirmed.
    expect(listChangedBy((r) => void (r.now = new Date(Date.UTC(2021, 2, 5))))).toEqual(both('list:*:2'));
  });

  it('how-to-use facts turning old re-key the entry page that shows their notice', () => {
    const withHowTo = (r: Raw) => void (r.entries.e1!.howToUse = { where: ['Kantor'], sources: ['berita-a'] });
    const before = raw();
    withHowTo(before);
    const after = raw();
    withHowTo(after);
    // berita-a is of 2020-10-02 and e1 was verified 2020-11-02: on 2021-10-20 the facts are old, the status not yet.
    before.now = new Date(Date.UTC(2021, 9, 1));
    after.now = new Date(Date.UTC(2021, 9, 20));
    const item = (r: Raw) => inputs(r).innovations.find((i) => i.id === 'e1')!;
    expect(pageKeys(inputs(after)).entry(item(after), 'id')).not.toBe(pageKeys(inputs(before)).entry(item(before), 'id'));
  });

  it('an OPD contact re-keys every list page (the OPD chips above the list show every OPD)', () => {
    expect(listChangedBy((r) => void (r.opds['dinas-d']!.contact = { phone: '021 9', sources: ['berita-a'] }))).toEqual(both('list:*:1', 'list:*:2'));
  });

  it('a new entry re-keys every list page (the count of entries and pages above and below the list)', () => {
    const pages = listChangedBy((r) => void (r.entries.e0 = { title: 'Zeta Layanan', opd: 'dinas-d', urusan: 'kesehatan', tags: [] }));
    expect(pages.filter((p) => p.endsWith(':1') || p.endsWith(':2'))).toEqual(both('list:*:1', 'list:*:2'));
  });

  it('a UI string of one language re-keys that language’s list pages only', () => {
    expect(listChangedBy((r) => void ((r.ui.en as { skipLink: string }).skipLink = 'Skip ahead'))).toEqual(['list:en:1', 'list:en:2']);
  });
});
