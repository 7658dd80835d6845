/**
 * Fixed vocabularies of the content model, each with its Indonesian label.
 * Ids are what authors write in frontmatter; labels are what the public reads.
 * Sources: Permendagri 104/2018 (tahapan, jenis, bentuk, inisiator), UU 23/2014 Pasal 12
 * (urusan pemerintahan), LAN Laboratorium Inovasi (5D).
 */

export interface Choice {
  readonly id: string;
  readonly label: string;
}

function ids<const T extends readonly Choice[]>(list: T): [T[number]['id'], ...T[number]['id'][]] {
  return list.map((c) => c.id) as [T[number]['id'], ...T[number]['id'][]];
}

export const TAHAPAN = [
  { id: 'inisiatif', label: 'Inisiatif' },
  { id: 'uji-coba', label: 'Uji coba' },
  { id: 'penerapan', label: 'Penerapan' },
] as const;

export const LAN5D = [
  { id: 'drum-up', label: 'Drum-up (memunculkan ide)' },
  { id: 'diagnose', label: 'Diagnose (diagnosis masalah)' },
  { id: 'design', label: 'Design (merancang)' },
  { id: 'deliver', label: 'Deliver (menerapkan)' },
  { id: 'display', label: 'Display (menyampaikan ke masyarakat)' },
] as const;

export const JENIS = [
  { id: 'digital', label: 'Digital' },
  { id: 'non-digital', label: 'Non-digital' },
] as const;

export const BENTUK = [
  { id: 'tata-kelola', label: 'Inovasi tata kelola pemerintahan daerah' },
  { id: 'pelayanan-publik', label: 'Inovasi pelayanan publik' },
  { id: 'lainnya', label: 'Inovasi daerah lainnya sesuai urusan' },
] as const;

export const INISIATOR = [
  { id: 'kepala-daerah', label: 'Kepala daerah' },
  { id: 'anggota-dprd', label: 'Anggota DPRD' },
  { id: 'asn', label: 'ASN / perangkat daerah' },
  { id: 'masyarakat', label: 'Masyarakat' },
] as const;

export const STATUS = [
  { id: 'berjalan', label: 'Masih berjalan' },
  { id: 'dihentikan', label: 'Dihentikan' },
  { id: 'tidak-diketahui', label: 'Status terkini belum diketahui' },
] as const;

export const METRIC_TYPE = [
  { id: 'output', label: 'Output (yang dihasilkan)' },
  { id: 'outcome', label: 'Outcome (perubahan bagi warga)' },
] as const;

export const CONFIDENCE = [
  { id: 'terkonfirmasi', label: 'Dikonfirmasi dua sumber atau lebih' },
  { id: 'satu-sumber', label: 'Bertumpu pada satu sumber' },
] as const;

export const OPD_TYPE = [
  { id: 'sekretariat', label: 'Sekretariat' },
  { id: 'inspektorat', label: 'Inspektorat' },
  { id: 'dinas', label: 'Dinas' },
  { id: 'badan', label: 'Badan' },
  { id: 'satuan', label: 'Satuan' },
  { id: 'rsud', label: 'Rumah sakit daerah' },
  { id: 'kecamatan', label: 'Kecamatan' },
  { id: 'kelurahan', label: 'Kelurahan' },
  { id: 'puskesmas', label: 'Puskesmas' },
  { id: 'upt', label: 'Unit pelaksana teknis' },
] as const;

/** Groups of urusan pemerintahan (UU 23/2014 Pasal 12 and fungsi penunjang). */
export const URUSAN_GROUP = [
  { id: 'wajib-dasar', label: 'Urusan wajib pelayanan dasar' },
  { id: 'wajib-non-dasar', label: 'Urusan wajib non-pelayanan dasar' },
  { id: 'pilihan', label: 'Urusan pilihan' },
  { id: 'penunjang', label: 'Fungsi penunjang urusan pemerintahan' },
] as const;

type UrusanGroupId = (typeof URUSAN_GROUP)[number]['id'];

function urusan<const T extends string>(group: UrusanGroupId, list: readonly (readonly [T, string])[]) {
  return list.map(([id, label]) => ({ id, label, group }));
}

export const URUSAN = [
  ...urusan('wajib-dasar', [
    ['pendidikan', 'Pendidikan'],
    ['kesehatan', 'Kesehatan'],
    ['pekerjaan-umum-penataan-ruang', 'Pekerjaan umum dan penataan ruang'],
    ['perumahan-kawasan-permukiman', 'Perumahan rakyat dan kawasan permukiman'],
    ['ketenteraman-ketertiban-pelindungan', 'Ketenteraman, ketertiban umum, dan pelindungan masyarakat'],
    ['sosial', 'Sosial'],
  ] as const),
  ...urusan('wajib-non-dasar', [
    ['tenaga-kerja', 'Tenaga kerja'],
    ['pemberdayaan-perempuan-pelindungan-anak', 'Pemberdayaan perempuan dan pelindungan anak'],
    ['pangan', 'Pangan'],
    ['pertanahan', 'Pertanahan'],
    ['lingkungan-hidup', 'Lingkungan hidup'],
    ['administrasi-kependudukan', 'Administrasi kependudukan dan pencatatan sipil'],
    ['pemberdayaan-masyarakat-desa', 'Pemberdayaan masyarakat dan desa'],
    ['pengendalian-penduduk-kb', 'Pengendalian penduduk dan keluarga berencana'],
    ['perhubungan', 'Perhubungan'],
    ['komunikasi-informatika', 'Komunikasi dan informatika'],
    ['koperasi-ukm', 'Koperasi, usaha kecil, dan menengah'],
    ['penanaman-modal', 'Penanaman modal'],
    ['kepemudaan-olahraga', 'Kepemudaan dan olahraga'],
    ['statistik', 'Statistik'],
    ['persandian', 'Persandian'],
    ['kebudayaan', 'Kebudayaan'],
    ['perpustakaan', 'Perpustakaan'],
    ['kearsipan', 'Kearsipan'],
  ] as const),
  ...urusan('pilihan', [
    ['kelautan-perikanan', 'Kelautan dan perikanan'],
    ['pariwisata', 'Pariwisata'],
    ['pertanian', 'Pertanian'],
    ['kehutanan', 'Kehutanan'],
    ['energi-sumber-daya-mineral', 'Energi dan sumber daya mineral'],
    ['perdagangan', 'Perdagangan'],
    ['perindustrian', 'Perindustrian'],
    ['transmigrasi', 'Transmigrasi'],
  ] as const),
  ...urusan('penunjang', [
    ['perencanaan', 'Perencanaan'],
    ['keuangan', 'Keuangan'],
    ['kepegawaian', 'Kepegawaian'],
    ['penelitian-pengembangan', 'Penelitian dan pengembangan'],
    ['pengawasan', 'Pengawasan'],
    ['kesekretariatan', 'Kesekretariatan'],
  ] as const),
] as const;

/**
 * Kinds of source. Press and other independent pages are told apart from what an office
 * says of its own work (its website, its documents, its letters): a resident reads which is which.
 */
export const SOURCE_KIND = [
  { id: 'berita', label: 'Berita (halaman media)' },
  { id: 'situs-resmi', label: 'Halaman web resmi pemerintah' },
  { id: 'dokumen', label: 'Dokumen OPD (laporan, bukti dukung IID, SK, surat) yang diunggah' },
  { id: 'pernyataan', label: 'Pernyataan resmi bertanggal (surat, nota dinas)' },
] as const;

/** Kinds of page in the search index (values of the search's `halaman` filter). */
export const PAGE_KINDS = [
  { id: 'inovasi', label: 'Inovasi' },
  { id: 'opd', label: 'Perangkat daerah' },
] as const satisfies readonly Choice[];

export const TAHAPAN_IDS = ids(TAHAPAN);
export const LAN5D_IDS = ids(LAN5D);
export const JENIS_IDS = ids(JENIS);
export const BENTUK_IDS = ids(BENTUK);
export const INISIATOR_IDS = ids(INISIATOR);
export const STATUS_IDS = ids(STATUS);
export const SOURCE_KIND_IDS = ids(SOURCE_KIND);
export type SourceKind = (typeof SOURCE_KIND_IDS)[number];
export const METRIC_TYPE_IDS = ids(METRIC_TYPE);
export const CONFIDENCE_IDS = ids(CONFIDENCE);
export const OPD_TYPE_IDS = ids(OPD_TYPE);
export const URUSAN_IDS = ids(URUSAN);

export type Tahapan = (typeof TAHAPAN_IDS)[number];
export type Lan5d = (typeof LAN5D_IDS)[number];
export type Jenis = (typeof JENIS_IDS)[number];
export type Bentuk = (typeof BENTUK_IDS)[number];
export type Inisiator = (typeof INISIATOR_IDS)[number];
export type Status = (typeof STATUS_IDS)[number];
export type MetricType = (typeof METRIC_TYPE_IDS)[number];
export type OpdType = (typeof OPD_TYPE_IDS)[number];
export type Urusan = (typeof URUSAN_IDS)[number];

/** Indonesian label for a vocabulary id; the id itself when unknown. */
export function labelOf(list: readonly Choice[], id: string): string {
  return list.find((c) => c.id === id)?.label ?? id;
}
