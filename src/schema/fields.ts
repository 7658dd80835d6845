/** Field builders shared by every schema: dates, links, choices, strict objects. */
import { z } from 'astro/zod';
import { closest, indonesianMessage, shown } from './messages.ts';
import type { Choice } from './enums.ts';

/** A date an author may know only partly: "2020", "2020-10" or "2020-10-02". */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Normalises what YAML gives us (a Date, a year number, or text) to a partial-date string. */
export function toPartialDate(input: unknown): string | undefined {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  if (typeof input === 'string') return input.trim();
  return undefined;
}

/** Why a partial-date string is not a real date, or undefined when it is one. */
export function partialDateProblem(text: string): string | undefined {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return 'seharusnya tanggal ISO: TTTT-BB-HH (mis. 2020-10-02), atau TTTT-BB / TTTT bila hanya bulan atau tahun yang diketahui.';
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1900 || year > 2100) return `tahun ${year} tidak masuk akal.`;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `bulan ${mo} tidak ada (01–12).`;
  if (d !== undefined) {
    const day = Number(d);
    const last = new Date(Date.UTC(year, Number(mo), 0)).getUTCDate();
    if (day < 1 || day > last) return `tanggal ${text} tidak ada di kalender (bulan itu hanya sampai tanggal ${last}).`;
  }
  return undefined;
}

/** First instant after a partial date ends: "2020" ends at 2021-01-01. */
export function partialDateEnd(text: string): Date {
  const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return new Date(Date.UTC(y, (m ?? 1) - 1, d + 1));
  if (m !== undefined) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

/** First instant of a partial date: "2020" starts at 2020-01-01. */
export function partialDateStart(text: string): Date {
  const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

/**
 * A partial date. Dates in the future are refused unless `future` is set (targets),
 * because a fact cannot be reported before it happened.
 */
export function partialDate(options: { future?: boolean; unknownAs?: string } = {}) {
  return z
    .union([z.string(), z.number(), z.date()], {
      error: (iss) =>
        iss.input === undefined
          ? `wajib diisi: tanggal seperti 2020-10-02, 2020-10 atau 2020${options.unknownAs ? `, atau "${options.unknownAs}"` : ''}.`
          : `bernilai ${shown(iss.input)}; seharusnya tanggal seperti 2020-10-02, 2020-10 atau 2020.`,
    })
    .transform((input, ctx) => {
      const text = toPartialDate(input);
      if (options.unknownAs !== undefined && text === options.unknownAs) return text;
      const problem = text === undefined ? 'seharusnya tanggal.' : partialDateProblem(text);
      if (text === undefined || problem) {
        const hint = options.unknownAs ? ` Bila tanggalnya tidak terlihat, tulis "${options.unknownAs}".` : '';
        ctx.issues.push({ code: 'custom', input, message: `bernilai ${shown(input)}; ${problem}${hint}` });
        return z.NEVER;
      }
      if (!options.future && partialDateStart(text).getTime() > Date.now()) {
        ctx.issues.push({
          code: 'custom',
          input,
          message: `bernilai ${text}, tanggal yang belum terjadi; fakta hanya boleh bertanggal hari ini atau sebelumnya (tanggal di masa depan hanya untuk target).`,
        });
        return z.NEVER;
      }
      return text;
    });
}

/** An https:// address; `javascript:`, `http:` and relative links are refused. */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: (iss) =>
    iss.input === undefined
      ? 'wajib diisi: alamat web lengkap yang diawali https://.'
      : `bernilai ${shown(iss.input)}; seharusnya alamat web lengkap yang aman, diawali https:// (mis. https://contoh.go.id/halaman).`,
});

/** Non-empty single-line text. */
export const text = z.string().trim().min(1);

/** A kebab-case id: lowercase letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `bernilai ${shown(iss.input)}; gunakan huruf kecil, angka dan tanda hubung saja (mis. "disdukcapil").`,
  });

/** Ids of a vocabulary as a zod enum. */
export function choiceOf<const L extends readonly Choice[]>(list: L) {
  return z.enum(list.map((c) => c.id) as unknown as [L[number]['id'], ...L[number]['id'][]]);
}

/**
 * An object that refuses unknown fields and suggests the field the author
 * probably meant ("tahpan" → "tahapan").
 */
export function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code !== 'unrecognized_keys') return indonesianMessage(iss);
      return iss.keys
        .map((key) => {
          const guess = closest(key, known);
          return guess
            ? `kolom ${shown(key)} tidak dikenal; mungkin maksudnya ${shown(guess)}?`
            : `kolom ${shown(key)} tidak dikenal; hapus, atau gunakan salah satu kolom yang tersedia: ${known.join(', ')}.`;
        })
        .join(' ');
    },
  });
}
