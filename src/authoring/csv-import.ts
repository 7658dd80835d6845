/**
 * Turns rows of a spreadsheet in the national regional-innovation form (Indeks Inovasi
 * Daerah) into new entries. Pure: takes parsed rows and the OPD registry, returns either
 * an entry or the reasons a row cannot become one.
 */
import { BENTUK, INISIATOR, JENIS, TAHAPAN, URUSAN } from '../schema/enums.ts';
import { innovationSchema } from '../schema/innovation.ts';
import { shown } from '../schema/messages.ts';
import { entryText, matchChoice, matchOpd, newFrontmatter, slugify, type OpdName } from './entry-writer.ts';

/** Column names as in the form; "wajib" columns must be filled. */
export const CSV_COLUMNS = {
  nama: 'Nama Inovasi',
  ringkasan: 'Ringkasan',
  opd: 'OPD',
  tahapan: 'Tahapan',
  inisiator: 'Inisiator',
  jenis: 'Jenis',
  bentuk: 'Bentuk',
  urusan: 'Urusan',
  ujiCoba: 'Waktu Uji Coba',
  penerapan: 'Waktu Penerapan',
  rancangBangun: 'Rancang Bangun',
  tujuan: 'Tujuan',
  manfaat: 'Manfaat',
  sumber: 'Sumber',
  judulSumber: 'Judul Sumber',
  penerbitSumber: 'Penerbit Sumber',
  tanggalSumber: 'Tanggal Sumber',
} as const;

const REQUIRED = ['nama', 'opd', 'tahapan', 'jenis', 'bentuk', 'urusan', 'sumber', 'judulSumber', 'penerbitSumber', 'tanggalSumber'] as const;

export type RowResult =
  | { ok: true; row: number; id: string; text: string }
  | { ok: false; row: number; title: string; reasons: string[] };

/**
 * The form's "Rancang Bangun" column as narrative sections. The open-data export writes
 * "Latar belakang:" and "Solusi:" headings when both exist; those are split back here.
 */
export function splitRancangBangun(text: string): { latarBelakang?: string; solusi?: string } {
  const m = /^Latar belakang:\n([\s\S]*?)\n\nSolusi:\n([\s\S]*)$/.exec(text.trim());
  if (m) return { latarBelakang: m[1]!.trim(), solusi: m[2]!.trim() };
  const solusiOnly = /^Solusi:\n([\s\S]*)$/.exec(text.trim());
  if (solusiOnly) return { solusi: solusiOnly[1]!.trim() };
  return text.trim() ? { latarBelakang: text.trim() } : {};
}

/** First sentence or two of a text, at most `max` characters, for the summary. */
export function firstSentences(text: string, max = 300): string {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^.!?]+[.!?]+/g) ?? [text.trim()];
  let out = '';
  for (const s of sentences.slice(0, 2)) {
    if ((out + s).length > max) break;
    out += s;
  }
  return (out || text.slice(0, max)).trim();
}

/** Normalises a spreadsheet date: 2020-10-02, 2020-10, 2020, or 02/10/2020 (DD/MM/YYYY). */
export function sheetDate(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return v;
}

export function rowToEntry(record: Record<string, string>, row: number, opds: readonly OpdName[]): RowResult {
  const get = (key: keyof typeof CSV_COLUMNS) => (record[CSV_COLUMNS[key]] ?? '').trim();
  const title = get('nama');
  const reasons: string[] = [];
  for (const key of REQUIRED) if (!get(key)) reasons.push(`kolom "${CSV_COLUMNS[key]}" kosong.`);

  const choice = (key: 'tahapan' | 'jenis' | 'bentuk' | 'urusan' | 'inisiator', list: Parameters<typeof matchChoice>[0]) => {
    const value = get(key);
    if (!value) return undefined;
    const id = matchChoice(list, value);
    if (!id) reasons.push(`kolom "${CSV_COLUMNS[key]}" bernilai ${shown(value)}; pilih salah satu: ${list.map((c) => c.label).join('; ')}.`);
    return id;
  };
  const opdValue = get('opd');
  const opd = opdValue ? matchOpd(opds, opdValue) : undefined;
  if (opdValue && !opd) reasons.push(`kolom "OPD" bernilai ${shown(opdValue)}, tidak ada di daftar OPD (content/opd/); tulis id, singkatan atau nama resminya.`);
  const tahapan = choice('tahapan', TAHAPAN);
  const jenis = choice('jenis', JENIS);
  const bentuk = choice('bentuk', BENTUK);
  const urusan = choice('urusan', URUSAN);
  const inisiator = choice('inisiator', INISIATOR);
  // Fields already explained above are not reported twice by the schema.
  const explained = new Set(['opd', 'tahapan', 'jenis', 'bentuk', 'urusan', 'inisiator']);
  if (!title) explained.add('title');
  if (!get('sumber')) explained.add('sources.0.url');
  if (!get('judulSumber')) explained.add('sources.0.title');
  if (!get('penerbitSumber')) explained.add('sources.0.publisher');
  if (!get('tanggalSumber')) explained.add('sources.0.date');

  const sourceDate = sheetDate(get('tanggalSumber'));
  const summary = get('ringkasan') || firstSentences(get('tujuan') || get('rancangBangun') || title);
  const frontmatter = newFrontmatter({
    title,
    summary,
    opd,
    tahapan,
    jenis,
    bentuk,
    urusan,
    inisiator,
    trial: sheetDate(get('ujiCoba')),
    launched: sheetDate(get('penerapan')),
    source: { id: 'sumber-1', title: get('judulSumber'), url: get('sumber'), publisher: get('penerbitSumber'), date: sourceDate },
  });
  const parsed = innovationSchema.safeParse(frontmatter);
  const schemaIssues = parsed.success ? [] : parsed.error.issues.filter((i) => !explained.has(i.path.join('.')) && !explained.has(String(i.path[0])));
  if (reasons.length || schemaIssues.length) {
    const fieldToColumn: Record<string, string> = { launched: CSV_COLUMNS.penerapan, trial: CSV_COLUMNS.ujiCoba, summary: CSV_COLUMNS.ringkasan, title: CSV_COLUMNS.nama, 'sources.0.url': CSV_COLUMNS.sumber, 'sources.0.date': CSV_COLUMNS.tanggalSumber };
    return {
      ok: false,
      row,
      title,
      reasons: [
        ...reasons,
        ...schemaIssues.map((i) => {
          const path = i.path.join('.');
          return `kolom "${fieldToColumn[path] ?? path}" ${i.message}`;
        }),
      ],
    };
  }
  const text = entryText({ frontmatter, ...splitRancangBangun(get('rancangBangun')), tujuan: get('tujuan'), manfaat: get('manfaat') });
  return { ok: true, row, id: slugify(title), text };
}
