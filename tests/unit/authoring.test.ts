import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { entryText, matchChoice, matchOpd, slugify, sourceId } from '../../src/authoring/entry-writer.ts';
import { firstSentences, parseSourceLines, readCsv, rowToEntry, sheetDate, splitRancangBangun, unknownColumns } from '../../src/authoring/csv-import.ts';
import { TAHAPAN, URUSAN, BENTUK } from '../../src/schema/enums.ts';
import { innovationSchema } from '../../src/schema/innovation.ts';
import { checkBody } from '../../src/validation/safe-content.ts';
import { sectionProblems } from '../../src/validation/sections.ts';

const opds = [
  { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', abbreviation: 'Disdukcapil', aliases: ['Dukcapil'] },
  { id: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', abbreviation: 'DPMPTSP', aliases: ['DMPTSP', 'BP2T'] },
];

describe('slugify', () => {
  it('makes a readable URL id', () => {
    expect(slugify('SIANDUK — Antar-Jemput Dokumen')).toBe('sianduk-antar-jemput-dokumen');
    expect(slugify('Anjungan Dukcapil Mandiri (ADM)')).toBe('anjungan-dukcapil-mandiri');
    expect(slugify('Kartu Identitas Anak Jemput Bola di Sekolah Dasar dan Sekolah Menengah Pertama Kota')).toBe('kartu-identitas-anak-jemput-bola-di-sekolah-dasar-dan'); // cut at a word, ≤ 60 chars
  });
});

describe('matching what people type', () => {
  it('finds choices by id or label, ignoring case and hyphens', () => {
    expect(matchChoice(TAHAPAN, 'Uji Coba')).toBe('uji-coba');
    expect(matchChoice(TAHAPAN, 'PENERAPAN')).toBe('penerapan');
    expect(matchChoice(BENTUK, 'Inovasi Pelayanan Publik')).toBe('pelayanan-publik');
    expect(matchChoice(URUSAN, 'Penanaman modal')).toBe('penanaman-modal');
    expect(matchChoice(TAHAPAN, 'selesai')).toBeUndefined();
  });

  it('finds an OPD by id, abbreviation, name or alias', () => {
    expect(matchOpd(opds, 'Dukcapil')).toBe('disdukcapil');
    expect(matchOpd(opds, 'dinas kependudukan dan pencatatan sipil')).toBe('disdukcapil');
    expect(matchOpd(opds, 'DMPTSP')).toBe('dpmptsp');
    expect(matchOpd(opds, 'Dinas Hantu')).toBeUndefined();
  });
});

describe('entryText', () => {
  it('writes frontmatter the schema accepts, and a safe body with the three sections', () => {
    const text = entryText({
      frontmatter: {
        title: 'Layanan "Contoh": Satu', summary: 'Ringkas.', opd: 'disdukcapil', tahapan: 'penerapan', jenis: 'digital',
        bentuk: 'pelayanan-publik', urusan: 'pendidikan', launched: '2020-10-02', status: 'tidak-diketahui', confidence: 'satu-sumber',
        sources: [{ id: 's', title: 'T', url: 'https://contoh.co.id', publisher: 'P', date: '2020' }],
      },
      latarBelakang: 'Masalah.',
    });
    const { frontmatter, content } = parseFrontmatter(text);
    const parsed = innovationSchema.parse(frontmatter);
    expect(parsed.title).toBe('Layanan "Contoh": Satu');
    expect(parsed.launched).toBe('2020-10-02');
    expect(content).toMatch(/## Latar belakang\n\nMasalah\.\n[\s\S]*## Solusi\n[\s\S]*## Manfaat/);
    expect(checkBody(content, 'md')).toEqual([]);
    // The sections not given keep a hint for the author, and are refused until written.
    expect(content).toMatch(/## Solusi\n\n<!-- .+ -->/);
    expect(sectionProblems(content).map((p) => p.message)).toEqual([expect.stringMatching(/"## Solusi" kosong/), expect.stringMatching(/"## Manfaat" kosong/)]);
  });
});

describe('rowToEntry (CSV import)', () => {
  const row = {
    'Nama Inovasi': 'Layanan Impor', OPD: 'DMPTSP', Tahapan: 'Uji Coba', Jenis: 'Non Digital', Bentuk: 'tata kelola', Urusan: 'Penanaman modal',
    'Waktu Penerapan': '02/10/2020', Tujuan: 'Memangkas izin. Kalimat kedua! Kalimat ketiga.', Sumber: 'https://contoh.co.id/a',
    'Judul Sumber': 'Berita', 'Penerbit Sumber': 'Contoh', 'Tanggal Sumber': '2020-10-02',
    'Latar Belakang': 'Izin lama terbit.', 'Rancang Bangun': 'Satu loket untuk semua izin.', Manfaat: 'Izin terbit dalam sehari.',
  };

  it('turns a good row into an entry', () => {
    const r = rowToEntry(row, 2, opds);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.id).toBe('layanan-impor');
    const fm = innovationSchema.parse(parseFrontmatter(r.text).frontmatter);
    expect(fm).toMatchObject({ opd: 'dpmptsp', tahapan: 'uji-coba', jenis: 'non-digital', bentuk: 'tata-kelola', launched: '2020-10-02', summary: 'Memangkas izin. Kalimat kedua!' });
  });

  it('quotes text that looks like a date, so the build reads it as text (and validate accepts it)', () => {
    const r = rowToEntry({ ...row, 'Nama Inovasi': '2026-02-30', 'Penerbit Sumber': '2020-10-02' }, 2, opds);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fm = parseFrontmatter(r.text).frontmatter as { title: unknown; sources: { publisher: unknown }[]; launched: unknown };
    expect(fm.title).toBe('2026-02-30');
    expect(fm.sources[0]!.publisher).toBe('2020-10-02');
    expect(r.text).toMatch(/^launched: 2020-10-02$/m); // dates stay plain
  });

  it('refuses a row whose text would break the safe-content rule, naming the column', () => {
    const r = rowToEntry({ ...row, Manfaat: 'Cepat <script>alert(1)</script>' }, 5, opds);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons[0]).toMatch(/^kolom "Manfaat": HTML mentah \(<script>\) tidak diizinkan/);
    for (const reason of r.reasons) expect(reason).toMatch(/^kolom "Manfaat": /);
  });

  it('reports every reason a row is bad', () => {
    const r = rowToEntry({ ...row, OPD: 'Dinas Hantu', Jenis: 'analog', Sumber: 'http://contoh.co.id' }, 7, opds);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.row).toBe(7);
    expect(r.reasons.join('\n')).toMatch(/kolom "OPD" bernilai "Dinas Hantu"/);
    expect(r.reasons.join('\n')).toMatch(/kolom "Jenis" bernilai "analog"/);
    expect(r.reasons.join('\n')).toMatch(/kolom "Sumber" bernilai "http:\/\/contoh\.co\.id"/);
  });

  it('reads day/month/year dates and keeps the first sentences for the summary', () => {
    expect(sheetDate('2/10/2020')).toBe('2020-10-02');
    expect(sheetDate('2021')).toBe('2021');
    expect(firstSentences('Satu. Dua. Tiga.')).toBe('Satu. Dua.');
  });
});

describe('safe body check', () => {
  it('allows narrative, comments and listed components; names what is not allowed', () => {
    expect(checkBody('## Solusi\n\nTeks {/* catatan */} biasa.\n\n<Callout type="peringatan">Hati-hati.</Callout>\n', 'mdx')).toEqual([]);
    expect(checkBody('Teks\n\n<Peta />\n', 'mdx', 10)).toEqual([{ line: 13, message: expect.stringMatching(/komponen <Peta> tidak dikenal/) }]);
    expect(checkBody('Teks <b onclick="x">a</b>\n', 'md')[0]?.message).toMatch(/HTML mentah/);
  });
});

describe('CSV import without traps', () => {
  const header = 'Nama Inovasi;OPD;Tahapan;Jenis;Bentuk;Urusan;Rancang Bangun;Manfaat;Sumber;Judul Sumber;Penerbit Sumber;Tanggal Sumber;Kolom Asing';
  const line = 'Layanan Titik Koma;Dukcapil;Penerapan;Digital;Pelayanan publik;Administrasi kependudukan;"Latar belakang:\nAntre lama.\n\nSolusi:\nDaftar daring; tanpa antre.";Cepat.;https://contoh.co.id/a;Berita A;Tempo;03/11/2020;x';

  it('reads semicolon-separated CSV (Excel in an Indonesian locale) and reports unknown columns', () => {
    const csv = readCsv(`\uFEFF${header}\r\n${line}\r\n`);
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.delimiter).toBe(';');
    expect(csv.records).toHaveLength(1);
    expect(unknownColumns(csv.headers)).toEqual(['Kolom Asing']);
    const r = rowToEntry(csv.records[0]!, 2, opds);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { frontmatter, content } = parseFrontmatter(r.text);
    expect(innovationSchema.parse(frontmatter).sources[0]!.id).toBe('tempo-2020-11-03');
    expect(content).toMatch(/## Latar belakang\n\nAntre lama\.\n\n## Solusi\n\nDaftar daring; tanpa antre\./);
  });

  it('explains a delimiter problem in Indonesian with the row', () => {
    const broken = readCsv(`${header.replaceAll(';', ',')}\n${line.replaceAll(';', ',').replace('Cepat.', 'Cepat, murah.')}\n`);
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.message).toMatch(/^baris 2: jumlah kolom berbeda dengan baris judul \(pemisah kolom yang terbaca: koma \(,\)\)/);
    expect(broken.message).toMatch(/\[Invalid Record Length/);
    const oneColumn = readCsv('Nama Inovasi|OPD\nA|B\n');
    expect(oneColumn.ok).toBe(false);
    if (!oneColumn.ok) expect(oneColumn.message).toMatch(/hanya terbaca sebagai satu kolom/);
  });

  it('puts "Rancang Bangun" in the Solusi section, and refuses a row that would leave a section empty', () => {
    expect(splitRancangBangun('Satu loket untuk semua izin.')).toEqual({ solusi: 'Satu loket untuk semua izin.' });
    const row = {
      'Nama Inovasi': 'Layanan Tanpa Latar', OPD: 'Dukcapil', Tahapan: 'Penerapan', Jenis: 'Digital', Bentuk: 'Pelayanan publik', Urusan: 'Administrasi kependudukan',
      'Rancang Bangun': 'Satu loket.', Manfaat: '', Sumber: 'https://contoh.co.id/a', 'Judul Sumber': 'A', 'Penerbit Sumber': 'Tempo', 'Tanggal Sumber': '2020-11-03',
    };
    const r = rowToEntry(row, 4, opds);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons).toEqual([
      expect.stringMatching(/^bagian "Latar belakang" akan kosong; isi kolom "Latar Belakang"/),
      expect.stringMatching(/^bagian "Manfaat" akan kosong; isi kolom "Manfaat"/),
    ]);
  });

  it('reads the sources the site exports ("publisher — title (date) — URL") back with ids from publisher and date', () => {
    expect(sourceId('Kompas.com', '2020-10-02')).toBe('kompas-com-2020-10-02');
    expect(sourceId('Liputan6.com', 'tidak-diketahui')).toBe('liputan6-com');
    expect(parseSourceLines('Tempo — Judul — dengan tanda (2020-11-03) — https://contoh.co.id/a\nB — C (tanggal terbit tidak diketahui) — https://b.id/')).toEqual([
      { publisher: 'Tempo', title: 'Judul — dengan tanda', date: '2020-11-03', url: 'https://contoh.co.id/a' },
      { publisher: 'B', title: 'C', date: 'tidak-diketahui', url: 'https://b.id/' },
    ]);
    expect(parseSourceLines('https://contoh.co.id/a')).toBeUndefined();
  });
});
