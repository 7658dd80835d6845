/**
 * English labels of every fixed vocabulary in src/schema/enums.ts. Each group is a record keyed by
 * the vocabulary's ids, so TypeScript fails when an id is added to a list without an English label
 * (or when a label names an id that does not exist). `vocabTables` maps each list, by identity, to
 * its English labels, for a lookup such as labelOf(list, id, 'en').
 *
 * Legal bases as in enums.ts: Permendagri 104/2018 (tahapan, jenis, bentuk, inisiator),
 * UU 23/2014 Pasal 12 (urusan pemerintahan), LAN Laboratorium Inovasi (5D).
 */
import {
  BENTUK,
  CONFIDENCE,
  INISIATOR,
  JENIS,
  LAN5D,
  METRIC_TYPE,
  SOURCE_KIND,
  OPD_TYPE,
  PAGE_KINDS,
  STATUS,
  TAHAPAN,
  URUSAN,
  URUSAN_GROUP,
  type Choice,
} from '../schema/enums.ts';

type Labels<T extends readonly Choice[]> = Record<T[number]['id'], string>;

export interface EnVocab {
  pageKinds: Labels<typeof PAGE_KINDS>;
  tahapan: Labels<typeof TAHAPAN>;
  lan5d: Labels<typeof LAN5D>;
  jenis: Labels<typeof JENIS>;
  bentuk: Labels<typeof BENTUK>;
  inisiator: Labels<typeof INISIATOR>;
  status: Labels<typeof STATUS>;
  metricType: Labels<typeof METRIC_TYPE>;
  sourceKind: Labels<typeof SOURCE_KIND>;
  confidence: Labels<typeof CONFIDENCE>;
  opdType: Labels<typeof OPD_TYPE>;
  urusanGroup: Labels<typeof URUSAN_GROUP>;
  urusan: Labels<typeof URUSAN>;
}

export const enVocab: EnVocab = {
  sourceKind: {
    berita: 'News (press page)',
    'situs-resmi': 'Official government web page',
    dokumen: 'Office document (report, IID evidence, decree, letter), uploaded',
    pernyataan: 'Dated official statement (letter, memo)',
  },
  pageKinds: { inovasi: 'Innovation', opd: 'Regional agency (OPD)' },
  tahapan: {
    inisiatif: 'Initiative',
    'uji-coba': 'Trial',
    penerapan: 'Implementation',
  },
  lan5d: {
    'drum-up': 'Drum-up (generating ideas)',
    diagnose: 'Diagnose (diagnosing the problem)',
    design: 'Design (designing the solution)',
    deliver: 'Deliver (putting it into practice)',
    display: 'Display (communicating it to the public)',
  },
  jenis: {
    digital: 'Digital',
    'non-digital': 'Non-digital',
  },
  bentuk: {
    'tata-kelola': 'Regional governance innovation',
    'pelayanan-publik': 'Public-service innovation',
    lainnya: 'Other regional innovation within a government affair',
  },
  inisiator: {
    'kepala-daerah': 'Regional head',
    'anggota-dprd': 'Member of the regional legislature (DPRD)',
    asn: 'Civil servant (ASN) / regional agency',
    masyarakat: 'The public',
  },
  status: {
    berjalan: 'Still running',
    dihentikan: 'Discontinued',
    'tidak-diketahui': 'Current status not yet known',
  },
  metricType: {
    output: 'Output (what is produced)',
    outcome: 'Outcome (change for residents)',
  },
  confidence: {
    terkonfirmasi: 'Confirmed by two or more sources',
    'satu-sumber': 'Based on a single source',
  },
  opdType: {
    sekretariat: 'Secretariat',
    inspektorat: 'Inspectorate',
    dinas: 'Office (dinas)',
    badan: 'Agency (badan)',
    satuan: 'Unit (satuan)',
    rsud: 'Regional hospital',
    kecamatan: 'District (kecamatan)',
    kelurahan: 'Urban village (kelurahan)',
    puskesmas: 'Community health centre (puskesmas)',
    upt: 'Technical implementation unit',
  },
  urusanGroup: {
    'wajib-dasar': 'Mandatory affairs related to basic services',
    'wajib-non-dasar': 'Mandatory affairs not related to basic services',
    pilihan: 'Optional affairs',
    penunjang: 'Supporting functions of government affairs',
  },
  urusan: {
    // Mandatory affairs related to basic services
    pendidikan: 'Education',
    kesehatan: 'Health',
    'pekerjaan-umum-penataan-ruang': 'Public works and spatial planning',
    'perumahan-kawasan-permukiman': 'Public housing and residential areas',
    'ketenteraman-ketertiban-pelindungan': 'Peace, public order and community protection',
    sosial: 'Social affairs',
    // Mandatory affairs not related to basic services
    'tenaga-kerja': 'Labour',
    'pemberdayaan-perempuan-pelindungan-anak': 'Women’s empowerment and child protection',
    pangan: 'Food',
    pertanahan: 'Land',
    'lingkungan-hidup': 'Environment',
    'administrasi-kependudukan': 'Population administration and civil registration',
    'pemberdayaan-masyarakat-desa': 'Community and village empowerment',
    'pengendalian-penduduk-kb': 'Population control and family planning',
    perhubungan: 'Transport',
    'komunikasi-informatika': 'Communication and informatics',
    'koperasi-ukm': 'Cooperatives and small and medium enterprises',
    'penanaman-modal': 'Investment',
    'kepemudaan-olahraga': 'Youth and sport',
    statistik: 'Statistics',
    persandian: 'Cryptography',
    kebudayaan: 'Culture',
    perpustakaan: 'Libraries',
    kearsipan: 'Archives',
    // Optional affairs
    'kelautan-perikanan': 'Marine affairs and fisheries',
    pariwisata: 'Tourism',
    pertanian: 'Agriculture',
    kehutanan: 'Forestry',
    'energi-sumber-daya-mineral': 'Energy and mineral resources',
    perdagangan: 'Trade',
    perindustrian: 'Industry',
    transmigrasi: 'Transmigration',
    // Supporting functions
    perencanaan: 'Planning',
    keuangan: 'Finance',
    kepegawaian: 'Personnel',
    'penelitian-pengembangan': 'Research and development',
    pengawasan: 'Oversight',
    kesekretariatan: 'Secretariat affairs',
  },
};

/** English labels of each vocabulary list, keyed by the list itself (identity). */
export const vocabTables = new Map<readonly Choice[], Record<string, string>>([
  [TAHAPAN, enVocab.tahapan],
  [PAGE_KINDS, enVocab.pageKinds],
  [LAN5D, enVocab.lan5d],
  [JENIS, enVocab.jenis],
  [BENTUK, enVocab.bentuk],
  [INISIATOR, enVocab.inisiator],
  [STATUS, enVocab.status],
  [METRIC_TYPE, enVocab.metricType],
  [SOURCE_KIND, enVocab.sourceKind],
  [CONFIDENCE, enVocab.confidence],
  [OPD_TYPE, enVocab.opdType],
  [URUSAN_GROUP, enVocab.urusanGroup],
  [URUSAN, enVocab.urusan],
]);
