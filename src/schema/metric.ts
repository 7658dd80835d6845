/** Output and outcome metrics: baseline → target → measured values, each dated and sourced. */
import { z } from 'astro/zod';
import { METRIC_TYPE } from './enums.ts';
import { choiceOf, partialDate, strict, text } from './fields.ts';
import { sourceRef } from './source.ts';

export const measurementSchema = strict({
  /** The number as reported (use `note` for "sekitar" or ranges). */
  value: z.number(),
  /** When this value held or was reported. */
  date: partialDate(),
  /** `id` of the source (in this entry's `sources`) that reports the value. */
  source: sourceRef,
  /** Qualification, e.g. "sekitar 12–13 ribu" or "menurut Wali Kota". */
  note: text.optional(),
});

export const targetSchema = strict({
  /** The number aimed for. */
  value: z.number(),
  /** When it should be reached (may be in the future). */
  date: partialDate({ future: true }).optional(),
  /** `id` of the source that states the target. */
  source: sourceRef,
  /** Qualification of the target. */
  note: text.optional(),
});

export const metricSchema = strict({
  /** output = what the innovation produces; outcome = the change for citizens. */
  type: choiceOf(METRIC_TYPE),
  /** What is counted, e.g. "Dokumen kependudukan dicetak". */
  name: text,
  /** Unit, e.g. "dokumen per hari". */
  unit: text,
  /** Value before the innovation, when known. */
  baseline: measurementSchema.optional(),
  /** Value the OPD aims for, when stated. */
  target: targetSchema.optional(),
  /** Measured or reported values, oldest first. */
  values: z.array(measurementSchema).default([]),
  /** Caveats: differing figures, unclear time units. */
  note: text.optional(),
});

export type Metric = z.output<typeof metricSchema>;
export type Measurement = z.output<typeof measurementSchema>;
