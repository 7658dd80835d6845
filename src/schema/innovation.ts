/** Frontmatter of one innovation: content/innovations/<id>.mdx (the file name is its URL id). */
import { z } from 'astro/zod';
import './messages.ts';
import { BENTUK, CONFIDENCE, INISIATOR, JENIS, LAN5D, STATUS, TAHAPAN, URUSAN } from './enums.ts';
import { choiceOf, httpsUrl, partialDate, partialDateStart, slug, strict, text } from './fields.ts';
import { metricSchema } from './metric.ts';
import { sourceRef, sourceReferences, sourceSchema } from './source.ts';

export const howToUseSchema = strict({
  /** Tempat yang didatangi, satu per baris (alamat atau gedung). */
  where: z.array(text).default([]),
  /** Alamat daring tempat layanan dipakai. */
  online: httpsUrl.optional(),
  /** Jam layanan atau jadwal kuota. */
  hours: text.optional(),
  /** Biaya bagi warga ("Gratis", "ongkos kirim ditanggung pemohon"). */
  cost: text.optional(),
  /** Yang perlu dibawa atau disiapkan, satu per baris. */
  requirements: z.array(text).default([]),
  /** Langkah-langkah berurutan, satu per baris. */
  steps: z.array(text).default([]),
  /** Tempat mengadu atau bertanya. */
  complaint: text.optional(),
  /** `id` sumber petunjuk ini. */
  sources: z.array(sourceRef).min(1),
});

export const awardSchema = strict({
  /** Nama penghargaan atau lomba. */
  name: text,
  /** Peringkat atau kategori yang diraih. */
  rank: text.optional(),
  /** Pemberi penghargaan. */
  by: text.optional(),
  /** Kapan diberikan (tahun saja cukup). */
  date: partialDate().optional(),
  /** `id` sumber yang memberitakannya. */
  source: sourceRef,
});

export const replicationSchema = strict({
  /** Siapa yang mengadopsi atau berkunjung (sebut instansinya; katakan bila sumber tidak menyebut). */
  by: text,
  /** adopsi = menerapkannya; kunjungan = datang untuk belajar. */
  kind: z.enum(['adopsi', 'kunjungan']),
  /** Kapan (tahun saja cukup). */
  date: partialDate().optional(),
  /** `id` sumber yang memberitakannya. */
  source: sourceRef,
  /** Rincian atau catatan. */
  note: text.optional(),
});

export const linkSchema = strict({
  /** Teks tautan. */
  title: text,
  /** Alamat https://. */
  url: httpsUrl,
});

export const imageSchema = strict({
  /** Path gambar di folder public/, mis. /media/adm-teras-kota.jpg. */
  src: z.string().regex(/^\/media\/[\w./-]+\.(?:jpe?g|png|webp|avif|svg)$/i, {
    error: 'seharusnya path gambar di folder public/media, mis. /media/nama-gambar.jpg.',
  }),
  /** Apa yang tampak di gambar, bagi yang tidak dapat melihatnya (wajib). */
  alt: text,
  /** Keterangan di bawah gambar. */
  caption: text.optional(),
  /** Fotografer atau pemilik gambar. */
  credit: text.optional(),
});

export const innovationShape = {
  /** Nama inovasi yang dikenal publik, mis. "Anjungan Dukcapil Mandiri (ADM)". */
  title: text.max(120),
  /** Nama dan ejaan lain yang dipakai media, untuk pencarian. */
  aka: z.array(text).default([]),
  /** Satu atau dua kalimat: apa ini dan siapa yang terbantu. */
  summary: text.max(320),
  /** Nama inovasi dalam bahasa Inggris untuk edisi /en/ (terjemahan oleh penulis, bukan mesin); kosongkan bila belum ada. Halaman /en/ entri ini hanya dibuat bila titleEn dan summaryEn keduanya terisi. */
  titleEn: text.max(120).optional(),
  /** Ringkasan dalam bahasa Inggris: terjemahan "summary" yang setia, satu atau dua kalimat. Halaman /en/ entri ini hanya dibuat bila titleEn dan summaryEn keduanya terisi. */
  summaryEn: text.max(320).optional(),
  /** Cerita inovasi dalam bahasa Inggris: teks biasa, paragraf dipisah baris kosong, tanpa HTML atau Markdown. */
  storyEn: text
    .max(6000)
    .refine((v) => !/<\/?[a-z][^>]*>|\{[^}]*\}/i.test(v), { error: 'berisi tag HTML atau {…}; storyEn adalah teks biasa: tulis paragraf saja, pisahkan dengan baris kosong.' })
    .optional(),
  /** `id` OPD pemilik (nama berkas di content/opd/, mis. "disdukcapil"). */
  opd: slug,
  /** Nama OPD saat inovasi dibuat, bila berbeda dari nama sekarang. */
  opdNameAtTheTime: text.optional(),
  /** `id` OPD lain yang ikut terlibat. */
  collaborators: z.array(slug).default([]),
  /** Mitra di luar pemerintah daerah (perusahaan, kampus, kementerian). */
  partners: z.array(text).default([]),
  /** Tahapan: inisiatif, uji-coba atau penerapan (Permendagri 104/2018). */
  tahapan: choiceOf(TAHAPAN),
  /** Tahap dalam siklus 5D Laboratorium Inovasi LAN, bila diketahui. */
  lan5d: choiceOf(LAN5D).optional(),
  /** digital atau non-digital. */
  jenis: choiceOf(JENIS),
  /** tata-kelola, pelayanan-publik atau lainnya. */
  bentuk: choiceOf(BENTUK),
  /** Urusan pemerintahan yang dilayani (UU 23/2014), dari daftar tetap. */
  urusan: choiceOf(URUSAN),
  /** Siapa penggagasnya, bila disebut sumber. */
  inisiator: choiceOf(INISIATOR).optional(),
  /** Nama inisiator, bila disebut sumber. */
  inisiatorName: text.optional(),
  /** Kapan mulai dirintis. */
  started: partialDate().optional(),
  /** Kapan uji coba dimulai. */
  trial: partialDate().optional(),
  /** Kapan diluncurkan untuk publik. */
  launched: partialDate().optional(),
  /** berjalan, dihentikan, atau tidak-diketahui bila tidak ada sumber terbaru. */
  status: choiceOf(STATUS),
  /** Tanggal status terakhir dipastikan (oleh sumber atau oleh OPD). */
  lastVerified: partialDate().optional(),
  /** `id` sumber yang memastikan status. */
  statusSource: sourceRef.optional(),
  /** terkonfirmasi (fakta inti ada di 2+ sumber independen) atau satu-sumber. */
  confidence: choiceOf(CONFIDENCE),
  /** Fakta mana yang hanya dari satu sumber, atau di mana sumber berbeda. */
  confidenceNote: text.optional(),
  /** Cara warga memakainya. */
  howToUse: howToUseSchema.optional(),
  /** Ukuran output dan outcome. */
  metrics: z.array(metricSchema).default([]),
  /** Penghargaan dan peringkat. */
  awards: z.array(awardSchema).default([]),
  /** Pemerintah atau instansi yang mengadopsi atau datang belajar. */
  replication: z.array(replicationSchema).default([]),
  /** Halaman resmi, aplikasi, dokumen. */
  links: z.array(linkSchema).default([]),
  /** Gambar, masing-masing dengan teks alternatif. */
  images: z.array(imageSchema).default([]),
  /** Kata kunci yang dicari warga ("KTP", "izin"). */
  tags: z.array(text).default([]),
  /** Tampilkan di beranda. */
  featured: z.boolean().default(false),
  /** Tanggal entri ini terakhir diperbarui isinya. */
  updated: partialDate().optional(),
  /** Sumber fakta entri ini (minimal satu). */
  sources: z.array(sourceSchema).min(1),
  /** true = entri tidak diterbitkan. */
  draft: z.boolean().default(false),
};

type Ctx = z.core.$RefinementCtx;

function checkSourceRefs(entry: z.output<z.ZodObject<typeof innovationShape>>, ctx: Ctx) {
  const check = sourceReferences(entry.sources, ctx);
  check(entry.statusSource, ['statusSource']);
  entry.howToUse?.sources.forEach((ref, i) => check(ref, ['howToUse', 'sources', i]));
  entry.awards.forEach((a, i) => check(a.source, ['awards', i, 'source']));
  entry.replication.forEach((r, i) => check(r.source, ['replication', i, 'source']));
  entry.metrics.forEach((m, i) => {
    check(m.baseline?.source, ['metrics', i, 'baseline', 'source']);
    check(m.target?.source, ['metrics', i, 'target', 'source']);
    m.values.forEach((v, j) => {
      check(v.source, ['metrics', i, 'values', j, 'source']);
      if (m.baseline && partialDateStart(v.date) < partialDateStart(m.baseline.date)) {
        ctx.issues.push({ code: 'custom', path: ['metrics', i, 'values', j, 'date'], input: v.date, message: `bernilai ${v.date}, lebih awal dari baseline (${m.baseline.date}); nilai terukur harus sesudah baseline.` });
      }
    });
  });
  if (entry.status !== 'tidak-diketahui' && !entry.lastVerified) {
    ctx.issues.push({ code: 'custom', path: ['lastVerified'], input: undefined, message: `wajib diisi bila "status" bernilai "${entry.status}": tulis tanggal status itu terakhir dipastikan, atau ubah status menjadi "tidak-diketahui".` });
  }
}

export const innovationSchema = strict(innovationShape).superRefine(checkSourceRefs);

export type InnovationData = z.output<typeof innovationSchema>;
