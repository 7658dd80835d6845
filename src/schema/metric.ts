/** Output and outcome metrics: baseline → target → measured values, each dated and sourced. */
import { z } from 'astro/zod';
import { METRIC_TYPE } from './enums.ts';
import { choiceOf, partialDate, strict, text } from './fields.ts';
import { sourceRef } from './source.ts';

/** Longest quotation kept beside a figure: enough for the sentence that states it, short enough to stay a quotation. */
export const QUOTE_MAX_WORDS = 30;

/** Words in a quotation, as a reader counts them (runs of non-space characters). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The evidence beside one figure: the source's own words, or the page of a document. */
export const evidence = {
  /** Kutipan kata demi kata dari sumber yang menyebut angka ini (paling banyak 30 kata). */
  quote: text
    .refine((v) => wordCount(v) <= QUOTE_MAX_WORDS, {
      error: (iss) => `berisi ${wordCount(String(iss.input))} kata; kutipan paling banyak ${QUOTE_MAX_WORDS} kata — ambil kalimat yang memuat angka itu saja.`,
    })
    .optional(),
  /** Halaman dokumen tempat angka ini tertulis (untuk sumber berupa dokumen). */
  page: z.number().int().positive().optional(),
};

export const measurementSchema = strict({
  /** Angka seperti yang dilaporkan (pakai `note` untuk "sekitar" atau rentang). */
  value: z.number(),
  /** Kapan angka ini berlaku atau dilaporkan. */
  date: partialDate(),
  /** `id` sumber (di `sources` entri ini) yang melaporkan angka itu. */
  source: sourceRef,
  /** Keterangan, mis. "sekitar 12–13 ribu" atau "menurut Wali Kota". */
  note: text.optional(),
  ...evidence,
});

export const targetSchema = strict({
  /** Angka yang dituju. */
  value: z.number(),
  /** Kapan harus tercapai (boleh di masa depan). */
  date: partialDate({ future: true }).optional(),
  /** `id` sumber yang menyebut target. */
  source: sourceRef,
  /** Keterangan target. */
  note: text.optional(),
  ...evidence,
});

export const metricSchema = strict({
  /** output = yang dihasilkan inovasi; outcome = perubahan bagi warga. */
  type: choiceOf(METRIC_TYPE),
  /** Apa yang dihitung, mis. "Dokumen kependudukan dicetak". */
  name: text,
  /** Satuan, mis. "dokumen per hari". */
  unit: text,
  /** Nilai sebelum inovasi, bila diketahui. */
  baseline: measurementSchema.optional(),
  /** Nilai yang ditargetkan OPD, bila dinyatakan. */
  target: targetSchema.optional(),
  /** Nilai terukur atau dilaporkan, yang terlama lebih dulu. */
  values: z.array(measurementSchema).default([]),
  /** Catatan: angka yang berbeda antar-sumber, satuan waktu yang tidak jelas. */
  note: text.optional(),
});

export type Metric = z.output<typeof metricSchema>;
export type Measurement = z.output<typeof measurementSchema>;
