/** Indonesian UI strings of the statistics (page /statistik/, OPD numbers, metric charts). */
import { formatNumber as n, formatPartialDate } from '../lib/format.ts';

/** "5 dari 24 inovasi (21%)" — the shape most headline sentences use. */
const ofTotal = (count: number, total: number, what = 'inovasi') => `${n(count)} dari ${n(total)} ${what}`;

/** "2019", "2019 dan 2020", "2018, 2019 dan 2020". */
const list = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}` : (items[0] ?? ''));

export const statsUi = {
  nav: 'Statistik',
  title: 'Statistik inovasi',
  description: 'Angka inovasi pelayanan publik per perangkat daerah, tahapan, jenis, tahun, partisipasi OPD, dan keterukuran output dan outcome — dihitung otomatis dari katalog.',
  intro: (entries: number, built: string) =>
    `Semua angka di halaman ini dihitung otomatis dari ${n(entries)} entri inovasi yang diterbitkan di situs ini, pada saat situs dibangun (${built}). Tidak ada angka yang diketik tangan. Setiap grafik disertai tabel berisi angka yang sama serta berkas CSV dan JSON untuk diunduh.`,
  why: 'Pada peluncuran Laboratorium Inovasi Desember 2020, Wakil Wali Kota meminta agar tidak ada inovasi yang output dan outcome-nya tidak terukur, dan agar semua perangkat daerah ikut berinovasi. Halaman ini menunjukkan sejauh mana hal itu terdokumentasi untuk publik.',
  caveat: 'Angka ini menghitung apa yang terdokumentasi dan bersumber di situs ini, bukan seluruh inovasi Pemkot. Inovasi yang belum dicatat di sini tidak terhitung.',
  toc: 'Isi halaman',
  showTable: (rows: number) => `Tabel angka (${rows} baris)`,
  summaryHeading: 'Ringkasan',
  allData: 'Semua angka di halaman ini dalam satu berkas JSON',
  download: 'Unduh data grafik ini',
  csv: 'CSV',
  json: 'JSON',
  chartLabel: (title: string) => `Grafik batang: ${title}. Angka yang sama ada di tabel di bawahnya.`,
  legend: 'Keterangan',
  total: 'Jumlah',
  builtAt: 'Dihitung pada',
  summary: {
    entries: 'inovasi tercatat',
    participating: (registry: number) => `unit ikut berinovasi dari ${n(registry)} unit dalam daftar`,
    measured: 'inovasi punya nilai output atau outcome terukur',
    outcome: 'inovasi punya nilai outcome terukur',
    // Counted by status alone, old confirmations included: "dipastikan" would overstate it (issue 24).
    running: 'inovasi berjalan menurut sumbernya',
    claimed: (year: number) => `inovasi diumumkan pada peluncuran Laboratorium Inovasi ${year}`,
  },
  col: {
    opd: 'Perangkat daerah',
    opdType: 'Jenis unit',
    abbreviation: 'Singkatan',
    owned: 'Inovasi dijalankan',
    joined: 'Ikut berkolaborasi',
    units: 'Unit dalam daftar',
    participating: 'Unit dengan inovasi',
    innovations: 'Inovasi',
    count: 'Jumlah inovasi',
    percent: 'Persentase dari semua inovasi',
    year: 'Tahun',
    perYear: 'Diluncurkan tahun itu',
    cumulative: 'Kumulatif',
    active: 'OPD dengan inovasi tahun itu',
    activeCumulative: 'OPD dengan inovasi hingga tahun itu',
    registryShare: 'Persentase dari unit dalam daftar',
    figure: 'Angka yang dinyatakan',
    figureKind: 'Jenis angka',
    stated: 'OPD menurut sumber',
    documentedByYear: 'OPD terdokumentasi di sini hingga tahun itu',
    source: 'Sumber',
    sourceUrl: 'Alamat sumber',
    note: 'Keterangan',
    measure: 'Ukuran',
    records: 'Catatan',
    recognizedInnovations: 'Inovasi',
    writtenAs: 'Ditulis sumber sebagai',
    claimed: 'Disebut saat peluncuran',
    comparable: (y: number) => `Terdokumentasi di sini: diluncurkan s.d. ${y} atau tanpa tahun`,
    undated: 'di antaranya tanpa tahun',
    later: (y: number) => `Terdokumentasi di sini: sesudah ${y}`,
    missingAtLeast: 'Paling sedikit belum terdokumentasi',
    verification: 'Verifikasi status',
  },
  rows: {
    participationNow: (registry: string) => `Saat ini (termasuk inovasi tanpa tahun), dari ${registry} unit`,
    undated: 'Tanpa tahun peluncuran',
    unknownLan5d: 'Belum dicatat',
    others: 'OPD lain (tidak disebut saat peluncuran)',
    claimTotal: (opd: number) => `Jumlah ${n(opd)} OPD yang disebut`,
    coverage: {
      withOutputMetric: 'Punya metrik output (terukur atau baru target)',
      withOutputMeasured: 'Punya nilai output terukur',
      withOutcomeMetric: 'Punya metrik outcome (terukur atau baru target)',
      withOutcomeMeasured: 'Punya nilai outcome terukur',
      withMeasured: 'Punya setidaknya satu nilai terukur (bukan hanya target)',
      withRecentMeasured: (days: number) => `Punya nilai terukur yang berumur paling lama ${n(days)} hari`,
      targetOnly: 'Punya metrik, tetapi baru target atau baseline',
      withoutMetrics: 'Belum punya metrik sama sekali',
    } as Record<string, string | ((days: number) => string)>,
    freshness: {
      recent: (days: number) => `Dipastikan dalam ${n(days)} hari terakhir`,
      stale: (days: number) => `Dipastikan lebih dari ${n(days)} hari lalu`,
      never: 'Belum pernah dipastikan',
    },
    recognition: {
      awards: 'Penghargaan',
      adoptions: 'Diadopsi pemerintah lain',
      visits: 'Kunjungan belajar',
    },
    figure: (year: number, kind: string) => `${year} · ${kind === 'target' ? 'target' : 'realisasi'}`,
  },
  series: {
    owned: 'Inovasi dijalankan',
    joined: 'Ikut berkolaborasi',
    units: 'Unit dalam daftar',
    participating: 'Unit dengan inovasi',
    innovations: 'Inovasi',
    count: 'Inovasi',
    perYear: 'Diluncurkan tahun itu',
    cumulative: 'Kumulatif',
    active: 'OPD dengan inovasi tahun itu',
    activeCumulative: 'OPD dengan inovasi hingga tahun itu',
    stated: 'Dinyatakan sumber',
    documented: 'Terdokumentasi di sini',
    percent: 'Persentase inovasi',
    records: 'Catatan',
    recognizedInnovations: 'Inovasi',
    claimed: 'Disebut saat peluncuran',
    documentedClaim: (y: number) => `Terdokumentasi di sini (s.d. ${y} atau tanpa tahun)`,
  },
  titles: {
    opd: 'Inovasi per perangkat daerah',
    opdType: 'Inovasi dan partisipasi menurut jenis unit',
    tahapan: 'Tahapan inovasi',
    lan5d: 'Tahap Laboratorium Inovasi (LAN 5D)',
    jenis: 'Jenis inovasi',
    bentuk: 'Bentuk inovasi',
    urusan: 'Urusan pemerintahan',
    year: 'Tahun peluncuran',
    status: 'Status terkini',
    participation: 'Partisipasi perangkat daerah per tahun',
    figures: 'Partisipasi OPD: angka dan target yang dinyatakan',
    coverage: 'Keterukuran output dan outcome',
    freshness: 'Kebaruan verifikasi status',
    recognition: 'Penghargaan dan replikasi',
    claim: (title: string) => `Klaim vs terdokumentasi: ${title}`,
  },
  headline: {
    empty: 'Belum ada inovasi yang tercatat, jadi belum ada angka.',
    opd: (name: string, count: number, total: number, active: number, registry: number, tie: number) =>
      `${tie > 1 ? `${name} dan ${n(tie - 1)} unit lain masing-masing` : name} menjalankan ${ofTotal(count, total)}; ${ofTotal(active, registry, 'unit')} dalam daftar punya setidaknya satu inovasi tercatat.`,
    opdType: (label: string, count: number, total: number, participating: number, units: number) =>
      `Unit berjenis ${label.toLowerCase()} menjalankan ${ofTotal(count, total)}; ${ofTotal(participating, units, 'unit')} berjenis itu ikut berinovasi.`,
    top: (label: string, count: number, total: number, pct: string) => `${label}: ${ofTotal(count, total)} (${pct}).`,
    tahapan: (count: number, total: number, pct: string) =>
      `${ofTotal(count, total)} (${pct}) sudah pada tahap penerapan${count < total ? '; sisanya masih inisiatif atau uji coba' : ''}.`,
    lan5dUnknown: (count: number, total: number) => `Tahap siklus Laboratorium Inovasi LAN belum dicatat untuk ${ofTotal(count, total)}.`,
    jenis: (count: number, total: number, pct: string) => `${ofTotal(count, total)} (${pct}) berjenis digital.`,
    urusan: (label: string, count: number, total: number, kinds: number) =>
      `Urusan terbanyak adalah ${label.toLowerCase()} (${ofTotal(count, total)}); seluruhnya tersebar di ${n(kinds)} urusan pemerintahan.`,
    year: (first: number, peaks: number[], peakCount: number, undated: number, total: number) =>
      `Inovasi tercatat paling awal diluncurkan tahun ${first}; terbanyak pada ${list(peaks.map(String))} (${peaks.length > 1 ? 'masing-masing ' : ''}${n(peakCount)} inovasi).${undated ? ` ${ofTotal(undated, total)} belum punya tahun peluncuran di sumbernya.` : ''}`,
    yearNone: (total: number) => `Belum ada dari ${n(total)} inovasi yang punya tahun peluncuran di sumbernya.`,
    status: (running: number, total: number, stopped: number, unknown: number) =>
      `${ofTotal(running, total)} berjalan menurut sumbernya${stopped ? `; ${n(stopped)} dihentikan` : ''}${unknown ? `; status ${n(unknown)} inovasi lainnya belum diketahui dari sumber terbaru` : ''}.`,
    participation: (now: number, registry: number, pct: string, undatedOnly: number) =>
      `Saat ini ${ofTotal(now, registry, 'unit')} dalam daftar (${pct}) punya setidaknya satu inovasi tercatat${undatedOnly ? `; ${n(undatedOnly)} di antaranya hanya punya inovasi tanpa tahun sehingga tidak tampak di tahun mana pun` : ''}.`,
    figures: (target: number, year: number, documented: number) =>
      `Targetnya ${n(target)} OPD pada ${year}; OPD yang terdokumentasi di sini dengan inovasi yang diluncurkan hingga ${year} baru ${n(documented)}.`,
    figuresNoTarget: (count: number) => `${n(count)} angka partisipasi dinyatakan sumber; masing-masing berdampingan dengan yang terdokumentasi di sini.`,
    coverage: (measured: number, outcome: number, total: number) =>
      `${measured < total ? 'Baru ' : ''}${ofTotal(measured, total)} punya nilai output atau outcome yang terukur; ${outcome ? `${n(outcome)} di antaranya punya` : 'belum satu pun punya'} nilai outcome — perubahan yang dirasakan warga.`,
    freshness: (recent: number, total: number, days: number, never: number, newest?: string) =>
      `Status ${ofTotal(recent, total)} dipastikan dalam ${n(days)} hari terakhir; ${n(never)} belum pernah dipastikan${newest ? `. Verifikasi terbaru bertanggal ${formatPartialDate(newest)}` : ''}.`,
    recognition: (awarded: number, awards: number, adopted: number, visited: number, total: number) =>
      `${ofTotal(awarded, total)} mencatat penghargaan (${n(awards)} penghargaan); ${n(adopted)} diadopsi pemerintah lain dan ${n(visited)} menerima kunjungan belajar.`,
    claim: (claimed: number, opd: number, year: number, documented: number, missing: number) =>
      `Peluncuran ${year} menyebut ${n(claimed)} inovasi dari ${n(opd)} OPD tanpa menyebut namanya. Untuk OPD-OPD itu, situs ini mendokumentasikan ${n(documented)} inovasi yang diluncurkan hingga ${year} atau tanpa tahun — paling sedikit ${n(missing)} inovasi yang diumumkan belum dapat dilihat publik di sini.`,
  },
  notes: {
    percentOfAll: 'Persentase dihitung dari semua inovasi yang tercatat.',
    opd: 'Setiap inovasi dihitung sekali, pada OPD pemiliknya. Kolaborasi dihitung terpisah dan tidak dijumlahkan, karena satu inovasi bisa punya beberapa kolaborator.',
    footnotes: 'Keterangan baris',
    year: 'Tahun peluncuran; bila tidak ada, tahun uji coba; bila tidak ada juga, tahun mulai dirintis.',
    participation: 'Unit dihitung sebagai peserta bila memiliki inovasi yang tercatat di sini. Inovasi tanpa tahun tidak masuk tahun mana pun.',
    figures: 'Angka yang dinyatakan diambil dari content/site.yaml beserta sumbernya; kolom "terdokumentasi" menghitung OPD pemilik inovasi yang diluncurkan hingga tahun itu.',
    coverage: (days: number) =>
      `Nilai terukur = angka yang dilaporkan sumber, bukan baseline atau target. "Berumur paling lama ${n(days)} hari" diukur dari awal tanggal nilai itu (tahun saja = 1 Januari) sampai tanggal situs dibangun. Baris-baris ini tidak saling meniadakan, jadi jumlahnya bukan 100%.`,
    freshness: 'Tanggal verifikasi adalah kolom "terakhir dipastikan" di setiap entri. Ketiga baris saling meniadakan dan jumlahnya sama dengan semua inovasi.',
    recognition: 'Satu inovasi bisa mencatat beberapa penghargaan atau replikasi.',
    claim: (year: number) =>
      `Nama inovasi yang diumumkan tidak pernah dipublikasikan, jadi tidak dapat dipastikan inovasi mana yang termasuk. Inovasi tanpa tahun ikut dibandingkan karena bisa saja termasuk. "Paling sedikit belum terdokumentasi" = jumlah yang disebut dikurangi inovasi OPD itu di sini yang diluncurkan s.d. ${year} atau tanpa tahun (tidak kurang dari nol). Baris jumlah hanya menjumlahkan OPD yang disebut saat peluncuran. Nama OPD ditulis seperti di sumber; tautan menuju OPD yang sama dengan nama terkininya.`,
  },
  claimDetails: {
    heading: 'Tentang klaim ini',
    date: 'Tanggal acara',
    place: 'Tempat',
    statements: 'Angka lain yang disampaikan',
    sources: 'Sumber klaim',
    kind: { realisasi: 'realisasi', target: 'target' } as Record<string, string>,
    due: 'untuk',
    stated: (innovations?: number, opd?: number) =>
      [innovations !== undefined && `${n(innovations)} inovasi`, opd !== undefined && `${n(opd)} OPD`].filter(Boolean).join(' dari '),
  },
  opd: {
    heading: 'Angka',
    owned: 'inovasi dijalankan',
    joined: 'inovasi diikuti sebagai kolaborator',
    running: 'dipastikan masih berjalan',
    runningUnconfirmed: 'berjalan menurut sumber lama; belum dipastikan lagi',
    penerapan: 'sudah pada tahap penerapan',
    measured: 'punya nilai output atau outcome terukur',
    outcome: 'punya nilai outcome terukur',
    verifiedRecent: (days: number) => `statusnya dipastikan dalam ${n(days)} hari terakhir`,
    verifiedNever: 'statusnya belum pernah dipastikan',
    awards: 'penghargaan tercatat',
    claim: (claimed: number, year: number, writtenAs: string, owned: number) =>
      `Pada peluncuran Laboratorium Inovasi ${year}, unit ini (ditulis "${writtenAs}") disebut menjalankan ${n(claimed)} inovasi; di sini tercatat ${n(owned)} inovasi miliknya dari semua tahun.`,
    compare: 'Lihat perbandingannya',
    more: 'Bandingkan dengan semua perangkat daerah di halaman Statistik',
  },
  metric: {
    chartLabel: (name: string) => `Grafik batang riwayat "${name}": baseline, target, dan nilai terukur. Angka yang sama ada di tabel.`,
    legendBaseline: 'Baseline (titik-titik)',
    legendTarget: 'Target (arsir)',
    legendMeasured: 'Terukur (penuh)',
  },
};

export type StatsUi = typeof statsUi;
