/**
 * Indonesian error messages for every schema, written for communications staff:
 * what was found, what is expected, how to fix it. Installed once as zod's global
 * error map so the same words appear in `npm run validate` and in `astro build`.
 */
import { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar (baris diawali "- ")',
  object: 'kelompok isian (baris-baris menjorok)',
  date: 'tanggal',
};

/** Shows a value the way an author typed it. */
export function shown(value: unknown): string {
  if (value === undefined) return 'kosong';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return String(value);
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'kosong (null)';
  if (Array.isArray(value)) return 'daftar';
  if (value instanceof Date) return 'tanggal';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** Edit distance, used to suggest the field an author probably meant. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The closest known name to `word`, if it is close enough to be a typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestScore) {
      best = k;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

type Issue = Parameters<NonNullable<z.core.$ZodErrorMap>>[0];

/** Indonesian message for one zod issue (the field name is added by the reporter). */
export function indonesianMessage(iss: Issue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'wajib diisi, tetapi tidak ada.';
      return `bernilai ${shown(iss.input)} (${typeOf(iss.input)}); seharusnya ${TYPE_NAMES[iss.expected] ?? iss.expected}.`;
    case 'invalid_value':
      if (iss.input === undefined) return `wajib diisi; pilih salah satu: ${iss.values.join(', ')}.`;
      if (iss.values.length === 1) return `bernilai ${shown(iss.input)}; seharusnya ${shown(iss.values[0])}.`;
      return `bernilai ${shown(iss.input)}; pilih salah satu: ${iss.values.join(', ')}.`;
    case 'too_small':
      if (iss.origin === 'string') {
        return Number(iss.minimum) <= 1 ? 'tidak boleh kosong; isi teksnya.' : `terlalu pendek; minimal ${iss.minimum} karakter.`;
      }
      if (iss.origin === 'array') return `berisi terlalu sedikit; minimal ${iss.minimum} butir.`;
      return `bernilai ${shown(iss.input)}; minimal ${iss.minimum}.`;
    case 'too_big':
      if (iss.origin === 'string') {
        const len = typeof iss.input === 'string' ? iss.input.length : '?';
        return `terlalu panjang (${len} karakter); maksimal ${iss.maximum} karakter — ringkas kalimatnya.`;
      }
      if (iss.origin === 'array') return `berisi terlalu banyak; maksimal ${iss.maximum} butir.`;
      return `bernilai ${shown(iss.input)}; maksimal ${iss.maximum}.`;
    case 'invalid_format':
      if (iss.format === 'url') {
        return `bernilai ${shown(iss.input)}; seharusnya alamat web lengkap yang diawali https:// (mis. https://contoh.go.id/halaman).`;
      }
      if (iss.format === 'regex') return `bernilai ${shown(iss.input)}; formatnya tidak sesuai.`;
      return `bernilai ${shown(iss.input)}; formatnya tidak sesuai (${iss.format}).`;
    case 'unrecognized_keys':
      return iss.keys
        .map((key) => `kolom ${shown(key)} tidak dikenal; hapus atau periksa ejaannya.`)
        .join(' ');
    case 'invalid_union':
      return `bernilai ${shown(iss.input)}; bentuknya tidak sesuai.`;
    default:
      return undefined;
  }
}

z.config({ customError: indonesianMessage });
