/** One entry of the OPD registry: content/opd/<id>.yaml (the file name is its id). */
import { z } from 'astro/zod';
import './messages.ts';
import { OPD_TYPE } from './enums.ts';
import { choiceOf, httpsUrl, slug, strict, text } from './fields.ts';
import { sourceSchema } from './source.ts';

export const opdSchema = strict({
  /** Official full name, e.g. "Dinas Kependudukan dan Pencatatan Sipil". */
  name: text,
  /** Abbreviation people search by, e.g. "Disdukcapil". */
  abbreviation: text.optional(),
  /** Other spellings and former names used by people and the press ("Dukcapil", "DMPTSP", "BP2T"). */
  aliases: z.array(text).default([]),
  /** Kind of unit: dinas, badan, kecamatan, kelurahan, puskesmas, rsud… */
  type: choiceOf(OPD_TYPE),
  /** `id` of the unit it belongs to (a kelurahan's kecamatan). */
  parent: slug.optional(),
  /** Official website. */
  website: httpsUrl.optional(),
  /** Regional code (Kepmendagri), for kecamatan and kelurahan. */
  regionCode: z.string().regex(/^\d{2}\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?$/).optional(),
  /** History of names or caveats about the registry data. */
  note: text.optional(),
  /** Sources for the name and abbreviation (at least one). */
  sources: z.array(sourceSchema).min(1),
});

export type OpdData = z.output<typeof opdSchema>;
