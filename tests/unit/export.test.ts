/**
 * Open data (src/lib/export.ts), field dictionary, feeds and JSON-LD builders, on fixtures.
 * Expected values are written out by hand from the fixtures below.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildCatalog } from '../../src/lib/catalog.ts';
import {
  CSV_COLUMNS,
  INNOVATION_EXTRA_FIELDS,
  OPD_EXTRA_FIELDS,
  SCHEMA_VERSION,
  innovationCsv,
  innovationCsvRow,
  innovationDataset,
  markdownToText,
  metricsText,
  sourcesText,
  narrativeOf,
  opdDataset,
  splitSections,
  toCsv,
  type UrlBuilder,
} from '../../src/lib/export.ts';
import { DICTIONARY_GROUPS, dictionaryOf, nestedGroups } from '../../src/lib/data-dictionary.ts';
import { feedDate, feedItems, sortForFeed } from '../../src/lib/feed.ts';
import { datasetJsonLd, innovationJsonLd, opdJsonLd, serializeJsonLd } from '../../src/lib/structured-data.ts';
import { csvColumnSources, innovationExtraDescriptions, metaFieldDescriptions, opdExtraDescriptions } from '../../src/i18n/id-data.ts';
import { innovationSchema, innovationShape } from '../../src/schema/innovation.ts';
import { opdSchema } from '../../src/schema/opd.ts';
import { siteSchema } from '../../src/schema/site.ts';
import { validEntry, validOpd, validSite } from '../fixtures/entries.ts';

const entry = (over: Record<string, unknown>) => innovationSchema.parse({ ...validEntry(), ...over });
const opd = (over: Record<string, unknown>) => opdSchema.parse({ ...validOpd(), ...over });

const urls: UrlBuilder = {
  innovation: (id) => `https://contoh.go.id/etalase/inovasi/${id}/`,
  opd: (id) => `https://contoh.go.id/etalase/opd/${id}/`,
  opdFeed: (id) => `https://contoh.go.id/etalase/opd/${id}/rss.xml`,
};
const meta = {
  generated: '2025-01-02T03:04:05Z',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.id' },
  publisher: 'Pemerintah Kota Contoh',
  documentation: 'https://contoh.go.id/etalase/data/',
};

/** A title with quotes, commas, a semicolon and an apostrophe. */
const TRICKY_TITLE = 'Layanan "Jemput Bola", Antar Dokumen; Warga\'s Pilihan, "Cepat" & Gratis';
/** A long Indonesian paragraph, no newlines, with commas, quotes and semicolons (the body's Manfaat section). */
const LONG_TEXT =
  'Petugas kelurahan mendatangi rumah warga lanjut usia, penyandang disabilitas, dan warga yang sakit untuk merekam data KTP elektronik, ' +
  'mencetak Kartu Identitas Anak, serta menyerahkan akta kelahiran yang sudah jadi; layanan ini disebut "jemput bola" oleh Disdukcapil, ' +
  'dan menurut sumber berita pada 2020 sudah menjangkau puluhan kelurahan di tujuh kecamatan, tanpa biaya bagi warga.';

const BODY = [
  '## Latar belakang',
  '',
  'Warga harus datang ke kantor dinas.',
  'Antreannya **panjang** dan [berita ini](https://contoh.co.id/a) mencatatnya.',
  '',
  '## Solusi',
  '',
  'Dokumen diantar ke rumah:',
  '',
  '- daftar lewat *laman* resmi;',
  '- tunggu `WhatsApp` dari petugas.',
  '',
  '## Manfaat',
  '',
  LONG_TEXT,
  '',
  '## Catatan sumber',
  '',
  'Angka berbeda antarsumber.',
].join('\n');

const opds = [
  { id: 'dinas-contoh', data: opd({}) },
  { id: 'badan-contoh', data: opd({ name: 'Badan Contoh', abbreviation: undefined, type: 'badan', aliases: ['BC Lama'] }) },
  { id: 'kecamatan-sepi', data: opd({ name: 'Kecamatan Sepi', abbreviation: 'Kec. Sepi', type: 'kecamatan', parent: 'badan-contoh' }) },
];
const catalog = buildCatalog(
  [
    { id: 'tricky', data: entry({ title: TRICKY_TITLE, collaborators: ['badan-contoh'], trial: '2020-09', inisiator: 'asn', inisiatorName: 'Budi, S.Kom.' }) },
    { id: 'polos', data: entry({ title: 'Polos', opd: 'badan-contoh', metrics: [], launched: '2019', lastVerified: '2020' }) },
  ],
  opds,
);
const tricky = catalog.innovations.find((i) => i.id === 'tricky')!;
const polos = catalog.innovations.find((i) => i.id === 'polos')!;

describe('sources column', () => {
  it('writes each source on one line even when a title or publisher holds a line break (the import reads line by line)', () => {
    const source = { id: 'a', title: 'Judul\ndua baris', url: 'https://contoh.co.id/a', publisher: 'Contoh\r\nNews', date: '2020-10-02' };
    expect(sourcesText([source as never])).toBe('Contoh News — Judul dua baris (2020-10-02) — https://contoh.co.id/a');
  });
});

describe('narrative sections to plain text', () => {
  it('splits the body at level-2 headings, keeping their spelling and order', () => {
    expect(splitSections(BODY).map((s) => s.heading)).toEqual(['Latar belakang', 'Solusi', 'Manfaat', 'Catatan sumber']);
  });

  it('drops Markdown marks, joins soft line breaks, marks list items with a bullet', () => {
    expect(narrativeOf(BODY)).toEqual([
      { heading: 'Latar belakang', text: 'Warga harus datang ke kantor dinas. Antreannya panjang dan berita ini mencatatnya.' },
      { heading: 'Solusi', text: 'Dokumen diantar ke rumah:\n• daftar lewat laman resmi;\n• tunggu WhatsApp dari petugas.' },
      { heading: 'Manfaat', text: LONG_TEXT },
      { heading: 'Catatan sumber', text: 'Angka berbeda antarsumber.' },
    ]);
  });

  it('keeps underscores inside words and plain asterisks in arithmetic', () => {
    expect(markdownToText('Kode nomor_induk dan 2 * 3 = 6.')).toBe('Kode nomor_induk dan 2 * 3 = 6.');
  });

  it('has no narrative for an entry without body', () => {
    expect(narrativeOf(undefined)).toEqual([]);
    expect(narrativeOf('Tanpa judul bagian.')).toEqual([]);
  });
});

describe('inovasi.csv', () => {
  const bodies = new Map([['tricky', BODY]]);
  const csv = innovationCsv(catalog.innovations, bodies, urls);
  const records = parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

  it('starts with a UTF-8 byte-order mark and the national column names', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = parse(csv, { bom: true, to_line: 1 })[0];
    expect(header).toEqual([
      'Nama Inovasi', 'Nama OPD', 'Tahapan Inovasi', 'Inisiator', 'Jenis Inovasi', 'Bentuk Inovasi', 'Urusan Pemerintahan',
      'Waktu Uji Coba', 'Waktu Penerapan', 'Rancang Bangun', 'Tujuan', 'Manfaat', 'Hasil/Output', 'Outcome', 'Sumber', 'URL', 'Status',
    ]);
  });

  it('writes the status as given (the site passes the honest wording), else its label', () => {
    expect(records.every((r) => r.Status!.length > 0)).toBe(true);
    const item = catalog.innovations[0]!;
    const custom = parse(innovationCsv([item], new Map(), urls, () => 'Berjalan menurut sumber Juli 2018; belum dipastikan lagi'), { bom: true, columns: true }) as Record<string, string>[];
    expect(custom[0]!.Status).toBe('Berjalan menurut sumber Juli 2018; belum dipastikan lagi');
  });

  it('separates records with CRLF and doubles quotes inside fields (RFC 4180)', () => {
    expect(csv.split('\r\n')).toHaveLength(1 + catalog.innovations.length + 1); // header, rows, final empty line
    expect(csv).toContain('"Layanan ""Jemput Bola"", Antar Dokumen; Warga\'s Pilihan, ""Cepat"" & Gratis"');
  });

  it('round-trips a title with quotes and commas and long Indonesian text unchanged', () => {
    const row = records.find((r) => r.URL === urls.innovation('tricky'))!;
    expect(row['Nama Inovasi']).toBe(TRICKY_TITLE);
    expect(row['Inisiator']).toBe('ASN / perangkat daerah — Budi, S.Kom.');
    expect(row['Manfaat']).toBe(LONG_TEXT);
    expect(LONG_TEXT.length).toBeGreaterThan(300);
    // Every field parses back to exactly what was written, including multi-line ones.
    expect(row).toEqual(innovationCsvRow(tricky, urls, BODY));
  });

  it('fills the form columns from the entry, with labels for the vocabularies', () => {
    const row = records.find((r) => r.URL === urls.innovation('tricky'))!;
    expect(row['Nama OPD']).toBe('Dinas Contoh');
    expect(row['Tahapan Inovasi']).toBe('Penerapan');
    expect(row['Jenis Inovasi']).toBe('Digital');
    expect(row['Bentuk Inovasi']).toBe('Inovasi pelayanan publik');
    expect(row['Urusan Pemerintahan']).toBe('Administrasi kependudukan dan pencatatan sipil');
    expect(row['Waktu Uji Coba']).toBe('2020-09');
    expect(row['Waktu Penerapan']).toBe('2020-10-02');
    expect(row['Rancang Bangun']).toBe(
      'Latar belakang:\nWarga harus datang ke kantor dinas. Antreannya panjang dan berita ini mencatatnya.\n\n' +
        'Solusi:\nDokumen diantar ke rumah:\n• daftar lewat laman resmi;\n• tunggu WhatsApp dari petugas.',
    );
    expect(row['Hasil/Output']).toBe('Dokumen dikirim: 30 dokumen per hari (2020-10-03, Kabar Contoh)');
    expect(row['Sumber']).toBe(
      'Contoh News — Berita A (2020-10-02) — https://contoh.co.id/a\nKabar Contoh — Berita B (tanggal terbit tidak diketahui) — https://contoh.co.id/b',
    );
  });

  it('leaves columns empty when the content does not say (never guesses)', () => {
    const row = records.find((r) => r.URL === urls.innovation('polos'))!;
    for (const col of ['Inisiator', 'Waktu Uji Coba', 'Rancang Bangun', 'Tujuan', 'Manfaat', 'Hasil/Output', 'Outcome'] as const) {
      expect(row[col], col).toBe('');
    }
    expect(row['Waktu Penerapan']).toBe('2019');
    // An entry with narrative but no "## Tujuan" section: Tujuan stays empty, not taken from another section.
    expect(records.find((r) => r.URL === urls.innovation('tricky'))!['Tujuan']).toBe('');
    expect(innovationCsvRow(tricky, urls, `${BODY}\n\n## Tujuan\n\nMengurangi antrean.`)['Tujuan']).toBe('Mengurangi antrean.');
  });

  it('lists only reported values of each metric type; several values and metrics', () => {
    const metrics = [
      { type: 'outcome', name: 'Waktu tunggu', unit: 'menit', values: [{ value: 45, date: '2020', source: 'berita-a' }, { value: 12.5, date: '2021-06', source: 'berita-b' }] },
      { type: 'outcome', name: 'Kepuasan', unit: 'persen', target: { value: 90, source: 'berita-a' } },
      { type: 'outcome', name: 'Warga terlayani', unit: 'orang', values: [{ value: 12000, date: '2021', source: 'berita-a' }] },
    ];
    const e = entry({ metrics });
    expect(metricsText(e, 'outcome')).toBe('Waktu tunggu: 45 menit (2020, Contoh News); 12,5 menit (2021-06, Kabar Contoh)\nWarga terlayani: 12.000 orang (2021, Contoh News)');
    expect(metricsText(e, 'output')).toBe('');
  });
});

describe('inovasi.json and opd.json', () => {
  const data = innovationDataset(catalog.innovations, new Map([['tricky', BODY]]), urls, meta);

  it('states schema version, build date, licence and count', () => {
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.generated).toBe('2025-01-02T03:04:05Z');
    expect(data.licence.name).toBe('CC BY 4.0');
    expect(data.count).toBe(2);
    expect(data.innovations).toHaveLength(2);
  });

  it('gives every row every frontmatter field (null when absent), plus id, url, resolved OPDs and narrative', () => {
    const expected = [...Object.keys(innovationShape), 'id', 'url', 'owner', 'collaboratorOpds', 'narrative'].sort();
    for (const row of data.innovations) expect(Object.keys(row).sort()).toEqual(expected);
    const row = data.innovations.find((r) => r.id === 'tricky')!;
    expect(row.url).toBe('https://contoh.go.id/etalase/inovasi/tricky/');
    expect(row.title).toBe(TRICKY_TITLE);
    expect(row.opd).toBe('dinas-contoh');
    expect(row.owner).toEqual({ id: 'dinas-contoh', name: 'Dinas Contoh', abbreviation: 'Dinco' });
    expect(row.collaboratorOpds).toEqual([{ id: 'badan-contoh', name: 'Badan Contoh', abbreviation: null }]);
    expect(row.lan5d).toBeNull();
    expect(row.updated).toBeNull();
    expect(row.launched).toBe('2020-10-02');
    expect((row.narrative as { heading: string }[]).map((s) => s.heading)).toEqual(['Latar belakang', 'Solusi', 'Manfaat', 'Catatan sumber']);
    // Survives JSON serialisation unchanged (no Dates, no undefined).
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('counts owned and joined innovations per OPD, including OPDs with none', () => {
    const o = opdDataset(catalog.opds, catalog.innovations, urls, meta);
    const byId = Object.fromEntries(o.opds.map((r) => [r.id, r]));
    expect(o.count).toBe(3);
    expect([byId['dinas-contoh']!.innovationCount, byId['dinas-contoh']!.collaborationCount]).toEqual([1, 0]);
    expect([byId['badan-contoh']!.innovationCount, byId['badan-contoh']!.collaborationCount]).toEqual([1, 1]);
    expect([byId['kecamatan-sepi']!.innovationCount, byId['kecamatan-sepi']!.collaborationCount]).toEqual([0, 0]);
    expect(byId['kecamatan-sepi']!.feed).toBe('https://contoh.go.id/etalase/opd/kecamatan-sepi/rss.xml');
    const expected = [...Object.keys(opdSchema.shape), 'id', 'url', 'feed', 'innovationCount', 'collaborationCount'].sort();
    for (const row of o.opds) expect(Object.keys(row).sort()).toEqual(expected);
    expect(byId['dinas-contoh']!.website).toBeNull();
  });
});

describe('field dictionary cannot drift from the schemas', () => {
  it('describes every field of every schema group with its doc comment, none empty', () => {
    for (const g of DICTIONARY_GROUPS) {
      expect(dictionaryOf(g.id).map((f) => f.key), g.id).toEqual(Object.keys(g.schema.shape));
      for (const f of dictionaryOf(g.id)) expect(f.description.length, `${g.id}.${f.key}`).toBeGreaterThan(5);
    }
    // The text is the schema's own doc comment, not a second copy.
    expect(dictionaryOf('source').find((f) => f.key === 'publisher')!.description).toBe('Penerbit: situs berita, atau instansi yang mengeluarkan dokumen atau surat.');
  });

  it('has a group for every nested object (dictionaryOf throws on an unknown one)', () => {
    const reachable = new Set([...nestedGroups('innovation'), ...nestedGroups('opd')].map((n) => n.group));
    expect([...reachable].sort()).toEqual(DICTIONARY_GROUPS.map((g) => g.id).filter((id) => id !== 'innovation' && id !== 'opd').sort());
  });

  it('describes every extra JSON key, header key and CSV column', () => {
    expect(Object.keys(innovationExtraDescriptions).sort()).toEqual([...INNOVATION_EXTRA_FIELDS].sort());
    expect(Object.keys(opdExtraDescriptions).sort()).toEqual([...OPD_EXTRA_FIELDS].sort());
    expect(Object.keys(csvColumnSources)).toEqual([...CSV_COLUMNS]);
    const headers = new Set([
      ...Object.keys(innovationDataset([], new Map(), urls, meta)),
      ...Object.keys(opdDataset([], [], urls, meta)),
    ]);
    expect(Object.keys(metaFieldDescriptions).sort()).toEqual([...headers].sort());
  });

  it('reads kinds from the schema: choices with labels, dates, required fields', () => {
    const fields = Object.fromEntries(dictionaryOf('innovation').map((f) => [f.key, f]));
    expect(fields.tahapan!.choices).toEqual([
      { id: 'inisiatif', label: 'Inisiatif' },
      { id: 'uji-coba', label: 'Uji coba' },
      { id: 'penerapan', label: 'Penerapan' },
    ]);
    expect(fields.tahapan!.required).toBe(true);
    expect(fields.launched!.required).toBe(false);
    expect(fields.launched!.label).toMatch(/^tanggal/);
    expect(fields.sources!.group).toBe('source');
    expect(fields.sources!.required).toBe(true);
    expect(fields.featured!.label).toMatch(/true\/false/);
    const source = Object.fromEntries(dictionaryOf('source').map((f) => [f.key, f]));
    expect(source.url!.label).toBe('alamat https://');
    expect(source.date!.label).toMatch(/^tanggal/);
    expect(source.date!.description).toContain('tidak-diketahui');
  });
});

describe('RSS items', () => {
  it('dates an item by the later of launch and update', () => {
    expect(feedDate({ launched: '2020-10-02', updated: '2021-03' })).toEqual({ value: '2021-03', kind: 'updated' });
    expect(feedDate({ launched: '2022', updated: '2021-12-31' })).toEqual({ value: '2022', kind: 'launched' });
    expect(feedDate({ launched: undefined, updated: undefined })).toBeUndefined();
  });

  it('lists dated items newest first, undated last, and gives updated entries a new guid', () => {
    const c = buildCatalog(
      [
        { id: 'lama', data: entry({ title: 'Lama', launched: '2018' }) },
        { id: 'tanpa-tanggal', data: entry({ title: 'A tanpa tanggal', launched: undefined }) },
        { id: 'baru', data: entry({ title: 'Baru', launched: '2019', updated: '2024-05-06' }) },
      ],
      opds,
    );
    expect(sortForFeed(c.innovations).map((i) => i.id)).toEqual(['baru', 'lama', 'tanpa-tanggal']);
    const items = feedItems(c.innovations, urls.innovation);
    expect(items.map((i) => i.pubDate?.toISOString())).toEqual(['2024-05-06T00:00:00.000Z', '2018-01-01T00:00:00.000Z', undefined]);
    expect(items[0]!.customData).toBe('<guid isPermaLink="false">https://contoh.go.id/etalase/inovasi/baru/#diperbarui-2024-05-06</guid>');
    expect(items[1]!.customData).toBeUndefined();
    expect(items[0]!.link).toBe('https://contoh.go.id/etalase/inovasi/baru/');
  });
});

describe('JSON-LD', () => {
  const site = siteSchema.parse(validSite());

  it('never lets text close the script element', () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
  });

  it('describes an innovation as a GovernmentService of its OPD, with its sources', () => {
    const ld = innovationJsonLd(tricky, { page: urls.innovation('tricky'), opd: urls.opd });
    expect(ld['@type']).toBe('GovernmentService');
    expect(ld.name).toBe(TRICKY_TITLE);
    expect(ld.url).toBe('https://contoh.go.id/etalase/inovasi/tricky/');
    expect(ld.provider).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Dinas Contoh', url: 'https://contoh.go.id/etalase/opd/dinas-contoh/' });
    expect((ld.subjectOf as { url: string }[]).map((s) => s.url)).toEqual(['https://contoh.co.id/a', 'https://contoh.co.id/b']);
    expect((ld.subjectOf as Record<string, unknown>[])[1]).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('award'); // none in the fixture: left out, not empty
    expect(JSON.stringify(ld)).not.toContain('null');
  });

  it('describes an OPD as a GovernmentOrganization under its parent or the government', () => {
    const kec = catalog.opds.find((o) => o.id === 'kecamatan-sepi')!;
    const badan = catalog.opds.find((o) => o.id === 'badan-contoh')!;
    const ld = opdJsonLd(kec, { page: urls.opd(kec.id) }, site, { opd: badan, page: urls.opd(badan.id) });
    expect(ld['@type']).toBe('GovernmentOrganization');
    expect(ld.alternateName).toEqual(['Kec. Sepi']);
    expect(ld.parentOrganization).toMatchObject({ name: 'Badan Contoh', url: 'https://contoh.go.id/etalase/opd/badan-contoh/' });
    const top = opdJsonLd(badan, { page: urls.opd(badan.id) }, site);
    expect(top.parentOrganization).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Pemerintah Kota Contoh' });
    expect(top.alternateName).toEqual(['BC Lama']);
  });

  it('describes the data set with its licence and three downloads', () => {
    const ld = datasetJsonLd(
      site,
      { page: 'https://x.id/data/', json: 'https://x.id/data/inovasi.json', csv: 'https://x.id/data/inovasi.csv', opdJson: 'https://x.id/data/opd.json' },
      { name: 'N', description: 'D', dateModified: '2025-01-02T03:04:05Z', version: '1.0.0', keywords: ['k'] },
    );
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect((ld.distribution as { encodingFormat: string }[]).map((d) => d.encodingFormat)).toEqual(['application/json', 'text/csv', 'application/json']);
  });
});

describe('an entry without narrative', () => {
  it('still makes a complete, parseable CSV row', () => {
    const one = parse(toCsv([innovationCsvRow(polos, urls)]), { bom: true, columns: true }) as Record<string, string>[];
    expect(one).toHaveLength(1);
    expect(Object.keys(one[0]!)).toEqual([...CSV_COLUMNS]);
    expect(one[0]!['Nama Inovasi']).toBe('Polos');
  });
});
