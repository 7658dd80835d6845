/**
 * How residents type, for the search: content/search-synonyms.yaml (optional). Filler words the
 * search drops before asking Pagefind, spelling variants, old names and everyday words mapped to
 * the words entries use, and the emergency words that always put the emergency entry first. A
 * pemda extends this file without touching code.
 */
import { z } from 'astro/zod';
import './messages.ts';
import { slug, strict, text } from './fields.ts';

/** A word or phrase as residents type it: lower case, letters, digits, spaces and hyphens. */
const typedWord = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, { error: 'seharusnya kata atau frasa tanpa tanda baca, mis. "akte" atau "e ktp".' });

export const searchVariantSchema = strict({
  /** Kata atau frasa yang diketik warga (ejaan lain, nama lama, kata sehari-hari), mis. ["akte", "akte lahir"]. */
  typed: z.array(typedWord).min(1),
  /** Kata yang dipakai entri; kata yang diketik diganti dengan ini sebelum pencarian, mis. "akta". */
  search: typedWord,
  /** Bahasa kata itu: id atau en; kosong = keduanya. */
  lang: z.enum(['id', 'en']).optional(),
});

export const searchRulesSchema = strict({
  /** Kata pengisi dan kata kerja sehari-hari yang dibuang dari pencarian, per bahasa (mis. "bikin", "cara", "mau"; "how", "do", "i"). */
  filler: strict({
    /** Kata pengisi bahasa Indonesia. */
    id: z.array(typedWord).default([]),
    /** Kata pengisi bahasa Inggris. */
    en: z.array(typedWord).default([]),
  }).default({ id: [], en: [] }),
  /** Ejaan lain, nama lama, dan kata sehari-hari beserta kata yang dipakai entri. */
  variants: z.array(searchVariantSchema).default([]),
  /** Kata darurat: pencarian yang memuatnya selalu menampilkan entri darurat paling atas. */
  emergency: strict({
    /** `id` entri layanan darurat (nama berkas di content/innovations/ tanpa .md), mis. "nomor-panggilan-darurat-112". */
    entry: slug,
    /** Kata darurat dalam kedua bahasa, mis. "ambulans", "kebakaran", "ambulance", "fire". */
    words: z.array(typedWord).min(1),
  }).optional(),
  /** Catatan untuk penulis (tidak ditampilkan). */
  note: text.optional(),
});

export type SearchRulesFile = z.output<typeof searchRulesSchema>;
