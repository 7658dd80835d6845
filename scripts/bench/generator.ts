/**
 * Synthetic, schema-valid innovation entries for the benchmark (issue 9).
 * Deterministic: the same seed, N and OPD registry give byte-identical files.
 * Everything is written into a temporary content folder — never into content/.
 *
 * Shape follows the real entries in content/innovations/: 100–250 words of narrative in
 * "## Latar belakang / ## Solusi / ## Manfaat" (sometimes "## Catatan sumber"), about 10 %
 * with the allowed <Callout> component, no imports; frontmatter with dated, sourced metrics,
 * 1–4 sources, howToUse, awards and replication on some entries.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as loadYaml, stringify } from 'yaml';
import { titleKey } from '../../src/lib/catalog-checks.ts';
import { BENTUK_IDS, CONFIDENCE_IDS, INISIATOR_IDS, JENIS_IDS, LAN5D_IDS, TAHAPAN_IDS, URUSAN_IDS } from '../../src/schema/enums.ts';

export interface OpdInfo {
  id: string;
  name: string;
  abbreviation?: string;
}

export interface GeneratedEntry {
  id: string;
  title: string;
  opd: string;
  /** Body uses <Callout>. */
  callout: boolean;
  /** Has titleEn and summaryEn (so an English page). */
  translated: boolean;
  /** Words of narrative (headings and component tags excluded). */
  words: number;
  /** Number of metrics and of dated metric values. */
  metrics: number;
  metricValues: number;
  /** Full file text (frontmatter + body). */
  text: string;
}

export interface GenerateOptions {
  n: number;
  seed?: number;
  opds: OpdInfo[];
  /** Share of entries whose body uses the <Callout> component (0–1; default 0.1). */
  componentShare?: number;
  /** Share of entries with English text (titleEn + summaryEn, so an English page; 0–1; default 0). */
  translatedShare?: number;
}

export const DEFAULT_SEED = 20201222;

/** Latest date any generated fact carries (fixed, so output does not depend on the day it runs). */
const LAST_DAY = { y: 2025, m: 6, d: 30 };
const FIRST_YEAR = 2012;

// ---------------------------------------------------------------- PRNG

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** k distinct items. */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  shuffle<T>(list: readonly T[]): T[] {
    return this.sample(list, list.length);
  }
}

// ---------------------------------------------------------------- vocabulary (synthetic)

const SYLLABLES = ['pa', 'ka', 'si', 'ma', 'ta', 'dan', 'tu', 'ran', 'la', 'wa', 'ti', 'ba', 'nu', 'jar', 'pin', 'sa', 'ri', 'mo', 'kal', 'ber', 'ne', 'ga', 'du', 'ko', 'lin', 'pu', 'ra', 'gu', 'tan', 'ju', 'san', 'yan', 'ro', 'sel', 'kin', 'bi', 'da', 'tar', 'war', 'ce'];
const PREFIXES = ['SI', 'E-', 'MO', 'TANG', 'PAS', 'GO', 'KA', 'SAPA', 'RU', 'BE', 'LA', 'MA', 'DIGI', 'SI-'];
const SERVICE_HEADS = ['Layanan', 'Sistem', 'Aplikasi', 'Gerakan', 'Program', 'Pojok', 'Klinik', 'Loket', 'Pusat', 'Kanal', 'Mobil', 'Posko', 'Rumah', 'Gerai', 'Kelas'];
const SERVICE_OBJECTS = [
  'Dokumen Kependudukan', 'Perizinan Usaha', 'Pengaduan Warga', 'Pajak Daerah', 'Bank Sampah', 'Imunisasi Anak', 'Data Kemiskinan',
  'Bantuan Sosial', 'Antrean Puskesmas', 'Informasi Publik', 'Kartu Identitas Anak', 'Izin Bangunan', 'Pelatihan Kerja', 'UMKM',
  'Perpustakaan Keliling', 'Gizi Balita', 'Kesehatan Ibu Hamil', 'Penanganan Banjir', 'Pemadam Kebakaran', 'Ketertiban Umum',
  'Arsip Digital', 'Kepegawaian', 'Perencanaan Kelurahan', 'Keuangan Daerah', 'Retribusi Pasar', 'Posyandu', 'Lansia', 'Disabilitas',
  'Ruang Terbuka Hijau', 'Air Bersih', 'Penerangan Jalan', 'Transportasi Sekolah', 'Olahraga Warga', 'Pariwisata Kota', 'Koperasi',
];
const SERVICE_TAILS = ['Terpadu', 'Keliling', 'Online', 'Mandiri', 'Satu Pintu', 'Jemput Bola', 'Berbasis RT', 'Digital', 'Cepat', 'Ramah Anak', 'Terintegrasi', 'Tanpa Antre'];
const PLACES = ['Ciputat', 'Ciputat Timur', 'Pamulang', 'Pondok Aren', 'Serpong', 'Serpong Utara', 'Setu', 'Pondok Betung', 'Cilenggang', 'Rawa Buntu', 'Jombang', 'Benda Baru', 'Lengkong Gudang', 'Pondok Jagung', 'Bambu Apus', 'Kademangan', 'Pisangan', 'Sawah Baru'];
const GROUPS = ['warga lanjut usia', 'ibu hamil', 'pelaku UMKM', 'pelajar', 'penyandang disabilitas', 'pekerja', 'keluarga prasejahtera', 'pemohon izin', 'wajib pajak', 'kader posyandu', 'pengurus RT dan RW', 'pendatang baru', 'orang tua balita', 'pedagang pasar'];
const PROBLEMS = [
  'antrean panjang di kantor dinas', 'berkas yang sering hilang atau tertunda', 'jarak kantor yang jauh dari permukiman', 'data yang tersebar di banyak instansi',
  'jam layanan yang bentrok dengan jam kerja warga', 'informasi syarat yang tidak jelas', 'pengaduan yang tidak tercatat', 'biaya transportasi yang memberatkan',
  'pencatatan manual yang lambat', 'petugas yang terbatas di lapangan', 'laporan yang terlambat sampai ke pimpinan', 'sampah yang menumpuk di bantaran sungai',
];
const TOOLS = ['aplikasi ponsel', 'formulir daring', 'layanan WhatsApp', 'mobil layanan keliling', 'kios swalayan', 'kode QR', 'petugas jemput bola', 'dasbor data', 'pesan singkat', 'kanal media sosial', 'loket khusus', 'kartu anggota'];
const ACTIONS = ['mendaftar', 'mengajukan permohonan', 'melapor', 'mengecek status', 'mengambil dokumen', 'membayar', 'berkonsultasi', 'mengikuti pelatihan', 'menyetor sampah', 'memesan jadwal'];
const BENEFITS = ['waktu tunggu lebih singkat', 'biaya perjalanan berkurang', 'data lebih cepat diperbarui', 'pengaduan lebih cepat ditindaklanjuti', 'jangkauan layanan lebih luas', 'petugas lebih mudah memantau pekerjaan', 'warga tahu status permohonannya', 'pencatatan lebih rapi'];
const PUBLISHERS: readonly [string, string][] = [
  ['TangerangNews.com', 'www.tangerangnews.com'], ['Kompas.com', 'megapolitan.kompas.com'], ['Kabar6.com', 'kabar6.com'], ['SatelitNews.id', 'satelitnews.com'],
  ['Tangsel Pos', 'www.tangselpos.id'], ['Banten Ekspres', 'www.bantenekspres.co.id'], ['DetakBanten.com', 'www.detakbanten.com'], ['BantenNews.co.id', 'bantennews.co.id'],
  ['Antara Banten', 'banten.antaranews.com'], ['Situs resmi Pemkot Tangsel', 'tangerangselatankota.go.id'], ['Liputan6.com', 'www.liputan6.com'], ['Detik.com', 'news.detik.com'],
];
const METRIC_NAMES: readonly [string, string][] = [
  ['Dokumen diterbitkan', 'dokumen'], ['Warga terlayani', 'orang'], ['Permohonan diproses', 'permohonan per bulan'], ['Pengaduan ditindaklanjuti', 'pengaduan'],
  ['Rata-rata waktu layanan', 'menit'], ['Sampah terkumpul', 'kilogram per bulan'], ['Peserta pelatihan', 'orang'], ['Nasabah terdaftar', 'nasabah'],
  ['Kunjungan lokasi', 'kunjungan per tahun'], ['Pengguna aplikasi', 'akun'], ['Kelurahan terjangkau', 'kelurahan'], ['Balita diperiksa', 'anak'],
];
const AWARDS = ['Top 45 Kompetisi Inovasi Pelayanan Publik', 'Innovative Government Award', 'Penghargaan Pelayanan Prima', 'Juara Lomba Inovasi Daerah Provinsi Banten', 'Anugerah Keterbukaan Informasi Publik'];
const AWARD_BY = ['Kementerian PANRB', 'Kementerian Dalam Negeri', 'Pemerintah Provinsi Banten', 'Komisi Informasi Provinsi Banten'];
const REPLICATORS = ['Pemerintah Kota Tangerang', 'Pemerintah Kabupaten Tangerang', 'Pemerintah Kota Serang', 'Pemerintah Kabupaten Bogor', 'Pemerintah Kota Depok', 'Pemerintah Kota Bekasi'];
const PARTNERS = ['Gojek', 'Grab', 'PT Pos Indonesia', 'Bank BJB', 'Universitas Pamulang', 'UIN Syarif Hidayatullah', 'PLN UP3 Serpong', 'BPJS Kesehatan', 'Telkom Indonesia'];
const TAGS = ['KTP', 'KK', 'akta', 'izin', 'pajak', 'sampah', 'kesehatan', 'sekolah', 'UMKM', 'pengaduan', 'bansos', 'posyandu', 'banjir', 'perpustakaan', 'lansia', 'disabilitas', 'antrean', 'online', 'WhatsApp', 'kelurahan'];

const SENTENCES = {
  latar: [
    'Sebelum {A} ada, {G} di {P} harus menghadapi {M}.',
    'Menurut {O}, keluhan yang paling sering masuk adalah {M}.',
    'Pada {Y}, jumlah {G} yang membutuhkan layanan ini tercatat sekitar {N} orang per bulan.',
    'Banyak {G} tidak sempat datang ke kantor pada jam kerja, sehingga urusan mereka tertunda berminggu-minggu.',
    'Masalah lain adalah {M}, yang membuat layanan tidak merata antarkecamatan.',
    'Petugas {O} mencatat permohonan secara manual, dan rekap bulanan baru selesai beberapa minggu kemudian.',
    'Warga di wilayah {P} juga mengeluhkan {M} ketika mengurus kebutuhan sehari-hari.',
    'Kondisi ini mendorong {O} mencari cara agar {G} tidak perlu bolak-balik ke kantor.',
  ],
  solusi: [
    '{A} memakai {T} agar {G} bisa {C} tanpa datang ke kantor.',
    'Sejak {Y}, {O} membuka {T} yang melayani warga di {P} dan sekitarnya.',
    'Warga cukup {C} lewat {T}, lalu petugas memverifikasi berkas dalam beberapa hari kerja.',
    'Petugas {O} juga datang langsung ke {P} setiap pekan untuk {G}.',
    'Setiap permohonan diberi nomor, sehingga warga bisa mengecek statusnya kapan saja.',
    'Data dari {T} dihubungkan dengan basis data {O} agar tidak perlu diisi dua kali.',
    'Uji coba dimulai di {P} sebelum diperluas ke seluruh kecamatan.',
    '{O} menyiapkan {n} petugas khusus untuk menangani permohonan yang masuk.',
  ],
  manfaat: [
    'Menurut {O}, {B} dan {B2}.',
    'Sepanjang {Y}, sekitar {N} {G} sudah memakai layanan ini.',
    '{G} di {P} kini bisa {C} dari rumah.',
    'Dampak terhadap kepuasan warga belum pernah diukur secara terbuka.',
    'Inovasi ini juga membantu {O} menyusun laporan bulanan dengan lebih cepat.',
    'Angka resmi tentang penghematan biaya belum dilaporkan oleh sumber yang ada.',
  ],
  catatan: [
    'Sumber berbeda soal tanggal peluncuran; keduanya dicatat apa adanya.',
    'Angka pengguna hanya disebut satu sumber dan perlu dikonfirmasi ke {O}.',
    'Nama lengkap {A} ditulis berbeda oleh beberapa media.',
  ],
  callout: [
    'Layanan ini gratis; warga hanya menanggung biaya pengiriman bila memilih diantar.',
    'Bawa dokumen asli saat verifikasi di kelurahan, karena salinan saja tidak diterima.',
    'Jadwal layanan keliling dapat berubah; periksa pengumuman {O} sebelum datang.',
  ],
  steps: ['Buka {T} dan pilih layanan {A}.', 'Isi data diri dan unggah berkas yang diminta.', 'Tunggu pesan konfirmasi dari petugas {O}.', 'Datang ke lokasi sesuai jadwal bila diminta.', 'Ambil dokumen atau terima hasil layanan.'],
  requirements: ['KTP elektronik', 'Kartu Keluarga', 'Surat pengantar RT/RW', 'Formulir permohonan yang sudah diisi', 'Nomor WhatsApp aktif'],
} as const;

// ---------------------------------------------------------------- helpers

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Days since FIRST_YEAR-01-01 up to LAST_DAY. */
const DAY_MS = 86_400_000;
const START = Date.UTC(FIRST_YEAR, 0, 1);
const END = Date.UTC(LAST_DAY.y, LAST_DAY.m - 1, LAST_DAY.d);

function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A random day in [from, END]. */
function dayBetween(r: Rand, from: number, to = END): number {
  const span = Math.max(0, Math.floor((to - from) / DAY_MS));
  return from + r.int(0, span) * DAY_MS;
}

/** Partial date: usually a full day, sometimes a month or a year. */
function partial(r: Rand, t: number): string {
  const day = isoDay(t);
  const p = r.next();
  return p < 0.8 ? day : p < 0.92 ? day.slice(0, 7) : day.slice(0, 4);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Zipf-like weights so a few OPDs own many entries, as in real catalogues. */
function zipfPicker(r: Rand, ids: string[], s = 0.9): () => string {
  const order = r.shuffle(ids);
  const weights = order.map((_, i) => 1 / Math.pow(i + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const x = r.next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return order[lo]!;
  };
}

// ---------------------------------------------------------------- one entry

interface Ctx {
  r: Rand;
  acronym: string;
  opdName: string;
  place: string;
  group: string;
  tool: string;
}

function fill(ctx: Ctx, template: string): string {
  const { r } = ctx;
  return template
    .replaceAll('{A}', ctx.acronym)
    .replaceAll('{O}', ctx.opdName)
    .replaceAll('{P}', r.chance(0.7) ? ctx.place : r.pick(PLACES))
    .replaceAll('{G}', r.chance(0.7) ? ctx.group : r.pick(GROUPS))
    .replaceAll('{T}', r.chance(0.8) ? ctx.tool : r.pick(TOOLS))
    .replaceAll('{M}', r.pick(PROBLEMS))
    .replaceAll('{C}', r.pick(ACTIONS))
    .replaceAll('{B2}', r.pick(BENEFITS))
    .replaceAll('{B}', r.pick(BENEFITS))
    .replaceAll('{Y}', String(r.int(2015, 2024)))
    .replaceAll('{N}', r.int(30, 40000).toLocaleString('id-ID'))
    .replaceAll('{n}', String(r.int(2, 40)));
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function paragraph(ctx: Ctx, pool: readonly string[], sentences: number): string {
  const picked: string[] = [];
  for (let i = 0; i < sentences; i++) picked.push(capital(fill(ctx, ctx.r.pick(pool))));
  return picked.join(' ');
}

function makeBody(ctx: Ctx, callout: boolean): { body: string; words: number } {
  const { r } = ctx;
  const target = r.int(100, 230);
  const parts = { latar: [] as string[], solusi: [] as string[], manfaat: [] as string[] };
  let words = 0;
  const add = (key: keyof typeof parts, text: string) => {
    parts[key].push(text);
    words += wordCount(text);
  };
  add('latar', paragraph(ctx, SENTENCES.latar, r.int(2, 3)));
  add('solusi', paragraph(ctx, SENTENCES.solusi, r.int(2, 3)));
  if (r.chance(0.3)) {
    const items = r.sample(SENTENCES.steps, r.int(2, 4)).map((s) => `- ${fill(ctx, s)}`);
    add('solusi', items.join('\n'));
  }
  add('manfaat', paragraph(ctx, SENTENCES.manfaat, r.int(1, 2)));
  let catatan: string | undefined;
  if (r.chance(0.3)) {
    catatan = paragraph(ctx, SENTENCES.catatan, 1);
    words += wordCount(catatan);
  }
  let calloutText: string | undefined;
  if (callout) {
    calloutText = fill(ctx, r.pick(SENTENCES.callout));
    words += wordCount(calloutText);
  }
  // Grow towards the target length one sentence at a time, section by section;
  // a sentence joins the section's last paragraph or starts a new one.
  const order: (keyof typeof parts)[] = ['solusi', 'latar', 'manfaat'];
  let k = 0;
  while (words < target) {
    const key = order[k++ % order.length]!;
    const pool = key === 'latar' ? SENTENCES.latar : key === 'solusi' ? SENTENCES.solusi : SENTENCES.manfaat;
    const sentence = paragraph(ctx, pool, 1);
    const list = parts[key];
    const last = list.length - 1;
    if (last >= 0 && !list[last]!.startsWith('- ') && r.chance(0.6)) {
      list[last] += ` ${sentence}`;
      words += wordCount(sentence);
    } else add(key, sentence);
  }
  const sections = [`## Latar belakang\n\n${parts.latar.join('\n\n')}`, `## Solusi\n\n${parts.solusi.join('\n\n')}`];
  let manfaat = `## Manfaat\n\n${parts.manfaat.join('\n\n')}`;
  if (calloutText) {
    const type = r.chance(0.7) ? 'info' : 'peringatan';
    const block = `<Callout type="${type}" title="Perlu diketahui">\n${calloutText}\n</Callout>`;
    if (r.chance(0.5)) sections[1] += `\n\n${block}`;
    else manfaat += `\n\n${block}`;
  }
  sections.push(manfaat);
  if (catatan) sections.push(`## Catatan sumber\n\n${catatan}`);
  return { body: `${sections.join('\n\n')}\n`, words };
}

function makeSources(r: Rand, id: string, launched: number, count: number) {
  const sources: Record<string, unknown>[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const [publisher, host] = r.pick(PUBLISHERS);
    const t = dayBetween(r, launched);
    const day = isoDay(t);
    let sid = `${slugify(publisher).split('-')[0]}-${day}`;
    for (let k = 2; used.has(sid); k++) sid = `${slugify(publisher).split('-')[0]}-${day}-${k}`;
    used.add(sid);
    const source: Record<string, unknown> = {
      id: sid,
      title: `${r.pick(SERVICE_HEADS)} ${r.pick(SERVICE_OBJECTS)} di ${r.pick(PLACES)} ${r.pick(['Diluncurkan', 'Diperluas', 'Dikunjungi Warga', 'Mendapat Penghargaan', 'Dievaluasi'])}`,
      url: `https://${host}/berita/${day.slice(0, 4)}/${id}-${i + 1}`,
      publisher,
    };
    if (r.chance(0.3)) source.author = `${r.pick(['Ahmad', 'Siti', 'Rina', 'Dedi', 'Yusuf', 'Maya'])} ${r.pick(['Hidayat', 'Lestari', 'Pratama', 'Nugroho', 'Rahman', 'Sari'])}`;
    if (r.chance(0.2)) {
      source.date = 'tidak-diketahui';
      source.eventDate = day;
      if (r.chance(0.5)) source.dateNote = 'Tanggal terbit tidak terlihat; tanggal peristiwa dari isi berita.';
    } else {
      source.date = partial(r, t);
    }
    if (r.chance(0.5)) source.supports = `Peluncuran dan cara kerja layanan; angka ${r.int(10, 900)} pengguna.`;
    sources.push(source);
  }
  return sources;
}

function makeMetric(r: Rand, sourceIds: string[], launched: number) {
  const [name, unit] = r.pick(METRIC_NAMES);
  const metric: Record<string, unknown> = { type: r.chance(0.6) ? 'output' : 'outcome', name, unit };
  let from = launched;
  if (r.chance(0.2)) {
    const t = dayBetween(r, START, launched);
    metric.baseline = { value: r.int(0, 500), date: isoDay(t), source: r.pick(sourceIds) };
  }
  if (r.chance(0.15)) {
    metric.target = { value: r.int(500, 20000), date: `${r.int(2020, 2030)}`, source: r.pick(sourceIds) };
  }
  const values: Record<string, unknown>[] = [];
  const count = r.int(1, 3);
  let value = r.int(10, 2000);
  for (let i = 0; i < count; i++) {
    from = dayBetween(r, from, Math.min(END, from + 700 * DAY_MS));
    const v: Record<string, unknown> = { value, date: isoDay(from), source: r.pick(sourceIds) };
    if (r.chance(0.2)) v.note = 'Menurut kepala dinas dalam acara peluncuran.';
    values.push(v);
    value = Math.round(value * (1 + r.next()));
  }
  metric.values = values;
  if (r.chance(0.15)) metric.note = 'Satuan waktu tidak disebut jelas oleh sumber.';
  return metric;
}

function makeAcronym(r: Rand): string {
  const body = Array.from({ length: r.int(1, 3) }, () => r.pick(SYLLABLES)).join('').toUpperCase();
  return `${r.pick(PREFIXES)}${body}`;
}

interface Shares {
  /** Uses <Callout> (set when the caller gives a share; otherwise 10 % from the entry's own stream). */
  callout: boolean | undefined;
  translated: boolean;
}

function makeEntry(r: Rand, index: number, opd: OpdInfo, opds: OpdInfo[], titles: Set<string>, shares: Shares): GeneratedEntry {
  // A unique title: acronym + descriptive name; retries, then a numbered fallback.
  let acronym = '';
  let title = '';
  for (let attempt = 0; ; attempt++) {
    acronym = makeAcronym(r);
    const name = `${r.pick(SERVICE_HEADS)} ${r.pick(SERVICE_OBJECTS)}${r.chance(0.6) ? ` ${r.pick(SERVICE_TAILS)}` : ''}${r.chance(0.4) ? ` ${r.pick(PLACES)}` : ''}`;
    title = `${acronym} — ${name}`;
    if (attempt >= 20) title = `${title} ${index + 1}`;
    if (!titles.has(titleKey(title))) break;
  }
  titles.add(titleKey(title));
  const id = `bench-${pad(index + 1, 5)}-${slugify(acronym) || 'entri'}`;
  const opdName = opd.abbreviation ?? opd.name;
  const ctx: Ctx = { r, acronym, opdName, place: r.pick(PLACES), group: r.pick(GROUPS), tool: r.pick(TOOLS) };

  const launched = dayBetween(r, Date.UTC(2014, 0, 1), END - 60 * DAY_MS);
  const sourceCount = r.pick([1, 1, 2, 2, 2, 3, 3, 4]);
  const sources = makeSources(r, id, launched, sourceCount);
  const sourceIds = sources.map((s) => s.id as string);

  const data: Record<string, unknown> = { title };
  if (r.chance(0.5)) data.aka = r.sample([acronym.toLowerCase(), `${acronym} ${ctx.place}`, `Layanan ${acronym}`], r.int(1, 2));
  data.summary = `${acronym} adalah ${title.split(' — ')[1]!.toLowerCase()} dari ${opdName} agar ${ctx.group} dapat ${r.pick(ACTIONS)} lewat ${ctx.tool}.`;
  if (shares.translated) {
    data.titleEn = `${acronym} — ${title.split(' — ')[1]} (English edition)`;
    data.summaryEn = `${acronym} is a public service of ${opdName} that lets ${ctx.group} use ${ctx.tool}.`;
  }
  data.opd = opd.id;
  if (r.chance(0.1)) data.opdNameAtTheTime = `${opd.name} (nama lama)`;
  if (r.chance(0.15) && opds.length > 1) data.collaborators = r.sample(opds.filter((o) => o.id !== opd.id).map((o) => o.id), r.int(1, 2));
  if (r.chance(0.2)) data.partners = r.sample(PARTNERS, r.int(1, 2));
  data.tahapan = r.pick(TAHAPAN_IDS);
  if (r.chance(0.4)) data.lan5d = r.pick(LAN5D_IDS);
  data.jenis = r.pick(JENIS_IDS);
  data.bentuk = r.pick(BENTUK_IDS);
  data.urusan = r.pick(URUSAN_IDS);
  if (r.chance(0.5)) data.inisiator = r.pick(INISIATOR_IDS);
  if (r.chance(0.1)) data.inisiatorName = `${r.pick(['Ahmad', 'Siti', 'Rina', 'Dedi'])} ${r.pick(['Hidayat', 'Lestari', 'Pratama'])}`;
  if (r.chance(0.3)) data.started = partial(r, dayBetween(r, START, launched));
  if (r.chance(0.2)) data.trial = isoDay(launched - r.int(30, 200) * DAY_MS);
  if (r.chance(0.85)) data.launched = partial(r, launched);
  const status = r.pick(['berjalan', 'berjalan', 'berjalan', 'berjalan', 'berjalan', 'berjalan', 'dihentikan', 'tidak-diketahui', 'tidak-diketahui', 'tidak-diketahui']);
  data.status = status;
  if (status !== 'tidak-diketahui') {
    data.lastVerified = isoDay(dayBetween(r, launched));
    if (r.chance(0.8)) data.statusSource = r.pick(sourceIds);
  }
  data.confidence = sourceCount >= 2 && r.chance(0.7) ? CONFIDENCE_IDS[0] : CONFIDENCE_IDS[1];
  if (r.chance(0.3)) data.confidenceNote = 'Jumlah pengguna hanya disebut satu sumber; tanggal peluncuran berbeda antarberita.';
  if (r.chance(0.5)) {
    const how: Record<string, unknown> = {};
    if (r.chance(0.6)) how.where = [`Kantor ${opdName}`, `Kantor Kecamatan ${ctx.place}`].slice(0, r.int(1, 2));
    if (r.chance(0.5)) how.online = `https://layanan.tangerangselatankota.go.id/${id}`;
    if (r.chance(0.5)) how.hours = 'Senin–Jumat, 08.00–15.00 WIB';
    if (r.chance(0.5)) how.cost = r.pick(['Gratis', 'Gratis; ongkos kirim ditanggung pemohon']);
    if (r.chance(0.5)) how.requirements = r.sample(SENTENCES.requirements, r.int(1, 3));
    how.steps = r.sample(SENTENCES.steps, r.int(2, 5)).map((s) => fill(ctx, s));
    if (r.chance(0.3)) how.complaint = `Pengaduan lewat SIARAN Tangsel atau kantor ${opdName}.`;
    how.sources = [sourceIds[0]!];
    data.howToUse = how;
  }
  const metricCount = r.pick([0, 0, 0, 1, 1, 1, 1, 2, 2, 3]);
  if (metricCount) data.metrics = Array.from({ length: metricCount }, () => makeMetric(r, sourceIds, launched));
  if (r.chance(0.1)) data.awards = [{ name: r.pick(AWARDS), rank: r.pick(['Juara 1', 'Juara 2', 'Terbaik', 'Top 99']), by: r.pick(AWARD_BY), date: String(r.int(2016, 2024)), source: r.pick(sourceIds) }];
  if (r.chance(0.05)) data.replication = [{ by: r.pick(REPLICATORS), kind: r.pick(['adopsi', 'kunjungan']), date: String(r.int(2017, 2024)), source: r.pick(sourceIds) }];
  if (r.chance(0.3)) data.links = [{ title: `Halaman resmi ${acronym}`, url: `https://${slugify(acronym) || 'layanan'}.tangerangselatankota.go.id` }];
  data.tags = r.sample(TAGS, r.int(1, 6));
  if (r.chance(0.01)) data.featured = true;
  if (r.chance(0.3)) data.updated = isoDay(dayBetween(r, launched));
  data.sources = sources;

  const callout = shares.callout ?? r.chance(0.1);
  const { body, words } = makeBody(ctx, callout);
  const text = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
  const metrics = (data.metrics as { values: unknown[] }[] | undefined) ?? [];
  return { id, title, opd: opd.id, callout, translated: shares.translated, words, metrics: metrics.length, metricValues: metrics.reduce((n, m) => n + m.values.length, 0), text };
}

// ---------------------------------------------------------------- public API

/** N entries, deterministic for (n, seed, OPD ids). */
export function generateEntries({ n, seed = DEFAULT_SEED, opds, componentShare, translatedShare = 0 }: GenerateOptions): GeneratedEntry[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
  if (opds.length === 0) throw new Error('the OPD registry is empty');
  const sorted = [...opds].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(sorted.map((o) => [o.id, o]));
  const r = new Rand(seed);
  const pickOpd = zipfPicker(r, sorted.map((o) => o.id));
  const titles = new Set<string>();
  const out: GeneratedEntry[] = [];
  // Shares come from their own stream: the same seed gives the same entries whatever the shares.
  const sharesRand = new Rand(seed ^ 0x5eed);
  for (let i = 0; i < n; i++) {
    const componentDraw = sharesRand.next();
    const shares = { callout: componentShare === undefined ? undefined : componentDraw < componentShare, translated: sharesRand.next() < translatedShare };
    out.push(makeEntry(r, i, byId.get(pickOpd())!, sorted, titles, shares));
  }
  return out;
}

/** The OPD registry of a content folder (ids from file names, names from the YAML). */
export function readOpdRegistry(opdDir: string): OpdInfo[] {
  return readdirSync(opdDir)
    .filter((f) => /^[^_].*\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const data = loadYaml(readFileSync(join(opdDir, f), 'utf8')) as { name?: string; abbreviation?: string };
      const info: OpdInfo = { id: f.replace(/\.ya?ml$/, ''), name: String(data?.name ?? f) };
      if (data?.abbreviation) info.abbreviation = String(data.abbreviation);
      return info;
    });
}

/**
 * Removes the <Callout …> and </Callout> lines (keeping the text between them), so the
 * body is plain Markdown that compiles as .md and as .mdx without components.
 */
export function stripCallouts(text: string): string {
  return text.replace(/^<\/?Callout\b[^>]*>[ \t]*\r?\n/gm, '');
}

export interface WriteOptions {
  /** Existing content folder whose opd/, claims/ and site.yaml are copied. */
  sourceDir: string;
  /** New folder to write (must not be the real content folder). */
  targetDir: string;
  n: number;
  seed?: number;
  /**
   * mixed (default): entries that use a component are .mdx, the rest plain .md — how the
   * catalogue is meant to be written at scale; mdx: every entry .mdx.
   */
  format?: 'mixed' | 'mdx';
  /** See GenerateOptions. */
  componentShare?: number;
  translatedShare?: number;
}

/** Copies the registry and site file, then writes N generated entries (.mdx, or .md where no component is used) into targetDir/innovations. */
export function writeBenchContent({ sourceDir, targetDir, n, seed = DEFAULT_SEED, format = 'mixed', componentShare, translatedShare }: WriteOptions): GeneratedEntry[] {
  mkdirSync(join(targetDir, 'innovations'), { recursive: true });
  for (const sub of ['opd', 'claims']) {
    const from = join(sourceDir, sub);
    if (!existsSync(from)) continue;
    mkdirSync(join(targetDir, sub), { recursive: true });
    for (const f of readdirSync(from)) if (['.yaml', '.yml'].includes(extname(f))) copyFileSync(join(from, f), join(targetDir, sub, f));
  }
  for (const file of ['site.yaml', 'glossary.yaml']) if (existsSync(join(sourceDir, file))) copyFileSync(join(sourceDir, file), join(targetDir, file));
  const entries = generateEntries({ n, seed, opds: readOpdRegistry(join(targetDir, 'opd')), componentShare, translatedShare });
  for (const e of entries) {
    const ext = format === 'mdx' || e.callout ? 'mdx' : 'md';
    writeFileSync(join(targetDir, 'innovations', `${e.id}.${ext}`), e.text);
  }
  return entries;
}

/**
 * The shares of the real catalogue the benchmark follows: entries written as .mdx (they use a
 * listed component) and entries with English text (titleEn and summaryEn, so an English page).
 */
export function realShares(innovationsDir: string): { entries: number; componentShare: number; translatedShare: number } {
  const files = readdirSync(innovationsDir).filter((f) => /^[^_].*\.mdx?$/.test(f));
  let mdx = 0;
  let translated = 0;
  for (const f of files) {
    if (f.endsWith('.mdx')) mdx++;
    const text = readFileSync(join(innovationsDir, f), 'utf8');
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const data = (loadYaml(fm) ?? {}) as { titleEn?: unknown; summaryEn?: unknown };
    if (data.titleEn && data.summaryEn) translated++;
  }
  const share = (k: number) => (files.length ? k / files.length : 0);
  return { entries: files.length, componentShare: share(mdx), translatedShare: share(translated) };
}

/**
 * Writes the entries as plain files for a bare baseline: bodies without <Callout> lines, as .md or .mdx.
 * `lean`: the frontmatter keeps only title and summary (what the bare page shows) — the leanest
 * plain Astro site over the same bodies.
 */
export function writeBaselineEntries(entries: GeneratedEntry[], dir: string, ext: 'md' | 'mdx', { lean = false } = {}): void {
  mkdirSync(dir, { recursive: true });
  for (const e of entries) {
    let text = stripCallouts(e.text);
    if (lean) {
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
      const data = loadYaml(fm[1]!) as { title: string; summary: string };
      text = `---\n${stringify({ title: data.title, summary: data.summary }, { lineWidth: 0 })}---\n${text.slice(fm[0].length)}`;
    }
    writeFileSync(join(dir, `${e.id}.${ext}`), text);
  }
}
