import { describe, expect, it } from 'vitest';
import { buildCatalog, type InnovationRecord } from '../../src/lib/catalog.ts';
import { entryHelp, entryView, feedbackLinks, metricView, sourceLabels } from '../../src/lib/entry-view.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { sourceSchema } from '../../src/schema/source.ts';
import { metricSchema } from '../../src/schema/metric.ts';
import { validEntry, validOpd } from '../fixtures/entries.ts';

const NOW = new Date(Date.UTC(2021, 5, 1));
const SITE = { name: 'Etalase Uji', staleAfterDays: 365 };

function record(entry: Record<string, unknown>, opd: Record<string, unknown> = {}): InnovationRecord {
  const catalog = buildCatalog(
    [{ id: 'contoh', data: innovationSchema.parse({ ...validEntry(), ...entry }) }],
    [{ id: 'dinas-contoh', data: opdSchema.parse({ ...validOpd(), ...opd }) }],
  );
  return catalog.innovations[0]!;
}

const HOW = { where: ['Kantor Kecamatan Contoh'], cost: 'Gratis', sources: ['berita-a'] };
const CONTACT = {
  website: 'https://dinco.contoh.go.id/',
  contact: { address: 'Jl. Contoh No. 1', phone: '(021) 555-0101', email: 'dinco@contoh.go.id', social: [{ network: 'Instagram', url: 'https://instagram.com/dinco' }], sources: ['kontak'] },
  sources: [
    { id: 'berita-a', title: 'Berita A', url: 'https://contoh.co.id/a', publisher: 'Contoh News', date: 2019 },
    { id: 'kontak', title: 'Kontak Dinas Contoh', url: 'https://dinco.contoh.go.id/kontak', publisher: 'Dinas Contoh', date: '2021-05-01' },
  ],
};

describe('entryHelp: what "Cara memakai" shows', () => {
  it('the entry’s own how-to-use facts first', () => {
    const help = entryHelp(record({ howToUse: HOW }, CONTACT), 'id-ID');
    expect(help.kind).toBe('howToUse');
  });

  it('without how-to-use facts: the OPD’s contact from the registry, each row from the registry, cited to the OPD file’s own sources', () => {
    const help = entryHelp(record({ howToUse: undefined }, CONTACT), 'id-ID');
    expect(help.kind).toBe('contact');
    if (help.kind !== 'contact') return;
    expect(help.rows.map((r) => [r.key, r.text, r.href])).toEqual([
      ['address', 'Jl. Contoh No. 1', undefined],
      ['phone', '(021) 555-0101', 'tel:0215550101'],
      ['email', 'dinco@contoh.go.id', 'mailto:dinco@contoh.go.id'],
      ['website', 'dinco.contoh.go.id', 'https://dinco.contoh.go.id/'],
      ['social', 'Instagram', 'https://instagram.com/dinco'],
    ]);
    expect(help.sources).toEqual([{ label: 'Dinas Contoh', url: 'https://dinco.contoh.go.id/kontak' }]);
  });

  it('a how-to-use block with only sources and no fact counts as none', () => {
    expect(entryHelp(record({ howToUse: { sources: ['berita-a'] } }, CONTACT), 'id-ID').kind).toBe('contact');
  });

  it('a website alone is a contact; it cites no source of the OPD file (the page names the registry)', () => {
    const help = entryHelp(record({ howToUse: undefined }, { website: 'https://dinco.contoh.go.id' }), 'id-ID');
    expect(help.kind === 'contact' && help.rows.map((r) => r.key)).toEqual(['website']);
    expect(help.kind === 'contact' && help.sources).toEqual([]);
  });

  it('no how-to-use and no contact: says whom to ask (the OPD)', () => {
    const help = entryHelp(record({ howToUse: undefined }), 'id-ID');
    expect(help.kind).toBe('ask');
    expect(help.kind === 'ask' && help.opd.id).toBe('dinas-contoh');
  });
});

describe('sourceLabels', () => {
  const src = (over: Record<string, unknown>) => sourceSchema.parse({ id: 'x', title: 'Judul', url: 'https://contoh.co.id/', publisher: 'Tempo.co', date: '2020-10-02', ...over });
  it('the publisher alone when it is the only one; publisher and date when a publisher repeats; the title when the date repeats too', () => {
    const labels = sourceLabels(
      [
        src({ id: 'a', date: '2020-10-02' }),
        src({ id: 'b', date: '2021-03' }),
        src({ id: 'c', publisher: 'Kompas', date: '2019' }),
        src({ id: 'd', publisher: 'Detik', title: 'Layanan baru diluncurkan di kecamatan' }),
        src({ id: 'e', publisher: 'Detik', title: 'Warga antre' }),
      ],
      'id-ID',
    );
    expect(Object.fromEntries(labels)).toEqual({
      a: 'Tempo.co, 2 Oktober 2020',
      b: 'Tempo.co, Maret 2021',
      c: 'Kompas',
      d: 'Detik: “Layanan baru diluncurkan di kecamatan”',
      e: 'Detik: “Warga antre”',
    });
  });
});

describe('metricView', () => {
  const money = metricSchema.parse({ type: 'output', name: 'Perputaran uang', unit: 'rupiah (kumulatif sejak 2012)', values: [{ value: 4_000_000_000, date: '2022-11-04', source: 'a' }] });
  it('writes money compactly and keeps the rest of the unit for the caption', () => {
    const v = metricView(money, 'id-ID');
    expect(v.rows.map((r) => r.text)).toEqual(['Rp4 miliar']);
    expect(v.unitCaption).toBe('kumulatif sejak 2012');
    expect(metricView(money, 'en-GB').rows[0]!.text).toBe('Rp4 billion');
  });
  it('other values: grouped numbers, the unit once in the caption, stages in order with dates', () => {
    const m = metricSchema.parse({ type: 'output', name: 'Dokumen', unit: 'dokumen per hari', baseline: { value: 10, date: '2020-01', source: 'a' }, target: { value: 1500, source: 'a' }, values: [{ value: 12000, date: '2020-10-03', source: 'a' }] });
    const v = metricView(m, 'id-ID');
    expect(v.unitCaption).toBe('dokumen per hari');
    expect(v.rows.map((r) => [r.kind, r.text, r.dateText])).toEqual([
      ['baseline', '10', 'Januari 2020'],
      ['target', '1.500', '—'],
      ['measured', '12.000', '3 Oktober 2020'],
    ]);
  });
});

describe('feedbackLinks', () => {
  const page = 'https://inovasi.contoh.go.id/inovasi/contoh/';
  it('none when site.yaml sets neither', () => {
    expect(feedbackLinks(SITE, 'Layanan', page)).toEqual({});
  });
  it('a prefilled new-issue link and a prefilled mailto, each only when set', () => {
    const both = feedbackLinks({ ...SITE, feedbackIssueUrl: 'https://github.com/pemda/konten/issues/new', feedbackEmail: 'inovasi@contoh.go.id' }, 'Layanan Antar', page);
    const issue = new URL(both.issue!);
    expect(issue.origin + issue.pathname).toBe('https://github.com/pemda/konten/issues/new');
    expect(issue.searchParams.get('title')).toBe('Koreksi/masukan: Layanan Antar');
    expect(issue.searchParams.get('body')).toContain(page);
    expect(both.email!.startsWith('mailto:inovasi@contoh.go.id?subject=')).toBe(true);
    expect(decodeURIComponent(both.email!)).toContain(page);
    expect(feedbackLinks({ ...SITE, feedbackEmail: 'inovasi@contoh.go.id' }, 'X', page)).toEqual({ email: expect.stringMatching(/^mailto:/) });
  });
});

describe('entryView', () => {
  it('puts together what the page lays out: English text chosen per edition, stale status, outcome presence', () => {
    const item = record({ titleEn: 'Sample Delivery', howToUse: HOW, lastVerified: '2020-11-02' });
    const id = entryView(item, 'id', 'id-ID', { site: SITE, now: NOW, pageUrl: 'https://x.test/' });
    const en = entryView(item, 'en', 'en-GB', { site: SITE, now: NOW, pageUrl: 'https://x.test/' });
    expect(id.title).toEqual({ text: 'Layanan Contoh Antar Dokumen', lang: 'id' });
    expect(en.title).toEqual({ text: 'Sample Delivery', lang: 'en' });
    expect(en.untranslated).toBe(true);
    expect(en.indexBody).toBe('all');
    expect(id.indexBody).toBeUndefined();
    expect(id.stale).toBe(false);
    expect(entryView(item, 'id', 'id-ID', { site: SITE, now: new Date(Date.UTC(2023, 0, 1)), pageUrl: 'https://x.test/' }).stale).toBe(true);
    expect(id.hasOutcome).toBe(false);
    expect(id.yearRow).toBe('launched');
    expect(id.help.kind).toBe('howToUse');
    expect(id.metrics[0]!.rows.map((r) => r.text)).toEqual(['10', '500', '30']);
    expect(id.feedback).toEqual({});
  });
});
