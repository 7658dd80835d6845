/** Identity of the government running this showcase: content/site.yaml. Another pemda edits this file. */
import { z } from 'astro/zod';
import './messages.ts';
import { httpsUrl, strict, text } from './fields.ts';
import { sourceSchema } from './source.ts';

export const participationTargetSchema = strict({
  /** Year the figure applies to. */
  year: z.number().int(),
  /** Number of OPDs taking part (reported or targeted). */
  opd: z.number().int().nonnegative(),
  /** realisasi = reported count; target = the goal stated. */
  kind: z.enum(['realisasi', 'target']),
  /** `id` of the source in `sources`. */
  source: text,
  /** What the figure counts, when it could be misread. */
  note: text.optional(),
});

export const siteSchema = strict({
  /** Name of the site. */
  name: text,
  /** Full name of the government, e.g. "Pemerintah Kota Tangerang Selatan". */
  government: text,
  /** Name of the region, e.g. "Kota Tangerang Selatan". */
  region: text,
  /** Short name of the region, e.g. "Tangsel". */
  regionShort: text,
  /** One line under the site name. */
  tagline: text,
  /** Two or three sentences on what the site is, for the home page and search engines. */
  description: text,
  /** Official website of the government. */
  website: httpsUrl.optional(),
  /** Licence of the data and texts. */
  licence: strict({ name: text, url: httpsUrl }),
  /** Repository where entries are edited (for "edit this page" links). */
  repository: httpsUrl.optional(),
  /** Days after which a lastVerified date counts as stale. */
  staleAfterDays: z.number().int().positive().default(365),
  /** OPD participation figures and targets (for the statistics). */
  participation: z.array(participationTargetSchema).default([]),
  /** Sources for the participation figures. */
  sources: z.array(sourceSchema).default([]),
});

export type SiteData = z.output<typeof siteSchema>;
