/** Search facets: filter values, labels, URL state, extra search terms, indexable HTML. Hand-built fixtures. */
import { describe, expect, it } from 'vitest';
import {
  cleanFilters,
  facetLabels,
  indexableHtml,
  innovationFilters,
  innovationMeta,
  innovationSearchTerms,
  mentionedOpds,
  opdPhrases,
  searchVocabulary,
  opdLabel,
  opdMeta,
  opdNames,
  opdOtherNames,
  opdSearchTerms,
  parseSearchParams,
  rootTerms,
  searchHref,
  searchQuery,
  valueLabel,
} from '../../src/lib/search-facets.ts';

const dukcapil = { name: 'Dinas Kependudukan dan Pencatatan Sipil', abbreviation: 'Disdukcapil', aliases: ['Dukcapil', 'disdukcapil'] };
const bappeda = { name: 'Badan Perencanaan Pembangunan Daerah', abbreviation: undefined, aliases: [] as string[] };

const item = {
  title: 'Layanan Contoh Antar Dokumen',
  aka: ['Antar Dokumen'],
  summary: 'Dokumen diantar ke rumah warga.',
  tags: ['KTP'],
  opd: 'disdukcapil',
  tahapan: 'penerapan' as const,
  jenis: 'digital' as const,
  bentuk: 'pelayanan-publik' as const,
  urusan: 'administrasi-kependudukan' as const,
  status: 'berjalan' as const,
  year: 2020,
  owner: dukcapil,
};

describe('innovationFilters', () => {
  it('gives every filter its id value, the listing year as tahun, and marks the page as an innovation', () => {
    expect(innovationFilters(item)).toEqual({
      opd: ['disdukcapil'],
      tahun: ['2020'],
      tahapan: ['penerapan'],
      jenis: ['digital'],
      bentuk: ['pelayanan-publik'],
      urusan: ['administrasi-kependudukan'],
      status: ['berjalan'],
      // Urusan administrasi kependudukan is the KTP/KK/akta need of the home page.
      keperluan: ['adminduk'],
      halaman: ['inovasi'],
    });
  });

  it('leaves tahun empty when the year is unknown', () => {
    expect(innovationFilters({ ...item, year: undefined }).tahun).toEqual([]);
  });
});

describe('labels', () => {
  it('labels an OPD by full name with its abbreviation, or by name alone', () => {
    expect(opdLabel(dukcapil)).toBe('Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)');
    expect(opdLabel(bappeda)).toBe('Badan Perencanaan Pembangunan Daerah');
    expect(opdLabel({ name: 'Dinas Koperasi dan UKM', abbreviation: 'Dinas Koperasi dan UKM' })).toBe('Dinas Koperasi dan UKM');
  });

  it('lists every OPD by label, years newest first, vocabularies in their own order', () => {
    const labels = facetLabels(
      [{ year: 2019 }, { year: 2021 }, {}, { year: 2019 }],
      [
        { id: 'disdukcapil', ...dukcapil },
        { id: 'bappeda', ...bappeda },
      ],
    );
    expect(labels.opd).toEqual([
      { id: 'bappeda', label: 'Badan Perencanaan Pembangunan Daerah' },
      { id: 'disdukcapil', label: 'Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)' },
    ]);
    expect(labels.tahun).toEqual([
      { id: '2021', label: '2021' },
      { id: '2019', label: '2019' },
    ]);
    expect(labels.tahapan).toEqual([
      { id: 'inisiatif', label: 'Inisiatif' },
      { id: 'uji-coba', label: 'Uji coba' },
      { id: 'penerapan', label: 'Penerapan' },
    ]);
    expect(labels.halaman.map((v) => v.label)).toEqual(['Inovasi', 'Perangkat daerah']);
    expect(valueLabel(labels, 'status', 'tidak-diketahui')).toBe('Status terkini belum diketahui');
    expect(valueLabel(labels, 'urusan', 'administrasi-kependudukan')).toBe('Administrasi kependudukan dan pencatatan sipil');
    expect(valueLabel(labels, 'opd', 'tidak-ada')).toBe('tidak-ada');
  });
});

describe('result-card metadata', () => {
  it('carries title, OPD short and full name, year, tahapan and status labels, summary', () => {
    expect(innovationMeta(item)).toEqual({
      title: 'Layanan Contoh Antar Dokumen',
      kind: 'inovasi',
      opd: 'Disdukcapil',
      opd_name: 'Dinas Kependudukan dan Pencatatan Sipil',
      tahapan: 'Penerapan',
      status: 'Masih berjalan',
      summary: 'Dokumen diantar ke rumah warga.',
      tahun: '2020',
    });
  });

  it('adds the image when there is one and drops tahun when unknown', () => {
    const meta = innovationMeta({ ...item, year: undefined, owner: bappeda }, { src: '/etalase/media/a.jpg', alt: 'Mesin' });
    expect(meta.tahun).toBeUndefined();
    expect(meta.opd).toBe('Badan Perencanaan Pembangunan Daerah');
    expect(meta.image).toBe('/etalase/media/a.jpg');
    expect(meta.image_alt).toBe('Mesin');
  });

  it('describes an OPD page by name, abbreviation and count', () => {
    expect(opdMeta(dukcapil, 5)).toEqual({ title: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'opd', count: '5', opd: 'Disdukcapil' });
    expect(opdMeta(bappeda, 0)).toEqual({ title: 'Badan Perencanaan Pembangunan Daerah', kind: 'opd', count: '0' });
  });
});

describe('URL state', () => {
  it('reads q and repeated known filters, trims, drops empty values, duplicates and unknown keys', () => {
    expect(parseSearchParams('?q=%20ktp%20&opd=disdukcapil&opd=dlh&opd=dlh&tahun=2020&tahapan=&foo=bar')).toEqual({
      q: 'ktp',
      filters: { opd: ['disdukcapil', 'dlh'], tahun: ['2020'] },
    });
    expect(parseSearchParams('')).toEqual({ q: '', filters: {} });
    expect(parseSearchParams(new URLSearchParams('q=izin+usaha'))).toEqual({ q: 'izin usaha', filters: {} });
  });

  it('writes q first, then filters in a fixed order, and nothing for an empty state', () => {
    expect(searchQuery({ q: 'ktp', filters: { tahun: ['2020'], opd: ['disdukcapil'] } })).toBe('?q=ktp&opd=disdukcapil&tahun=2020');
    expect(searchQuery({ q: 'izin usaha' })).toBe('?q=izin+usaha');
    expect(searchQuery({ q: '  ', filters: { opd: [] } })).toBe('');
  });

  it('round-trips', () => {
    const state = { q: 'kartu identitas & anak', filters: { opd: ['a', 'b'], status: ['tidak-diketahui'] } };
    expect(parseSearchParams(searchQuery(state))).toEqual(state);
  });

  it('builds base-aware links and cleans empty filters', () => {
    expect(searchHref('/etalase/cari/', { filters: { opd: ['disdukcapil'] } })).toBe('/etalase/cari/?opd=disdukcapil');
    expect(searchHref('/cari/', {})).toBe('/cari/');
    expect(cleanFilters({ opd: [], tahun: ['2020'], other: ['x'] })).toEqual({ tahun: ['2020'] });
  });
});

describe('extra search terms', () => {
  it('lists every name of an OPD once, and the others apart from name and abbreviation', () => {
    expect(opdNames(dukcapil)).toEqual(['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Dukcapil']);
    expect(opdOtherNames(dukcapil)).toEqual(['Dukcapil']);
    expect(opdOtherNames(bappeda)).toEqual([]);
  });

  it('adds the root of a derived word the stemmer misses, unless the text has it already', () => {
    expect(rootTerms(['Badan Perencanaan Pembangunan Daerah'])).toEqual(['rencana']);
    expect(rootTerms(['Perencanaan sesuai rencana kerja'])).toEqual([]);
    expect(rootTerms(['PERENCANAAN'])).toEqual(['rencana']);
    expect(rootTerms(['Dinas Ketenagakerjaan'])).toEqual(['kerja', 'tenaga kerja']);
    expect(rootTerms(['Ketenagakerjaan dan tenaga kerja'])).toEqual([]);
    expect(rootTerms(['pelayanan'], { pelayanan: ['layan'] })).toEqual(['layan']);
    expect(rootTerms([undefined, ''])).toEqual([]);
  });

  it('looks in hyphenated words too', () => {
    expect(rootTerms(['sistem antrean-daring'], { antrean: ['antri'] })).toEqual(['antri']);
  });

  it('reads a word of the text that is also an Object property name as a word, not a table entry', () => {
    expect(rootTerms(['The constructor of a toString valueOf'])).toEqual([]);
    expect(innovationSearchTerms({ ...item, title: 'Constructor', summary: 'A constructor hasownproperty.' })).not.toContain(undefined);
  });

  it('splits camel-case parts of hyphenated words', () => {
    expect(rootTerms(['PortalPerencanaan-Daerah'])).toEqual(['rencana']);
    expect(rootTerms(['Daerah-SistemAntrean'], { antrean: ['antri'] })).toEqual(['antri']);
  });

  it('adds residents\' words for the Indonesian index even when only the English text has them', () => {
    const base = { ...item, title: 'Bank Sampah', summary: 'Tabungan sampah warga.', tags: [], urusan: 'lingkungan-hidup' };
    expect(innovationSearchTerms(base)).toContain('waste');
    // The English summary is not on the Indonesian page: "waste" there must not suppress the hidden term.
    expect(innovationSearchTerms({ ...base, summaryEn: 'Residents save their sorted waste.' } as typeof base)).toContain('waste');
  });

  it('covers the OPD names, the urusan label and the body of an innovation', () => {
    const terms = innovationSearchTerms({ ...item, urusan: 'perumahan-kawasan-permukiman', body: 'Warga menunggu di rumah.' });
    // Every name of the owner; kependudukan (OPD name) → penduduk; permukiman (urusan label) → pemukiman;
    // menunggu (body) → tunggu. "rumah" (from "perumahan") is not added: the body has it.
    expect(terms).toEqual(expect.arrayContaining(['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Dukcapil', 'pemukiman', 'penduduk', 'tunggu']));
    expect(terms).not.toContain('rumah');
    expect(opdSearchTerms(bappeda)).toEqual(['rencana']);
  });

  const dpmptsp = { name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', abbreviation: 'DPMPTSP', aliases: ['BP2T'] };
  const serpong = { name: 'Kecamatan Serpong', abbreviation: undefined, aliases: ['Serpong'] };
  const setu = { name: 'Kecamatan Setu', abbreviation: undefined, aliases: ['Setu'] };

  it('gives an entry every name of its collaborators and of the OPDs its texts name, wherever on the page', () => {
    const terms = innovationSearchTerms(
      {
        ...item,
        collaboratorOpds: [bappeda],
        sources: [{ id: 'bp2t-2012', title: 'BP2T luncurkan layanan', url: 'https://contoh.id/setu-kecamatan-serpong', publisher: 'SerpongUpdate' }],
      } as Parameters<typeof innovationSearchTerms>[0],
      [dukcapil, bappeda, dpmptsp, serpong, setu],
    );
    expect(terms).toEqual(expect.arrayContaining(['Badan Perencanaan Pembangunan Daerah', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'BP2T', 'Kecamatan Serpong', 'Serpong']));
    // The address is not page text: "setu" only appears in the URL.
    expect(terms).not.toContain('Kecamatan Setu');
  });

  it('finds an OPD named as whole words, camel-case parts included (as Pagefind splits them)', () => {
    expect(mentionedOpds(['Kantor Disdukcapil Tangsel'], [dukcapil, bappeda])).toEqual([dukcapil]);
    expect(mentionedOpds(['dimuat SerpongUpdate.com'], [serpong])).toEqual([serpong]);
    expect(mentionedOpds(['Persetujuan Bangunan Gedung'], [setu])).toEqual([]);
    expect(mentionedOpds(['Badan Perencanaan Pembangunan'], [bappeda])).toEqual([]);
  });

  it("adds residents' words for what the entry's own text says, and the urusan's words", () => {
    const licensing = innovationSearchTerms({ ...item, title: 'Mobil layanan perizinan', summary: 'Warga mendaftarkan izin.', urusan: 'penanaman-modal' });
    expect(licensing).toEqual(expect.arrayContaining(['izin usaha', 'NIB', 'business licence', 'business license', 'permit']));
    const waste = innovationSearchTerms({ ...item, title: 'Bank sampah unit', summary: 'Bank sampah warga.', urusan: 'lingkungan-hidup' });
    expect(waste).toEqual(expect.arrayContaining(['waste', 'rubbish']));
    expect(waste).not.toContain('NIB');
    expect(licensing).not.toContain('waste');
  });

  it('lists every OPD name as a phrase, and the words a search can suggest', () => {
    expect(opdPhrases([dukcapil, dpmptsp])).toEqual(['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Dukcapil', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'BP2T']);
    const vocabulary = searchVocabulary([{ aka: ['ADM'], tags: ['e-KTP'] }], [dukcapil]);
    expect(vocabulary.map((v) => v.toLowerCase())).toEqual(expect.arrayContaining(['dukcapil', 'disdukcapil', 'adm', 'e-ktp', 'perencanaan', 'rencana', 'waste', 'izin usaha']));
    expect(new Set(vocabulary.map((v) => v.toLowerCase())).size).toBe(vocabulary.length);
  });
});

describe('indexableHtml', () => {
  it('separates definition terms, details, list items and cells with a space', () => {
    expect(indexableHtml('<dl><dt>Tahapan</dt><dd>Penerapan</dd><dt class="x">Jenis</dt></dl>')).toBe(
      '<dl> <dt>Tahapan</dt> <dd>Penerapan</dd> <dt class="x">Jenis</dt></dl>',
    );
    expect(indexableHtml('<ul><li>a</li><li>b</li></ul>a<br>b<br/>c')).toBe('<ul> <li>a</li> <li>b</li></ul>a <br>b <br/>c');
  });

  it('adds nothing where whitespace already separates, so a second pass changes nothing', () => {
    expect(indexableHtml('<ul>\n<li>a</li>\n<li>b</li></ul>')).toBe('<ul>\n<li>a</li>\n<li>b</li></ul>');
    const html = '<dl><dt>Tahapan</dt><dd>Penerapan</dd></dl><ul><li>a</li></ul>x<br>y';
    expect(indexableHtml(indexableHtml(html))).toBe(indexableHtml(html));
  });

  it('leaves other tags alone', () => {
    const html = '<table><thead><tr><th>x</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><details><summary>s</summary></details><link rel="x">';
    expect(indexableHtml(html)).toBe(
      '<table><thead><tr> <th>x</th></tr></thead><tbody><tr> <td>1</td></tr></tbody></table><details><summary>s</summary></details><link rel="x">',
    );
  });

  it("keeps a source's notes out of the index (they leaked into excerpts), once", () => {
    const html = '<li><a href="x">Judul</a><span class="source-meta">— Kompas.</span><span class="source-note x">mendukung: <span>Konteks</span></span></li>';
    const once = indexableHtml(html);
    expect(once).toContain('<span class="source-note x" data-pagefind-ignore>mendukung');
    expect(once).not.toContain('source-meta" data-pagefind-ignore');
    expect(indexableHtml(once).match(/data-pagefind-ignore/g)).toHaveLength(1);
  });

  it('leaves script and style contents byte for byte (their CSP hashes depend on it)', () => {
    const script = '<script type="application/ld+json">{"a":"<li>x<br>"}</script>';
    const style = '<style>li{color:red}/*<td>*/</style>';
    expect(indexableHtml(`<ul><li>a</li></ul>${script}<p>b<br>c</p>${style}<dd>d</dd>`)).toBe(`<ul> <li>a</li></ul>${script}<p>b <br>c</p>${style} <dd>d</dd>`);
  });
});
