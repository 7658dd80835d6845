/** Indonesian UI strings of the search (header box, /cari/ page, links into the search). */
export const searchUi = {
  /** Main-menu link to /cari/. */
  nav: 'Cari & saring',
  /** Header search box. */
  header: {
    label: 'Cari inovasi',
    /** The header's menu toggle on phones (the site's pages). */
    menu: 'Menu',
    placeholder: 'Cari: KTP, izin usaha, Dukcapil…',
    submit: 'Cari',
    loading: 'Memuat pencarian…',
    none: (q: string) => `Tidak ada hasil untuk “${q}”.`,
    /** No page holds every word typed: the pages holding the most of them follow. */
    partial: 'Tidak ada yang memuat semua kata; ini yang paling dekat.',
    count: (n: number) => (n === 1 ? '1 hasil' : `${n} hasil`),
    all: (q: string) => `Lihat semua hasil untuk “${q}”`,
    failed: 'Pencarian tidak dapat dimuat. Tekan Enter untuk membuka halaman pencarian.',
  },
  /** The /cari/ page. */
  page: {
    title: 'Cari inovasi',
    intro: 'Cari menurut kebutuhan (“KTP”, “izin usaha”, “sampah”) atau nama perangkat daerah, lalu saring hasilnya.',
    placeholder: 'Ketik kata kunci, mis. KTP atau Dukcapil',
    filters: 'Saring',
    /** The filter panel's toggle on phones, with the number of active filters. */
    filtersToggle: (active: number) => (active > 0 ? `Saring hasil (${active} aktif)` : 'Saring hasil'),
    /** A search without results: suggestions and a way out. */
    noResults: (q: string) => `Tidak ada hasil untuk “${q}”.`,
    partial: 'Tidak ada yang memuat semua kata; ini yang paling dekat.',
    suggest: 'Mungkin maksud Anda:',
    noSuggestion: 'Coba kata lain yang lebih umum, misalnya nama layanan atau perangkat daerah.',
    browseAll: 'Lihat semua inovasi',
    filtersEmpty: 'Belum ada hasil untuk disaring. Pilih salah satu saran, atau lihat semua inovasi lalu saring.',
    results: 'Hasil',
    active: 'Saringan aktif:',
    remove: (label: string) => `Hapus saringan ${label}`,
    reset: 'Hapus semua saringan',
    noScript: 'Pencarian ini memerlukan JavaScript, yang tidak aktif di peramban Anda.',
    browse: 'Anda tetap dapat menelusuri semua isi situs lewat daftar:',
    browseInnovations: 'Semua inovasi',
    browseOpds: 'Semua perangkat daerah',
    unknownValue: 'tidak ada di daftar',
    /** Button under a long result list: shows the next batch. */
    more: (next: number) => `Tampilkan ${next} hasil berikutnya`,
    /** Live status after the list grew. */
    showing: (shown: number, total: number) => `Menampilkan ${shown} dari ${total} hasil.`,
  },
  /** Names of the filter groups. */
  groups: {
    halaman: 'Jenis halaman',
    opd: 'Perangkat daerah',
    tahun: 'Tahun',
    tahapan: 'Tahapan',
    jenis: 'Jenis',
    bentuk: 'Bentuk',
    urusan: 'Urusan pemerintahan',
    status: 'Status',
    keperluan: 'Keperluan',
  },
  /** Result cards. */
  card: {
    opdPage: 'Perangkat daerah',
    innovations: (n: number) => `${n} inovasi`,
  },
  /** Links from entry and OPD pages into the search. */
  links: {
    /** title attribute of a linked filter value on an entry page. */
    valueTitle: (group: string, label: string) => `Cari semua inovasi dengan ${group.toLowerCase()}: ${label}`,
    year: (year: number) => `semua inovasi tahun ${year}`,
    opd: (name: string) => `Cari dan saring inovasi ${name}`,
    /** "juga disebut" line next to an OPD name. */
    alsoCalled: 'juga disebut',
  },
} as const;
