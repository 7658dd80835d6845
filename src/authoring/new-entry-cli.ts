/**
 * `npm run new` without traps: its flags (with an Indonesian message and the flag list for a
 * mistyped one), the Indonesian prompt labels, the OPD list filtered by typing, and the checks
 * each answer gets at the prompt. Pure pieces, so they are tested without a terminal; the
 * dialogue itself lives in new-entry.ts.
 */
import { parseArgs } from 'node:util';
import { partialDateProblem, partialDateStart } from '../schema/fields.ts';
import type { OpdName } from './entry-writer.ts';

interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Indonesian description for the flag list. */
  help: string;
}

/** Every flag of `npm run new`, in the order the prompts ask. */
export const NEW_ENTRY_FLAGS = {
  title: { type: 'string', help: 'nama inovasi' },
  id: { type: 'string', help: 'nama berkas/alamat (default: dari judul)' },
  summary: { type: 'string', help: 'ringkasan satu atau dua kalimat' },
  opd: { type: 'string', help: 'OPD pemilik: id, singkatan atau nama' },
  tahapan: { type: 'string', help: 'inisiatif, uji-coba atau penerapan' },
  jenis: { type: 'string', help: 'digital atau non-digital' },
  bentuk: { type: 'string', help: 'tata-kelola, pelayanan-publik atau lainnya' },
  urusan: { type: 'string', help: 'urusan pemerintahan, mis. administrasi-kependudukan' },
  started: { type: 'string', help: 'mulai dirintis (TTTT, TTTT-BB atau TTTT-BB-HH)' },
  trial: { type: 'string', help: 'mulai uji coba (tanggal)' },
  launched: { type: 'string', help: 'diluncurkan (tanggal)' },
  status: { type: 'string', help: 'berjalan, dihentikan atau tidak-diketahui (default)' },
  'last-verified': { type: 'string', help: 'tanggal status terakhir dipastikan; wajib bila --status berjalan/dihentikan' },
  'source-url': { type: 'string', help: 'alamat https sumber' },
  'source-file': { type: 'string', help: 'berkas dokumen OPD (PDF, PNG, JPEG atau WebP) di komputer ini, sebagai ganti alamat: disalin ke content/dokumen/<opd>/ dan sidiknya dicatat' },
  'source-number': { type: 'string', help: 'nomor dokumen, bila ada (dengan --source-file)' },
  'source-title': { type: 'string', help: 'judul sumber' },
  'source-publisher': { type: 'string', help: 'penerbit sumber' },
  'source-date': { type: 'string', help: 'tanggal terbit sumber, atau "tidak-diketahui"' },
  'source-event-date': { type: 'string', help: 'tanggal peristiwa, bila tanggal terbit tidak diketahui' },
  latar: { type: 'string', help: 'teks bagian "Latar belakang"' },
  solusi: { type: 'string', help: 'teks bagian "Solusi"' },
  manfaat: { type: 'string', help: 'teks bagian "Manfaat"' },
  yes: { type: 'boolean', help: 'jangan bertanya; gagal bila ada yang wajib belum diisi' },
  help: { type: 'boolean', short: 'h', help: 'tampilkan bantuan ini' },
} as const satisfies Record<string, FlagSpec>;

export type NewEntryFlags = { [K in keyof typeof NEW_ENTRY_FLAGS]?: (typeof NEW_ENTRY_FLAGS)[K]['type'] extends 'boolean' ? boolean : string };

/** The flag list, one line per flag, as printed by --help and after a mistyped flag. */
export function flagList(): string {
  const rows = Object.entries(NEW_ENTRY_FLAGS).map(([name, spec]) => [`--${name}${spec.type === 'string' ? ' <nilai>' : ''}`, spec.help] as const);
  const width = Math.max(...rows.map(([f]) => f.length));
  return rows.map(([f, h]) => `  ${f.padEnd(width)}  ${h}`).join('\n');
}

export const NEW_ENTRY_HELP = `Pemakaian: npm run new [-- --flag nilai …]
Membuat berkas content/innovations/<id>.md baru lalu memeriksanya dengan aturan yang sama
dengan "npm run validate". Tanpa flag, pertanyaan diajukan satu per satu (ketik untuk
menyaring daftar OPD dan urusan). Flag (semua opsional; ingat "--" setelah "npm run new"):
${flagList()}`;

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** The known flag closest to a mistyped one, if it is close enough to be meant. */
export function closestFlag(name: string): string | undefined {
  const bare = name.replace(/^-+/, '').split('=')[0]!.toLowerCase();
  const scored = Object.keys(NEW_ENTRY_FLAGS)
    .map((f) => ({ f, d: distance(bare, f) }))
    .sort((a, b) => a.d - b.d);
  const best = scored[0]!;
  return best.d <= (best.f.length <= 3 ? 1 : 2) ? best.f : undefined;
}

/**
 * Reads the flags. A mistyped or unknown flag, a flag without its value, or a stray word
 * gives an Indonesian message with the flag list instead of Node's ERR_PARSE_ARGS stack.
 */
export function parseNewEntryArgs(argv: string[]): { ok: true; flags: NewEntryFlags } | { ok: false; message: string } {
  try {
    const { values } = parseArgs({ args: argv, options: NEW_ENTRY_FLAGS, strict: true, allowPositionals: false });
    return { ok: true, flags: values as NewEntryFlags };
  } catch (e) {
    const err = e as { code?: string; message: string };
    const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? /"([^"]+)"/.exec(err.message)?.[1] ?? '';
    let what: string;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const guess = closestFlag(quoted);
      what = `flag "${quoted}" tidak dikenal.${guess ? ` Mungkin maksudnya --${guess}?` : ''}`;
    } else if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const flag = /(--[\w-]+)/.exec(err.message)?.[1] ?? quoted;
      what = `flag ${flag} perlu nilai, mis. ${flag} "teks" (apit dengan tanda kutip bila berisi spasi).`;
    } else if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      what = `"${quoted}" bukan flag. Teks yang berisi spasi perlu diapit tanda kutip, mis. --title "Nama Inovasi".`;
    } else {
      what = `flag tidak dapat dibaca [${err.message}].`;
    }
    return { ok: false, message: `${what}\nFlag yang tersedia:\n${flagList()}` };
  }
}

/** Indonesian labels of the questions, one per field. */
export const PROMPT_LABELS = {
  intro: 'Inovasi baru — Etalase Inovasi',
  title: 'Nama inovasi',
  summary: 'Ringkasan (satu atau dua kalimat)',
  opd: 'OPD pemilik (ketik untuk menyaring)',
  tahapan: 'Tahapan inovasi',
  jenis: 'Jenis inovasi',
  bentuk: 'Bentuk inovasi',
  urusan: 'Urusan pemerintahan (ketik untuk menyaring)',
  launched: 'Tanggal diluncurkan (TTTT-BB-HH, TTTT-BB atau TTTT; kosongkan bila tidak diketahui)',
  status: 'Status saat ini',
  lastVerified: 'Tanggal status itu terakhir dipastikan (TTTT-BB-HH, TTTT-BB atau TTTT)',
  sourceUrl: 'Sumber: alamat https (berita atau situs resmi)',
  sourceTitle: 'Sumber: judul halaman',
  sourcePublisher: 'Sumber: penerbit (mis. Tempo, Kompas.com, situs OPD)',
  sourceDate: 'Sumber: tanggal terbit (TTTT-BB-HH), atau "tidak-diketahui"',
  sourceEventDate: 'Sumber: tanggal peristiwa yang diberitakan',
  latar: 'Bagian "Latar belakang": masalah apa sebelum inovasi ini?',
  solusi: 'Bagian "Solusi": apa yang berubah dan bagaimana cara kerjanya?',
  manfaat: 'Bagian "Manfaat": apa manfaatnya bagi warga (menurut sumber)?',
} as const;

export interface PromptOption {
  value: string;
  label: string;
  hint?: string;
}

/** The OPD list for the prompt: "Abbreviation — full name", other names as a hint (also searched). */
export function opdOptions(opds: readonly OpdName[]): PromptOption[] {
  return [...opds]
    .sort((a, b) => (a.abbreviation ?? a.name).localeCompare(b.abbreviation ?? b.name, 'id'))
    .map((o) => ({
      value: o.id,
      label: o.abbreviation ? `${o.abbreviation} — ${o.name}` : o.name,
      ...(o.aliases.length ? { hint: o.aliases.join(', ') } : {}),
    }));
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Filter for the autocomplete prompts: every typed word appears in the id, label or hint. */
export function optionMatches(search: string, option: { value: string; label?: string | undefined; hint?: string | undefined }): boolean {
  const hay = fold(`${option.value} ${option.label ?? ''} ${option.hint ?? ''}`);
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

/**
 * Check of a typed date at the prompt (the schema's rule: a real partial date, not in the
 * future). Returns the Indonesian reason, or undefined when the answer is fine.
 */
export function dateAnswerProblem(value: string | undefined, options: { required?: boolean; unknownAllowed?: boolean; today?: Date } = {}): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return options.required ? 'Wajib diisi.' : undefined;
  if (options.unknownAllowed && v === 'tidak-diketahui') return undefined;
  const problem = partialDateProblem(v);
  if (problem) return `Tanggal ${v}: ${problem}`;
  if (partialDateStart(v).getTime() > (options.today ?? new Date()).getTime()) return `Tanggal ${v} ada di masa depan; tulis tanggal yang sudah terjadi.`;
  return undefined;
}

/** Check of a source address at the prompt. */
export function urlAnswerProblem(value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return 'Wajib diisi.';
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:') return 'Alamat harus diawali https://.';
  } catch {
    return 'Bukan alamat web lengkap; salin alamatnya dari peramban (diawali https://).';
  }
  return undefined;
}

/** Check of a required text answer, with the schema's length limit when it has one. */
export function textAnswerProblem(value: string | undefined, max?: number): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return 'Wajib diisi.';
  if (max && v.length > max) return `Terlalu panjang (${v.length} karakter); paling banyak ${max}.`;
  return undefined;
}
