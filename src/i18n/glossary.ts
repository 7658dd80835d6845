/**
 * Glossary of Indonesian government terms used on the site, for the English page /en/glossary/
 * and its Indonesian twin /glosarium/. Each term keeps its Indonesian spelling as written on the
 * site, with a short English gloss and the same explanation in English and Indonesian.
 *
 * Facts: only general, well-established knowledge of Indonesian government structure and the
 * legal bases already named in src/schema/enums.ts — nothing about one region. Facts about the
 * region running the site (how many kelurahan, its awards, its MPP) are content, with sources:
 * content/glossary.yaml (src/schema/glossary.ts), joined to these terms by src/data/glossary.ts.
 * Ids are stable anchor slugs: do not rename them.
 */

export interface GlossarySource {
  title: string;
  url: string;
  publisher: string;
}

export interface GlossaryTerm {
  /** Anchor slug, stable across editions (e.g. #opd). */
  id: string;
  /** The Indonesian term as written on the site. */
  term: string;
  /** Short English gloss. */
  en: string;
  /** Explanation in English, 1–3 sentences. */
  definitionEn: string;
  /** The same explanation in Indonesian, for /glosarium/. */
  definitionId: string;
  /** Sources of region facts, added from content/glossary.yaml (general knowledge needs none). */
  sources?: GlossarySource[];
}

export const GLOSSARY: GlossaryTerm[] = [
  // — Government and its units —
  {
    id: 'pemkot',
    term: 'Pemerintah Kota (Pemkot)',
    en: 'City government',
    definitionEn:
      'The government of a city (kota): the mayor, assisted by the city’s regional agencies (perangkat daerah). A kota is a second-tier regional government, on the same level as a regency (kabupaten) and below the province.',
    definitionId:
      'Pemerintah sebuah kota: wali kota dibantu perangkat daerah kota itu. Kota adalah daerah tingkat kedua, setingkat dengan kabupaten dan di bawah provinsi.',
  },
  {
    id: 'wali-kota',
    term: 'Wali Kota / Wakil Wali Kota',
    en: 'Mayor / Deputy Mayor',
    definitionEn:
      'The head and deputy head of a city government, elected together by the city’s residents.',
    definitionId: 'Kepala dan wakil kepala pemerintah kota, dipilih berpasangan oleh warga kota.',
  },
  {
    id: 'perangkat-daerah',
    term: 'perangkat daerah',
    en: 'regional apparatus; regional agencies',
    definitionEn:
      'The formal term in Law (UU) 23/2014 on Regional Government for the units that assist the regional head and the regional legislature in running a region. In a city they are the regional secretariat, the DPRD secretariat, the inspectorate, the offices (dinas), the agencies (badan) and the districts (kecamatan).',
    definitionId:
      'Istilah resmi dalam UU 23/2014 tentang Pemerintahan Daerah untuk unsur pembantu kepala daerah dan DPRD dalam menyelenggarakan urusan pemerintahan daerah. Di kota, perangkat daerah terdiri atas sekretariat daerah, sekretariat DPRD, inspektorat, dinas, badan, dan kecamatan.',
  },
  {
    id: 'opd',
    term: 'OPD (organisasi perangkat daerah)',
    en: 'regional agency',
    definitionEn:
      'The everyday name for a single unit of the perangkat daerah, such as an office (dinas), an agency (badan) or a district (kecamatan). On this site every innovation belongs to the OPD that runs it; the English edition calls them “regional agencies (OPD)”.',
    definitionId:
      'Sebutan sehari-hari untuk satu unit perangkat daerah, misalnya dinas, badan, atau kecamatan. Di situs ini setiap inovasi tercatat pada OPD yang menjalankannya.',
  },
  {
    id: 'skpd',
    term: 'SKPD (satuan kerja perangkat daerah)',
    en: 'regional government work unit (older term)',
    definitionEn:
      'An older term for a regional agency, still found in older documents and news reports; today OPD or perangkat daerah is used instead.',
    definitionId:
      'Istilah lama untuk unit perangkat daerah yang masih muncul di dokumen dan berita lama; kini dipakai istilah OPD atau perangkat daerah.',
  },
  {
    id: 'dinas',
    term: 'Dinas',
    en: 'Office (department)',
    definitionEn:
      'A regional agency that carries out one or more government affairs of the region for the public, such as health, education or population registration — for example Dinas Kesehatan (Health Office). It is led by a head of office (kepala dinas).',
    definitionId:
      'Perangkat daerah yang melaksanakan satu atau beberapa urusan pemerintahan daerah bagi masyarakat, seperti kesehatan, pendidikan, atau kependudukan — misalnya Dinas Kesehatan. Dinas dipimpin seorang kepala dinas.',
  },
  {
    id: 'badan',
    term: 'Badan',
    en: 'Agency',
    definitionEn:
      'A regional agency that mainly carries out supporting functions of government, such as planning, finance, revenue, personnel or research — for example Badan Pendapatan Daerah (Regional Revenue Agency). Some badan have their own operational tasks, such as the regional disaster management agency (BPBD).',
    definitionId:
      'Perangkat daerah yang terutama melaksanakan fungsi penunjang urusan pemerintahan, seperti perencanaan, keuangan, pendapatan, kepegawaian, atau penelitian — misalnya Badan Pendapatan Daerah. Sebagian badan punya tugas operasional sendiri, seperti Badan Penanggulangan Bencana Daerah (BPBD).',
  },
  {
    id: 'upt',
    term: 'UPT (unit pelaksana teknis)',
    en: 'technical implementation unit',
    definitionEn:
      'An operational unit under an office (dinas) or agency (badan) that delivers a specific service directly, such as a community health centre (UPT Puskesmas) under the health office.',
    definitionId:
      'Unit operasional di bawah dinas atau badan yang langsung menjalankan layanan tertentu, misalnya UPT Puskesmas di bawah dinas kesehatan.',
  },
  {
    id: 'puskesmas',
    term: 'Puskesmas (pusat kesehatan masyarakat)',
    en: 'community health centre',
    definitionEn:
      'A public primary health care facility serving a local area, run by the regional government under its health office.',
    definitionId: 'Fasilitas pelayanan kesehatan tingkat pertama milik pemerintah daerah untuk suatu wilayah, di bawah dinas kesehatan.',
  },
  {
    id: 'kecamatan',
    term: 'Kecamatan',
    en: 'District',
    definitionEn:
      'A territorial subdivision of a city or regency, headed by a camat; in a city the kecamatan is also one of the regional agencies and provides some administrative services directly.',
    definitionId:
      'Wilayah bagian dari kota atau kabupaten yang dipimpin seorang camat; di kota, kecamatan juga termasuk perangkat daerah dan memberikan sebagian layanan administrasi secara langsung.',
  },
  {
    id: 'kelurahan',
    term: 'Kelurahan',
    en: 'Urban village',
    definitionEn:
      'The lowest level of government administration in a city, part of a kecamatan. It is headed by a lurah, a civil servant appointed by the mayor — unlike a village (desa), whose head is elected by residents.',
    definitionId:
      'Tingkat pemerintahan terbawah di kota, bagian dari kecamatan. Kelurahan dipimpin seorang lurah, yaitu ASN yang diangkat wali kota — berbeda dengan desa yang kepalanya dipilih warga.',
  },
  {
    id: 'rt-rw',
    term: 'RT / RW (rukun tetangga / rukun warga)',
    en: 'neighbourhood / community association',
    definitionEn:
      'Residents’ associations below the kelurahan: an RT groups neighbouring households and an RW groups several RTs. They are led by residents, not civil servants, and often help the kelurahan reach people.',
    definitionId:
      'Lembaga kemasyarakatan di bawah kelurahan: RT menghimpun rumah tangga yang bertetangga dan RW menghimpun beberapa RT. Keduanya dipimpin warga, bukan ASN, dan kerap membantu kelurahan menjangkau masyarakat.',
  },
  {
    id: 'dprd',
    term: 'DPRD (Dewan Perwakilan Rakyat Daerah)',
    en: 'regional legislature; city council',
    definitionEn:
      'The elected legislature of a province, regency or city. In a city it adopts regional regulations (Perda) and the budget together with the mayor, and oversees the city government.',
    definitionId:
      'Lembaga perwakilan rakyat daerah yang dipilih warga di provinsi, kabupaten, atau kota. Di kota, DPRD membentuk peraturan daerah dan menetapkan anggaran bersama wali kota, serta mengawasi pemerintah kota.',
  },
  {
    id: 'asn',
    term: 'ASN (aparatur sipil negara)',
    en: 'civil servants',
    definitionEn:
      'The civil service: civil servants (PNS) and government employees on work agreements (PPPK) who staff government bodies, including the city’s regional agencies.',
    definitionId:
      'Aparatur sipil negara: pegawai negeri sipil (PNS) dan pegawai pemerintah dengan perjanjian kerja (PPPK) yang bekerja di instansi pemerintah, termasuk perangkat daerah kota.',
  },
  {
    id: 'instansi-vertikal',
    term: 'instansi vertikal',
    en: 'regional offices of national bodies',
    definitionEn:
      'Offices of central government bodies located in a region — such as the police, immigration, the national land agency (BPN) and the courts. They answer to their national institutions, not to the city government.',
    definitionId:
      'Kantor instansi pemerintah pusat yang berada di daerah — seperti kepolisian, imigrasi, Badan Pertanahan Nasional (BPN), dan pengadilan. Instansi ini bertanggung jawab kepada lembaga pusatnya, bukan kepada pemerintah kota.',
  },
  {
    id: 'kemendagri',
    term: 'Kemendagri (Kementerian Dalam Negeri)',
    en: 'Ministry of Home Affairs',
    definitionEn:
      'The national ministry that oversees regional government. It is responsible for population and civil registration nationwide (Dukcapil) and assesses regional innovation through the Indeks Inovasi Daerah and the Innovative Government Award.',
    definitionId:
      'Kementerian yang membina dan mengawasi pemerintahan daerah. Kemendagri membawahi administrasi kependudukan dan pencatatan sipil secara nasional (Dukcapil) dan menilai inovasi daerah melalui Indeks Inovasi Daerah dan Innovative Government Award.',
  },
  {
    id: 'dukcapil',
    term: 'Dukcapil',
    en: 'population and civil registration',
    definitionEn:
      'Short for kependudukan dan pencatatan sipil. It names both the national population registration system under Kemendagri and the city office that serves residents, Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil), which issues identity cards, family cards and birth and death certificates.',
    definitionId:
      'Singkatan dari kependudukan dan pencatatan sipil. Sebutan ini dipakai untuk sistem administrasi kependudukan nasional di bawah Kemendagri maupun dinas kota yang melayani warga, Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil), yang menerbitkan KTP, kartu keluarga, serta akta kelahiran dan kematian.',
  },
  {
    id: 'mpp',
    term: 'Mal Pelayanan Publik (MPP)',
    en: 'Public Service Mall',
    definitionEn:
      'A single building where residents can use the services of many government bodies — city agencies as well as national bodies such as the police, immigration, the land agency and the courts.',
    definitionId:
      'Gedung tempat warga dapat memakai layanan berbagai instansi sekaligus — perangkat daerah kota maupun instansi pusat seperti kepolisian, imigrasi, BPN, dan pengadilan.',
  },

  // — Documents and services residents meet in the entries —
  {
    id: 'ktp',
    term: 'KTP / e-KTP (Kartu Tanda Penduduk)',
    en: 'identity card',
    definitionEn:
      'The national identity card for residents aged 17 or over or who are or have been married, issued by Dukcapil as an electronic card (e-KTP).',
    definitionId: 'Kartu identitas penduduk yang berusia 17 tahun ke atas atau sudah/pernah kawin, diterbitkan Dukcapil dalam bentuk elektronik (e-KTP).',
  },
  {
    id: 'kia',
    term: 'KIA (Kartu Identitas Anak)',
    en: 'child identity card',
    definitionEn: 'The identity card for children under 17, issued by Dukcapil.',
    definitionId: 'Kartu identitas untuk anak berusia di bawah 17 tahun, diterbitkan Dukcapil.',
  },
  {
    id: 'kk',
    term: 'KK (Kartu Keluarga)',
    en: 'family card',
    definitionEn:
      'The population document that lists the members of a household and their relationships; it underlies most other population documents.',
    definitionId: 'Dokumen kependudukan yang memuat anggota sebuah keluarga beserta hubungannya; menjadi dasar sebagian besar dokumen kependudukan lain.',
  },
  {
    id: 'ikd',
    term: 'IKD (Identitas Kependudukan Digital)',
    en: 'digital population identity',
    definitionEn: 'The digital form of a resident’s identity, held in a smartphone app and activated through Dukcapil.',
    definitionId: 'Identitas penduduk dalam bentuk digital yang tersimpan di aplikasi ponsel dan diaktifkan melalui Dukcapil.',
  },
  {
    id: 'pbg',
    term: 'PBG (Persetujuan Bangunan Gedung)',
    en: 'building approval',
    definitionEn:
      'The approval required to construct or alter a building, issued by the regional government; it replaced the earlier building permit, IMB (Izin Mendirikan Bangunan).',
    definitionId:
      'Persetujuan dari pemerintah daerah yang diperlukan untuk membangun atau mengubah bangunan gedung; menggantikan Izin Mendirikan Bangunan (IMB).',
  },
  {
    id: 'psbb',
    term: 'PSBB (Pembatasan Sosial Berskala Besar)',
    en: 'large-scale social restrictions',
    definitionEn:
      'Restrictions on gatherings and movement introduced by regional governments from 2020 during the COVID-19 pandemic; many face-to-face public services were limited while they applied.',
    definitionId:
      'Pembatasan kegiatan dan pergerakan warga yang diberlakukan pemerintah daerah sejak 2020 selama pandemi COVID-19; selama berlaku, banyak layanan tatap muka dibatasi.',
  },

  // — How innovations are classified —
  {
    id: 'tahapan',
    term: 'tahapan',
    en: 'stage',
    definitionEn:
      'How far an innovation has progressed, following Minister of Home Affairs Regulation (Permendagri) 104/2018: inisiatif (initiative), uji coba (trial) or penerapan (implementation).',
    definitionId: 'Sejauh mana sebuah inovasi sudah berjalan, mengikuti Permendagri 104/2018: inisiatif, uji coba, atau penerapan.',
  },
  {
    id: 'inisiatif',
    term: 'inisiatif',
    en: 'initiative',
    definitionEn: 'The first stage: the innovation exists as an idea or plan that has been put forward but not yet tried out.',
    definitionId: 'Tahap pertama: inovasi masih berupa gagasan atau rencana yang sudah diajukan tetapi belum dicoba.',
  },
  {
    id: 'uji-coba',
    term: 'uji coba',
    en: 'trial',
    definitionEn: 'The second stage: the innovation is being tested on a limited scale, for example in some locations or for a limited time, before it is applied in full.',
    definitionId: 'Tahap kedua: inovasi sedang dicoba secara terbatas, misalnya di beberapa lokasi atau untuk waktu tertentu, sebelum diterapkan sepenuhnya.',
  },
  {
    id: 'penerapan',
    term: 'penerapan',
    en: 'implementation',
    definitionEn: 'The third stage: the innovation has been put into practice and is in regular use.',
    definitionId: 'Tahap ketiga: inovasi sudah diterapkan dan dipakai secara rutin.',
  },
  {
    id: 'jenis',
    term: 'jenis',
    en: 'type',
    definitionEn:
      'Whether an innovation is digital — it relies on information technology such as an app, website or online system — or non-digital, such as a mobile or outreach service. The classification follows Permendagri 104/2018.',
    definitionId:
      'Apakah sebuah inovasi bersifat digital — bertumpu pada teknologi informasi seperti aplikasi, situs web, atau sistem daring — atau non-digital, seperti layanan keliling atau jemput bola. Penggolongan ini mengikuti Permendagri 104/2018.',
  },
  {
    id: 'bentuk',
    term: 'bentuk',
    en: 'form',
    definitionEn:
      'What an innovation changes, following Permendagri 104/2018: tata kelola pemerintahan daerah (how the regional government runs itself), pelayanan publik (services to the public), or other regional innovation within a government affair of the region (lainnya).',
    definitionId:
      'Apa yang diubah sebuah inovasi, mengikuti Permendagri 104/2018: tata kelola pemerintahan daerah (cara pemerintah daerah mengelola dirinya), pelayanan publik (layanan kepada masyarakat), atau inovasi daerah lainnya sesuai urusan pemerintahan yang menjadi kewenangan daerah.',
  },
  {
    id: 'inisiator',
    term: 'inisiator',
    en: 'initiator',
    definitionEn:
      'Who started an innovation, following Permendagri 104/2018: the regional head, a member of the DPRD, civil servants (ASN) or a regional agency, or members of the public.',
    definitionId: 'Pihak yang memprakarsai inovasi, mengikuti Permendagri 104/2018: kepala daerah, anggota DPRD, ASN atau perangkat daerah, atau masyarakat.',
  },
  {
    id: 'urusan',
    term: 'urusan pemerintahan',
    en: 'government affair',
    definitionEn:
      'An area of government responsibility as set out in Law (UU) 23/2014 on Regional Government. Article 12 divides the affairs handled by regions into mandatory affairs related to basic services (such as education and health), mandatory affairs not related to basic services (such as population administration), and optional affairs (such as tourism and agriculture).',
    definitionId:
      'Bidang kewenangan pemerintahan sebagaimana diatur UU 23/2014 tentang Pemerintahan Daerah. Pasal 12 membagi urusan yang ditangani daerah menjadi urusan wajib yang berkaitan dengan pelayanan dasar (seperti pendidikan dan kesehatan), urusan wajib yang tidak berkaitan dengan pelayanan dasar (seperti administrasi kependudukan), dan urusan pilihan (seperti pariwisata dan pertanian).',
  },

  // — Innovation programmes and assessments —
  {
    id: 'lan',
    term: 'LAN (Lembaga Administrasi Negara)',
    en: 'National Institute of Public Administration',
    definitionEn:
      'A national government institution responsible for public administration studies, civil-service training and the development of public-sector innovation.',
    definitionId: 'Lembaga pemerintah pusat yang menangani kajian administrasi negara, pendidikan dan pelatihan ASN, serta pengembangan inovasi sektor publik.',
  },
  {
    id: 'lan-5d',
    term: 'Laboratorium Inovasi (LAN 5D)',
    en: 'Innovation Laboratory (LAN’s 5D cycle)',
    definitionEn:
      'A LAN programme that guides government agencies through five stages of creating an innovation, known as 5D: Drum-up (generating ideas), Diagnose, Design, Deliver and Display (communicating it to the public).',
    definitionId:
      'Program LAN yang mendampingi instansi pemerintah melalui lima tahap membuat inovasi, disebut 5D: Drum-up (memunculkan ide), Diagnose (diagnosis masalah), Design (merancang), Deliver (menerapkan), dan Display (menyampaikan ke masyarakat).',
  },
  {
    id: 'iid',
    term: 'IID (Indeks Inovasi Daerah)',
    en: 'Regional Innovation Index',
    definitionEn:
      'Kemendagri’s measurement of how innovative each regional government is, based on the innovations that regions enter in its online Indeks Inovasi Daerah application.',
    definitionId:
      'Pengukuran Kemendagri atas tingkat keinovatifan setiap pemerintah daerah, berdasarkan inovasi yang diinput daerah ke aplikasi Indeks Inovasi Daerah secara daring.',
  },
  {
    id: 'iga',
    term: 'IGA (Innovative Government Award)',
    en: 'Innovative Government Award',
    definitionEn:
      'An award from Kemendagri to regional governments for innovation, based on the Indeks Inovasi Daerah.',
    definitionId:
      'Penghargaan Kemendagri kepada pemerintah daerah atas inovasinya, berdasarkan pengukuran Indeks Inovasi Daerah.',
  },
];
