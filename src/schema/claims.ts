/**
 * Published claims about innovations that this catalogue cannot list one by one:
 * content/claims/<id>.yaml. Example: the December 2020 Laboratorium Inovasi launch,
 * where the press reported "22 inovasi dari 11 OPD" per OPD but never named them.
 * The statistics page shows each claim beside what is documented here.
 */
import { z } from 'astro/zod';
import './messages.ts';
import { partialDate, slug, strict, text } from './fields.ts';
import { sourceRef, sourceReferences, sourceSchema } from './source.ts';

export const claimDateSchema = strict({
  /** Date of the event as one or more sources give it. */
  date: partialDate(),
  /** `id`s of the sources that give this date. */
  sources: z.array(sourceRef).min(1),
  /** Why this date differs from another source's, when it does. */
  note: text.optional(),
});

export const claimRowSchema = strict({
  /** `id` of the OPD in the registry today (a file name in content/opd/, e.g. "dp3akb"). */
  opd: slug,
  /** Name of the unit exactly as the source wrote it, typos included ("DPMP3KAB"). */
  writtenAs: text,
  /** Number of innovations the source gives for this unit. */
  innovations: z.number().int().nonnegative(),
  /** `id`s of the sources that give this number. */
  sources: z.array(sourceRef).min(1),
  /** Caveat, e.g. a source that cuts the sentence short. */
  note: text.optional(),
});

export const claimTotalSchema = strict({
  /** Total number of innovations the sources give. */
  innovations: z.number().int().nonnegative(),
  /** Total number of units (OPD) the sources give. */
  opd: z.number().int().nonnegative(),
  /** `id`s of the sources that give the totals. */
  sources: z.array(sourceRef).min(1),
  /** Required when the rows do not add up to the totals: say why. */
  note: text.optional(),
});

export const claimStatementSchema = strict({
  /** Who said it, with their position at the time ("Kepala Bappeda Kota Tangsel, Eki Herdiana"). */
  by: text,
  /** Number of innovations stated, when given. */
  innovations: z.number().int().nonnegative().optional(),
  /** Number of units (OPD) stated, when given. */
  opd: z.number().int().nonnegative().optional(),
  /** realisasi = a count reported; target = a goal. */
  kind: z.enum(['realisasi', 'target']),
  /**
   * Only for a target: the year (or date) by which it is to be met, as the sources put it
   * ("tahun depan" said in December 2020 = 2021). Leave empty when no deadline is given.
   */
  due: partialDate({ future: true }).optional(),
  /** What the figure counts, in your own words (no quotation). */
  note: text,
  /** `id`s of the sources that report the statement. */
  sources: z.array(sourceRef).min(1),
});

export const claimSchema = strict({
  /** Short name of the claim, e.g. "Peluncuran Laboratorium Inovasi 2020". */
  title: text,
  /** One or two sentences: what was announced, by whom, and why it matters here. */
  summary: text,
  /** Where it happened, as the sources say. */
  place: text.optional(),
  /** Date(s) of the event; list each date the sources disagree on, with its sources. */
  eventDates: z.array(claimDateSchema).min(1),
  /**
   * The claim describes the situation up to this date (a year is enough). Innovations
   * documented here are compared with it by listing year up to this date's year.
   */
  asOf: partialDate(),
  /** The totals announced. */
  total: claimTotalSchema,
  /** `id` of the source whose spelling of the unit names `writtenAs` follows. */
  writtenAsSource: sourceRef,
  /** The breakdown per OPD as announced, one row per unit. */
  rows: z.array(claimRowSchema).min(1),
  /** Other figures stated at the same event (e.g. all innovations of the city so far). */
  statements: z.array(claimStatementSchema).default([]),
  /** Sources of the claim (at least one). */
  sources: z.array(sourceSchema).min(1),
});

type Ctx = z.core.$RefinementCtx;
type ClaimShape = z.output<typeof claimSchema>;

function checkClaim(claim: ClaimShape, ctx: Ctx) {
  const check = sourceReferences(claim.sources, ctx);
  claim.eventDates.forEach((d, i) => d.sources.forEach((ref, j) => check(ref, ['eventDates', i, 'sources', j])));
  claim.total.sources.forEach((ref, j) => check(ref, ['total', 'sources', j]));
  check(claim.writtenAsSource, ['writtenAsSource']);
  const seen = new Map<string, number>();
  claim.rows.forEach((row, i) => {
    row.sources.forEach((ref, j) => check(ref, ['rows', i, 'sources', j]));
    const twin = seen.get(row.opd);
    if (twin !== undefined) {
      ctx.issues.push({ code: 'custom', path: ['rows', i, 'opd'], input: row.opd, message: `bernilai "${row.opd}", sudah dipakai baris ${twin + 1}; gabungkan kedua baris menjadi satu angka untuk OPD itu.` });
    } else seen.set(row.opd, i);
  });
  claim.statements.forEach((s, i) => s.sources.forEach((ref, j) => check(ref, ['statements', i, 'sources', j])));
  const sum = claim.rows.reduce((n, r) => n + r.innovations, 0);
  if (!claim.total.note && sum !== claim.total.innovations) {
    ctx.issues.push({
      code: 'custom',
      path: ['total', 'innovations'],
      input: claim.total.innovations,
      message: `bernilai ${claim.total.innovations}, tetapi jumlah "innovations" di semua baris adalah ${sum}; periksa angkanya, atau jelaskan di "total.note" bila sumbernya memang tidak cocok.`,
    });
  }
  if (!claim.total.note && claim.rows.length !== claim.total.opd) {
    ctx.issues.push({
      code: 'custom',
      path: ['total', 'opd'],
      input: claim.total.opd,
      message: `bernilai ${claim.total.opd}, tetapi ada ${claim.rows.length} baris OPD di "rows"; periksa angkanya, atau jelaskan di "total.note" bila sumbernya memang tidak cocok.`,
    });
  }
  for (const [i, s] of claim.statements.entries()) {
    if (s.due !== undefined && s.kind !== 'target') {
      ctx.issues.push({ code: 'custom', path: ['statements', i, 'due'], input: s.due, message: `diisi, tetapi "kind" bernilai "${s.kind}"; tenggat hanya untuk target: ubah "kind" menjadi "target" atau hapus "due".` });
    }
    if (s.innovations === undefined && s.opd === undefined) {
      ctx.issues.push({ code: 'custom', path: ['statements', i], input: s, message: 'tidak berisi angka; isi "innovations", "opd", atau keduanya.' });
    }
  }
}

export const claimFileSchema = claimSchema.superRefine(checkClaim);

export type ClaimData = z.output<typeof claimFileSchema>;
export type ClaimRow = z.output<typeof claimRowSchema>;
export type ClaimStatement = z.output<typeof claimStatementSchema>;
