/** Frontmatter of one innovation: content/innovations/<id>.mdx (the file name is its URL id). */
import { z } from 'astro/zod';
import './messages.ts';
import { BENTUK, CONFIDENCE, INISIATOR, JENIS, LAN5D, STATUS, TAHAPAN, URUSAN } from './enums.ts';
import { choiceOf, httpsUrl, partialDate, partialDateStart, slug, strict, text } from './fields.ts';
import { metricSchema } from './metric.ts';
import { sourceRef, sourceSchema } from './source.ts';

export const howToUseSchema = strict({
  /** Places to go, one per line (address or building). */
  where: z.array(text).default([]),
  /** Online address where the service is used. */
  online: httpsUrl.optional(),
  /** Opening hours or service slots. */
  hours: text.optional(),
  /** Cost to the citizen ("Gratis", "ongkos kirim ditanggung pemohon"). */
  cost: text.optional(),
  /** What to bring or prepare, one item per line. */
  requirements: z.array(text).default([]),
  /** Steps, in order, one per line. */
  steps: z.array(text).default([]),
  /** Where to complain or ask. */
  complaint: text.optional(),
  /** `id`s of the sources these instructions come from. */
  sources: z.array(sourceRef).min(1),
});

export const awardSchema = strict({
  /** Name of the award or competition. */
  name: text,
  /** Rank or category won. */
  rank: text.optional(),
  /** Who gave it. */
  by: text.optional(),
  /** When it was given (a year is enough). */
  date: partialDate().optional(),
  /** `id` of the source that reports it. */
  source: sourceRef,
});

export const replicationSchema = strict({
  /** Who adopted or visited (name the government or agency; say so when the source does not). */
  by: text,
  /** adopsi = adopted it; kunjungan = came to learn. */
  kind: z.enum(['adopsi', 'kunjungan']),
  /** When (a year is enough). */
  date: partialDate().optional(),
  /** `id` of the source that reports it. */
  source: sourceRef,
  /** Detail or caveat. */
  note: text.optional(),
});

export const linkSchema = strict({
  /** Text of the link. */
  title: text,
  /** https:// address. */
  url: httpsUrl,
});

export const imageSchema = strict({
  /** Path of the image under public/, e.g. /media/adm-teras-kota.jpg. */
  src: z.string().regex(/^\/media\/[\w./-]+\.(?:jpe?g|png|webp|avif|svg)$/i, {
    error: 'seharusnya path gambar di folder public/media, mis. /media/nama-gambar.jpg.',
  }),
  /** What the image shows, for people who cannot see it (required). */
  alt: text,
  /** Caption shown under the image. */
  caption: text.optional(),
  /** Photographer or owner of the image. */
  credit: text.optional(),
});

export const innovationShape = {
  /** Name of the innovation as the public knows it, e.g. "Anjungan Dukcapil Mandiri (ADM)". */
  title: text.max(120),
  /** Other names and spellings the press uses, for search. */
  aka: z.array(text).default([]),
  /** One or two sentences: what it is and who it helps. */
  summary: text.max(320),
  /** `id` of the OPD that owns it (a file name in content/opd/, e.g. "disdukcapil"). */
  opd: slug,
  /** Name the OPD had when the innovation was made, when it differs from today's. */
  opdNameAtTheTime: text.optional(),
  /** `id`s of other OPDs that take part. */
  collaborators: z.array(slug).default([]),
  /** Partners outside the city government (companies, universities, ministries). */
  partners: z.array(text).default([]),
  /** Stage: inisiatif, uji-coba or penerapan (Permendagri 104/2018). */
  tahapan: choiceOf(TAHAPAN),
  /** Stage in the LAN Laboratorium Inovasi 5D cycle, when known. */
  lan5d: choiceOf(LAN5D).optional(),
  /** digital or non-digital. */
  jenis: choiceOf(JENIS),
  /** tata-kelola, pelayanan-publik or lainnya. */
  bentuk: choiceOf(BENTUK),
  /** Government affair it serves (UU 23/2014), from the fixed list. */
  urusan: choiceOf(URUSAN),
  /** Who initiated it, when a source says so. */
  inisiator: choiceOf(INISIATOR).optional(),
  /** Name of the initiator, when a source names them. */
  inisiatorName: text.optional(),
  /** When work on it started. */
  started: partialDate().optional(),
  /** When the trial (uji coba) began. */
  trial: partialDate().optional(),
  /** When it was launched for the public. */
  launched: partialDate().optional(),
  /** berjalan, dihentikan, or tidak-diketahui when no recent source says. */
  status: choiceOf(STATUS),
  /** Date the status was last confirmed (by a source or by the OPD). */
  lastVerified: partialDate().optional(),
  /** `id` of the source that confirms the status. */
  statusSource: sourceRef.optional(),
  /** terkonfirmasi (core facts in 2+ independent sources) or satu-sumber. */
  confidence: choiceOf(CONFIDENCE),
  /** Which facts rest on a single source, or where sources disagree. */
  confidenceNote: text.optional(),
  /** How citizens use it. */
  howToUse: howToUseSchema.optional(),
  /** Output and outcome metrics. */
  metrics: z.array(metricSchema).default([]),
  /** Awards and rankings. */
  awards: z.array(awardSchema).default([]),
  /** Governments or agencies that adopted it or came to learn. */
  replication: z.array(replicationSchema).default([]),
  /** Official pages, apps, documents. */
  links: z.array(linkSchema).default([]),
  /** Images, each with alt text. */
  images: z.array(imageSchema).default([]),
  /** Free keywords people search by ("KTP", "izin"). */
  tags: z.array(text).default([]),
  /** Show it on the home page. */
  featured: z.boolean().default(false),
  /** Date this entry was last substantially updated. */
  updated: partialDate().optional(),
  /** Sources of the facts in this entry (at least one). */
  sources: z.array(sourceSchema).min(1),
  /** true keeps the entry out of the public site. */
  draft: z.boolean().default(false),
};

type Ctx = z.core.$RefinementCtx;

function checkSourceRefs(entry: z.output<z.ZodObject<typeof innovationShape>>, ctx: Ctx) {
  const ids = new Set<string>();
  entry.sources.forEach((s, i) => {
    if (ids.has(s.id)) {
      ctx.issues.push({ code: 'custom', path: ['sources', i, 'id'], input: s.id, message: `bernilai "${s.id}", sudah dipakai sumber lain; setiap sumber perlu id yang berbeda.` });
    }
    ids.add(s.id);
  });
  const known = [...ids].join(', ');
  const check = (ref: string | undefined, path: (string | number)[]) => {
    if (ref !== undefined && !ids.has(ref)) {
      ctx.issues.push({ code: 'custom', path, input: ref, message: `merujuk sumber "${ref}" yang tidak ada di "sources"; gunakan salah satu id: ${known}.` });
    }
  };
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
