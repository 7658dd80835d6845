/** One entry of the OPD registry: content/opd/<id>.yaml (the file name is its id). */
import { z } from 'astro/zod';
import './messages.ts';
import { OPD_TYPE } from './enums.ts';
import { choiceOf, httpsUrl, slug, strict, text } from './fields.ts';
import { sourceRef, sourceReferences, sourceSchema } from './source.ts';

export const socialSchema = strict({
  /** Nama layanan, mis. "Instagram", "X", "YouTube". */
  network: text,
  /** Alamat https:// akun resmi. */
  url: httpsUrl,
});

export const contactSchema = strict({
  /** Alamat kantor tempat warga datang, seperti ditulis sumber. */
  address: text.optional(),
  /** Nomor telepon atau WhatsApp layanan, seperti ditulis sumber. */
  phone: text.optional(),
  /** Alamat surel resmi. */
  email: z.email({ error: 'seharusnya alamat surel, mis. disdukcapil@tangerangselatankota.go.id.' }).optional(),
  /** Jam layanan kantor. */
  hours: text.optional(),
  /** Akun media sosial resmi. */
  social: z.array(socialSchema).default([]),
  /** `id` sumber kontak ini (di `sources` berkas OPD yang sama). */
  sources: z.array(sourceRef).min(1),
});


export const opdSchema = strict({
  /** Nama resmi lengkap, mis. "Dinas Kependudukan dan Pencatatan Sipil". */
  name: text,
  /** Padanan nama dalam bahasa Inggris untuk edisi /en/ (keterangan saja; nama resmi tetap bahasa Indonesia), mis. "Population and Civil Registration Office". */
  nameEn: text.optional(),
  /** Singkatan yang dicari orang, mis. "Disdukcapil". */
  abbreviation: text.optional(),
  /** Ejaan lain dan nama lama yang dipakai warga dan media ("Dukcapil", "DMPTSP", "BP2T"). */
  aliases: z.array(text).default([]),
  /** Jenis unit: dinas, badan, kecamatan, kelurahan, puskesmas, rsud… */
  type: choiceOf(OPD_TYPE),
  /** `id` unit induknya (kecamatan bagi kelurahan). */
  parent: slug.optional(),
  /** Situs web resmi. */
  website: httpsUrl.optional(),
  /** Kode wilayah (Kepmendagri), untuk kecamatan dan kelurahan. */
  regionCode: z.string().regex(/^\d{2}\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?$/).optional(),
  /** Riwayat nama atau catatan tentang data unit ini. */
  note: text.optional(),
  /** Kontak kantor bagi warga (alamat, telepon, surel, media sosial), masing-masing bersumber. */
  contact: contactSchema.optional(),
  /** Sumber nama dan singkatan (minimal satu). */
  sources: z.array(sourceSchema).min(1),
}).superRefine((opd, ctx) => {
  const check = sourceReferences(opd.sources, ctx);
  opd.contact?.sources.forEach((ref, i) => check(ref, ['contact', 'sources', i]));
});

export type OpdData = z.output<typeof opdSchema>;
