/** Sources: every fact on the site points to one of these. */
import type { z } from 'astro/zod';
import { httpsUrl, partialDate, slug, strict, text } from './fields.ts';

/** Written in `date` when the page does not show when it was published. */
export const UNKNOWN_DATE = 'tidak-diketahui';

export const sourceSchema = strict({
  /** Kode pendek untuk merujuk sumber ini, mis. "tempo-2020-11-03". */
  id: slug,
  /** Judul halaman, seperti diterbitkan. */
  title: text,
  /** Alamat lengkap https:// halaman itu. */
  url: httpsUrl,
  /** Penerbit: situs berita, OPD, kementerian. */
  publisher: text,
  /** Penulis atau wartawan, bila disebut. */
  author: text.optional(),
  /** Tanggal terbit (2020-10-02, 2020-10 atau 2020), atau "tidak-diketahui" bila halaman tidak menampilkannya. */
  date: partialDate({ unknownAs: UNKNOWN_DATE }),
  /** Tanggal peristiwa yang diberitakan; wajib bila `date` "tidak-diketahui", kecuali dijelaskan di `dateNote`. */
  eventDate: partialDate().optional(),
  /** Mengapa tanggal tidak pasti atau bagaimana disimpulkan. */
  dateNote: text.optional(),
  /** Fakta mana di entri ini yang didukung sumber ini. */
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

/**
 * Checks that the sources of one file have distinct ids, and returns the check every
 * citing field uses: a reference must name one of those ids.
 */
export function sourceReferences(sources: readonly { id: string }[], ctx: z.core.$RefinementCtx) {
  const ids = new Set<string>();
  sources.forEach((s, i) => {
    if (ids.has(s.id)) {
      ctx.issues.push({ code: 'custom', path: ['sources', i, 'id'], input: s.id, message: `bernilai "${s.id}", sudah dipakai sumber lain; setiap sumber perlu id yang berbeda.` });
    }
    ids.add(s.id);
  });
  const known = [...ids].join(', ');
  return (ref: string | undefined, path: (string | number)[]) => {
    if (ref !== undefined && !ids.has(ref)) {
      ctx.issues.push({ code: 'custom', path, input: ref, message: `merujuk sumber "${ref}" yang tidak ada di "sources"; gunakan salah satu id: ${known}.` });
    }
  };
}
