/** Sources: every fact on the site points to one of these. */
import type { z } from 'astro/zod';
import { httpsUrl, partialDate, slug, strict, text } from './fields.ts';

/** Written in `date` when the page does not show when it was published. */
export const UNKNOWN_DATE = 'tidak-diketahui';

export const sourceSchema = strict({
  /** Short code other fields use to cite this source, e.g. "tempo-2020-11-03". */
  id: slug,
  /** Headline or title of the page, as published. */
  title: text,
  /** Full https:// address of the page. */
  url: httpsUrl,
  /** Who published it: a news site, the OPD, a ministry. */
  publisher: text,
  /** Author or reporter, when named. */
  author: text.optional(),
  /** Publication date (2020-10-02, 2020-10 or 2020), or "tidak-diketahui" when the page does not show it. */
  date: partialDate({ unknownAs: UNKNOWN_DATE }),
  /** Date of the event the page reports; required when `date` is "tidak-diketahui" unless `dateNote` explains. */
  eventDate: partialDate().optional(),
  /** Why the date is uncertain or how it was inferred. */
  dateNote: text.optional(),
  /** Which facts of the entry this source supports. */
  supports: text.optional(),
}).superRefine((source, ctx) => {
  if (source.date === UNKNOWN_DATE && !source.eventDate && !source.dateNote) {
    ctx.issues.push({
      code: 'custom',
      path: ['eventDate'],
      input: undefined,
      message:
        'wajib diisi bila "date" bernilai "tidak-diketahui": tulis tanggal peristiwa yang diberitakan, atau jelaskan di "dateNote" mengapa tidak diketahui.',
    });
  }
});

export type Source = z.output<typeof sourceSchema>;

/** A reference to a source of the same entry, by its `id`. */
export const sourceRef = slug;
