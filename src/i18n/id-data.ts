/**
 * Indonesian strings of the open-data page (/data/), the feeds and the social metadata,
 * and the field dictionary: one description per schema field. tests/unit/export.test.ts checks
 * that every group here has exactly the keys of its zod schema, so the dictionary cannot drift.
 */

export const dataUi = {
  nav: 'Data',
  title: 'Data terbuka',
  description: (region: string) =>
    `Unduh seluruh katalog inovasi pelayanan publik ${region} dalam bentuk JSON dan CSV (format isian inovasi daerah), beserta kamus data, lisensi, dan cara mengutip.`,
  intro: (n: number, opds: number) =>
    `Semua isi katalog ini dapat diunduh dan dipakai ulang: ${n} inovasi dan ${opds} perangkat daerah. Berkas dibuat ulang setiap kali situs dibangun, dari sumber yang sama dengan halaman-halamannya.`,
  built: 'Tanggal pembuatan data',
  schemaVersion: 'Versi skema',
  files: 'Berkas',
  fileCol: 'Berkas',
  formatCol: 'Format',
  contentCol: 'Isi',
  rowsCol: 'Jumlah',
  fileInnovationsJson: 'Setiap inovasi dengan seluruh kolom frontmatter, OPD pemiliknya (id, nama, singkatan), OPD kolaborator, alamat halaman, dan narasinya sebagai teks biasa.',
  fileInnovationsCsv:
    'Satu baris per inovasi, dengan nama kolom seperti isian inovasi daerah nasional. UTF-8 dengan BOM, dipisah koma, setiap sel bertanda kutip (RFC 4180) — bisa langsung dibuka di program lembar kerja.',
  fileOpdJson: 'Daftar perangkat daerah beserta jumlah inovasi yang dijalankan dan yang diikuti sebagai kolaborator, termasuk unit yang belum punya inovasi.',
  fileFeed: 'Umpan RSS inovasi baru dan yang diperbarui, menurut tanggal peluncuran atau pembaruan.',
  fileOpdFeed: 'Umpan RSS per perangkat daerah: ganti <id> dengan id OPD, mis.',
  fileSitemap: 'Peta situs untuk mesin pencari.',
  rows: (n: number, what: string) => `${n} ${what}`,
  innovationsUnit: 'inovasi',
  opdUnit: 'OPD',
  licence: 'Lisensi',
  licenceText: (name: string) =>
    `Data dan teks di situs ini berlisensi ${name}: boleh disalin, diolah, dan dipakai untuk tujuan apa pun, termasuk komersial, asalkan mencantumkan sumbernya.`,
  licenceSources:
    'Setiap fakta merujuk sumber aslinya (berita, situs resmi); kolom "sources" dan "Sumber" mencantumkannya. Hak atas artikel sumber tetap pada penerbitnya.',
  cite: 'Cara mengutip',
  citeIntro: 'Contoh kutipan:',
  citeText: (government: string, year: string, name: string, region: string, date: string, url: string) =>
    `${government} (${year}). ${name}: data inovasi pelayanan publik ${region} [data set], versi ${date}. ${url}`,
  dictionary: 'Kamus data',
  dictionaryIntro:
    'Daftar kolom di bawah ini dibuat otomatis dari skema yang juga memeriksa setiap entri saat situs dibangun, jadi selalu sama dengan isi berkas. Kolom yang tidak diketahui bernilai null di JSON dan kosong di CSV — tidak ada nilai yang ditebak.',
  dictJsonMeta: 'inovasi.json dan opd.json — bagian atas berkas',
  dictInnovation: 'inovasi.json — setiap inovasi',
  dictNested: (name: string) => `Isi kolom ${name}`,
  dictCsv: 'inovasi.csv — kolom',
  dictOpd: 'opd.json — setiap OPD',
  colField: 'Kolom',
  colType: 'Jenis isi',
  colRequired: 'Wajib diisi',
  colDescription: 'Keterangan',
  colFrom: 'Diambil dari',
  yes: 'ya',
  no: 'tidak',
  derived: 'dibuat saat build',
  choicesSummary: (n: number) => `${n} pilihan`,
  feeds: 'Umpan dan temuan',
  feedsText: 'Setiap halaman mencantumkan umpan RSS di bagian kepalanya, sehingga pembaca umpan menemukannya sendiri.',
  types: {
    text: 'teks',
    number: 'angka',
    boolean: 'ya/tidak (true/false)',
    date: 'tanggal (TTTT-BB-HH, TTTT-BB, atau TTTT)',
    url: 'alamat https://',
    choice: 'pilihan',
    object: 'objek',
    list: (inner: string) => `daftar ${inner}`,
    or: ' atau ',
  },
} as const;

export const feedUi = {
  title: (name: string, region: string) => `${name} ${region}: inovasi baru dan diperbarui`,
  opdTitle: (opd: string, name: string) => `${opd} — ${name}`,
  description: (region: string) => `Inovasi pelayanan publik ${region} yang baru diluncurkan atau diperbarui.`,
  opdDescription: (opd: string) => `Inovasi yang dijalankan atau diikuti ${opd}.`,
  launched: 'Diluncurkan',
  updated: 'Diperbarui',
  link: 'Umpan RSS',
  opdLink: (opd: string) => `Umpan RSS ${opd}`,
} as const;

export const socialUi = {
  imageAlt: (name: string, region: string) => `${name} — inovasi pelayanan publik ${region}`,
} as const;

/** JSON file header keys (inovasi.json and opd.json). */
export const metaFieldDescriptions = {
  schemaVersion: 'Versi bentuk berkas (semver): angka pertama naik bila kolom dihapus atau diganti namanya, angka kedua bila kolom ditambah.',
  generated: 'Waktu berkas dibuat (ISO 8601, UTC).',
  licence: 'Lisensi data: name dan url.',
  publisher: 'Pemerintah daerah yang menerbitkan data.',
  documentation: 'Alamat halaman ini (kamus data).',
  count: 'Jumlah baris dalam berkas.',
  innovations: 'Daftar inovasi (inovasi.json).',
  opds: 'Daftar OPD (opd.json).',
} as const;

/** Keys inovasi.json adds to each innovation (see INNOVATION_EXTRA_FIELDS in src/lib/export.ts). */
export const innovationExtraDescriptions = {
  id: 'Id inovasi = nama berkas di content/innovations/ dan bagian akhir alamat halamannya.',
  url: 'Alamat lengkap halaman inovasi.',
  owner: 'OPD pemilik, dari daftar OPD: id, name (nama resmi), abbreviation (singkatan, atau null).',
  collaboratorOpds: 'OPD kolaborator, dari daftar OPD: id, name, abbreviation.',
  narrative: 'Narasi entri sebagai teks biasa: daftar bagian { heading, text } (Latar belakang, Solusi, Manfaat, Catatan sumber).',
} as const;

/** Keys opd.json adds to each OPD (see OPD_EXTRA_FIELDS in src/lib/export.ts). */
export const opdExtraDescriptions = {
  id: 'Id OPD = nama berkas di content/opd/; dipakai kolom "opd" dan "collaborators" inovasi.',
  url: 'Alamat lengkap halaman OPD.',
  feed: 'Alamat umpan RSS inovasi OPD ini.',
  innovationCount: 'Jumlah inovasi yang dijalankan OPD ini (sebagai pemilik).',
  collaborationCount: 'Jumlah inovasi yang diikuti OPD ini sebagai kolaborator.',
} as const;

/** Where each column of inovasi.csv comes from (keys = CSV_COLUMNS in src/lib/export.ts). */
export const csvColumnSources = {
  'Nama Inovasi': 'Kolom "title".',
  'Nama OPD': 'Nama resmi OPD pemilik ("opd"), dari daftar OPD.',
  'Tahapan Inovasi': 'Kolom "tahapan", sebagai label (Inisiatif, Uji coba, Penerapan).',
  Inisiator: 'Kolom "inisiator" (label) dan "inisiatorName", dipisah "—"; kosong bila sumber tidak menyebutnya.',
  'Jenis Inovasi': 'Kolom "jenis", sebagai label.',
  'Bentuk Inovasi': 'Kolom "bentuk", sebagai label.',
  'Urusan Pemerintahan': 'Kolom "urusan", sebagai label.',
  'Waktu Uji Coba': 'Kolom "trial" (TTTT-BB-HH, TTTT-BB atau TTTT); kosong bila tidak diketahui.',
  'Waktu Penerapan': 'Kolom "launched" (tanggal peluncuran); kosong bila tidak diketahui.',
  'Rancang Bangun': 'Narasi entri: bagian "Latar belakang" dan "Solusi" sebagai teks biasa, masing-masing diawali judul bagiannya.',
  Tujuan:
    'Narasi entri: bagian "Tujuan", bila ada. Entri saat ini tidak menulis tujuan secara terpisah, jadi kolom ini kosong — tujuan tidak disimpulkan dari bagian lain.',
  Manfaat: 'Narasi entri: bagian "Manfaat" sebagai teks biasa.',
  'Hasil/Output': 'Kolom "metrics" ber-type output yang punya nilai terukur: nama ukuran, nilai, satuan, tanggal dan penerbit sumber; satu ukuran per baris. Kosong bila belum ada angka.',
  Outcome: 'Kolom "metrics" ber-type outcome yang punya nilai terukur, dengan format yang sama. Kosong bila belum ada angka.',
  Sumber: 'Kolom "sources": penerbit — judul (tanggal terbit) — alamat; satu sumber per baris.',
  URL: 'Alamat lengkap halaman inovasi di situs ini.',
  Status:
    'Kolom "status", sebagai label; "berjalan" yang terakhir dipastikan ("lastVerified") lebih lama dari staleAfterDays di site.yaml ditulis "Berjalan menurut sumber <bulan tahun>; belum dipastikan lagi".',
} as const;
