/**
 * Turns rows of a spreadsheet in the national regional-innovation form (Indeks Inovasi
 * Daerah) — or the site's own /data/inovasi.csv — into new `.md` entries. Pure: takes the
 * CSV text or parsed rows and the OPD registry, returns entries or the reasons a row cannot
 * become one.
 */
import { parse } from 'csv-parse/sync';
import { BENTUK, INISIATOR, JENIS, TAHAPAN, URUSAN } from '../schema/enums.ts';
import { innovationSchema } from '../schema/innovation.ts';
import { shown } from '../schema/messages.ts';
import { UNKNOWN_DATE } from '../schema/source.ts';
import { CSV_COLUMNS as EXPORT_COLUMNS, UNKNOWN_DATE_TEXT } from '../lib/export.ts';
import { sectionProblems } from '../validation/sections.ts';
import { checkBody } from '../validation/safe-content.ts';
import { entryText, matchChoice, matchOpd, newFrontmatter, slugify, sourceId, type OpdName } from './entry-writer.ts';

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
  latarBelakang: 'Latar Belakang',
  rancangBangun: 'Rancang Bangun',
  tujuan: 'Tujuan',
  manfaat: 'Manfaat',
  sumber: 'Sumber',
  judulSumber: 'Judul Sumber',
  penerbitSumber: 'Penerbit Sumber',
  tanggalSumber: 'Tanggal Sumber',
  hasil: 'Hasil/Output',
  outcome: 'Outcome',
  url: 'URL',
  status: 'Status',
} as const;

type ColumnKey = keyof typeof CSV_COLUMNS;

/**
 * Other names a column goes by: the site's own export (src/lib/export.ts, the form's long
 * names) and the IID form's "Permasalahan" for the background.
 */
const ALIASES: Partial<Record<ColumnKey, string[]>> = {
  opd: [EXPORT_COLUMNS[1]],
  tahapan: [EXPORT_COLUMNS[2]],
  jenis: [EXPORT_COLUMNS[4]],
  bentuk: [EXPORT_COLUMNS[5]],
  urusan: [EXPORT_COLUMNS[6]],
  latarBelakang: ['Permasalahan'],
};

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const NAMES = new Map<string, ColumnKey>(
  (Object.keys(CSV_COLUMNS) as ColumnKey[]).flatMap((k) => [CSV_COLUMNS[k], ...(ALIASES[k] ?? [])].map((n) => [norm(n), k] as const)),
);

/** Columns the import does not know (reported, not silently dropped). */
export function unknownColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => h.trim() && !NAMES.has(norm(h)));
}

/** Columns the import knows but does not turn into fields (figures need a source per value). */
export const NOT_IMPORTED: readonly ColumnKey[] = ['hasil', 'outcome', 'status'];

const REQUIRED = ['nama', 'opd', 'tahapan', 'jenis', 'bentuk', 'urusan', 'sumber'] as const;
const SOURCE_DETAIL = ['judulSumber', 'penerbitSumber', 'tanggalSumber'] as const;

/**
 * Column delimiter of a CSV: comma, semicolon (what Excel writes in an Indonesian locale) or
 * tab, whichever the header line (outside quotes) holds most of.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

const DELIMITER_NAME = { ',': 'koma (,)', ';': 'titik koma (;)', '\t': 'tab' } as const;

export type CsvRead =
  | { ok: true; records: Record<string, string>[]; headers: string[]; delimiter: ',' | ';' | '\t'; delimiterName: string }
  | { ok: false; message: string };

/**
 * Parses CSV text with a header row into records by column name; every problem (delimiter,
 * quotes, column counts) is explained in Indonesian. Shared by both importers.
 */
export function readCsvTable(text: string): CsvRead {
  const delimiter = detectDelimiter(text);
  const delimiterName = DELIMITER_NAME[delimiter];
  let records: Record<string, string>[];
  let headers: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      columns: (h: string[]) => (headers = h.map((x) => x.trim())),
    });
  } catch (e) {
    const err = e as { code?: string; lines?: number; records?: number; message: string };
    // The spreadsheet's row number (the header is row 1); a quoted cell may span text lines.
    const line = err.records !== undefined ? `baris ${err.records + 2}: ` : err.lines ? `baris teks ${err.lines}: ` : '';
    const hint: Record<string, string> = {
      CSV_RECORD_INCONSISTENT_COLUMNS: `jumlah kolom berbeda dengan baris judul (pemisah kolom yang terbaca: ${delimiterName}). Biasanya ada ${delimiterName === 'koma (,)' ? 'koma' : 'titik koma'} di dalam teks yang tidak diapit tanda kutip ("…"), atau berkas disimpan dengan pemisah lain. Simpan ulang sebagai "CSV UTF-8" dari spreadsheet.`,
      CSV_QUOTE_NOT_CLOSED: 'ada tanda kutip (") yang dibuka tetapi tidak ditutup.',
      CSV_INVALID_CLOSING_QUOTE: 'ada tanda kutip (") di tengah teks; di dalam sel bertanda kutip, tulis tanda kutip sebagai "".',
      CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'ada teks setelah tanda kutip penutup; di dalam sel bertanda kutip, tulis tanda kutip sebagai "".',
    };
    return { ok: false, message: `${line}${hint[err.code ?? ''] ?? 'berkas tidak dapat dibaca sebagai CSV.'} [${err.message}]` };
  }
  return { ok: true, records, headers, delimiter, delimiterName };
}

/** Parses a sheet in the form's columns: readCsvTable, then the form's required columns. */
export function readCsv(text: string): CsvRead {
  const table = readCsvTable(text);
  if (!table.ok) return table;
  const { headers } = table;
  if (headers.length < 2) {
    return {
      ok: false,
      message: `baris judul hanya terbaca sebagai satu kolom ("${headers[0] ?? ''}"). Kolom harus dipisah koma (,) atau titik koma (;), dengan nama kolom seperti "${CSV_COLUMNS.nama}" dan "${CSV_COLUMNS.opd}" di baris pertama.`,
    };
  }
  const missing = REQUIRED.filter((k) => !headers.some((h) => NAMES.get(norm(h)) === k));
  if (missing.length) {
    return {
      ok: false,
      message: `kolom wajib tidak ada di baris judul: ${missing.map((k) => `"${CSV_COLUMNS[k]}"`).join(', ')} (pemisah kolom yang terbaca: ${table.delimiterName}; kolom yang terbaca: ${headers.map((h) => `"${h}"`).join(', ')}).`,
    };
  }
  return table;
}

export type RowResult =
  | { ok: true; row: number; id: string; text: string }
  | { ok: false; row: number; title: string; reasons: string[] };

/**
 * The form's "Rancang Bangun" ("rancang bangun inovasi dan pokok perubahan yang dilakukan":
 * the design of the innovation and what it changes) is the "Solusi" section. The site's own
 * export writes "Latar belakang:" and "Solusi:" headings when both exist; those are split back.
 */
export function splitRancangBangun(text: string): { latarBelakang?: string; solusi?: string } {
  const t = text.trim();
  const m = /^Latar belakang:\n([\s\S]*?)\n\nSolusi:\n([\s\S]*)$/.exec(t);
  if (m) return { latarBelakang: m[1]!.trim(), solusi: m[2]!.trim() };
  const latarOnly = /^Latar belakang:\n([\s\S]*)$/.exec(t);
  if (latarOnly) return { latarBelakang: latarOnly[1]!.trim() };
  const solusi = /^Solusi:\n([\s\S]*)$/.exec(t)?.[1] ?? t;
  return solusi.trim() ? { solusi: solusi.trim() } : {};
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

/**
 * Normalises a spreadsheet date: 2020-10-02, 2020-10, 2020, or 02/10/2020 (DD/MM/YYYY); a
 * two-digit year (02/10/20, what LibreOffice with Indonesian settings saves) is read as 20YY.
 */
export function sheetDate(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(v);
  if (dmy) return `${dmy[3]!.length === 2 ? `20${dmy[3]}` : dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return v;
}

interface SheetSource {
  title: string;
  url: string;
  publisher: string;
  date: string | undefined;
}

/**
 * Sources as the site's export writes them, one per line: "publisher — title (date) — URL"
 * (date "tanggal terbit tidak diketahui" when unknown). Lines not in that shape give undefined.
 */
export function parseSourceLines(text: string): SheetSource[] | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const out: SheetSource[] = [];
  for (const line of lines) {
    const m = /^(.+?) — (.+) \(([^()]*)\) — (\S+)$/.exec(line);
    if (!m) return undefined;
    out.push({ publisher: m[1]!.trim(), title: m[2]!.trim(), date: m[3] === UNKNOWN_DATE_TEXT ? UNKNOWN_DATE : sheetDate(m[3]!), url: m[4]! });
  }
  return out.length ? out : undefined;
}

/** Where an empty required section can be filled from, for the row's message. */
const SECTION_COLUMNS: Record<string, string> = {
  'Latar belakang': `isi kolom "${CSV_COLUMNS.latarBelakang}" (masalah sebelum inovasi), atau awali "${CSV_COLUMNS.rancangBangun}" dengan baris "Latar belakang:" dan bagian penyelesaiannya dengan "Solusi:".`,
  Solusi: `isi kolom "${CSV_COLUMNS.rancangBangun}" (rancang bangun dan pokok perubahan).`,
  Manfaat: `isi kolom "${CSV_COLUMNS.manfaat}".`,
};

/** The column each body section of an imported entry is written from. */
const BODY_COLUMNS: Record<string, string> = {
  'Latar belakang': `${CSV_COLUMNS.latarBelakang}" atau "${CSV_COLUMNS.rancangBangun}`,
  Solusi: CSV_COLUMNS.rancangBangun,
  Tujuan: CSV_COLUMNS.tujuan,
  Manfaat: CSV_COLUMNS.manfaat,
};

export function rowToEntry(record: Record<string, string>, row: number, opds: readonly OpdName[]): RowResult {
  const byKey = new Map<ColumnKey, string>();
  for (const [header, value] of Object.entries(record)) {
    const key = NAMES.get(norm(header));
    if (key && !byKey.get(key)) byKey.set(key, String(value ?? '').trim());
  }
  const get = (key: ColumnKey) => byKey.get(key) ?? '';
  const title = get('nama');
  const reasons: string[] = [];
  for (const key of REQUIRED) if (!get(key)) reasons.push(`kolom "${CSV_COLUMNS[key]}" kosong.`);

  const choice = (key: 'tahapan' | 'jenis' | 'bentuk' | 'urusan' | 'inisiator', list: Parameters<typeof matchChoice>[0], value = get(key)) => {
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
  // The export writes "Kepala daerah — Name"; the form has the choice alone.
  const [inisiatorChoice, inisiatorName] = get('inisiator').split(' — ').map((s) => s.trim());
  const inisiator = choice('inisiator', INISIATOR, inisiatorChoice);

  // One source from the form's four columns, or the export's lines in "Sumber".
  const detailed = SOURCE_DETAIL.some((k) => get(k));
  const exported = !detailed ? parseSourceLines(get('sumber')) : undefined;
  const sources: SheetSource[] = exported ?? [{ url: get('sumber'), title: get('judulSumber'), publisher: get('penerbitSumber'), date: sheetDate(get('tanggalSumber')) }];
  if (!exported && get('sumber')) for (const key of SOURCE_DETAIL) if (!get(key)) reasons.push(`kolom "${CSV_COLUMNS[key]}" kosong.`);

  // Fields already explained above are not reported twice by the schema.
  const explained = new Set(['opd', 'tahapan', 'jenis', 'bentuk', 'urusan', 'inisiator']);
  if (!title) explained.add('title');
  if (!exported) {
    if (!get('sumber')) explained.add('sources.0.url');
    if (!get('judulSumber')) explained.add('sources.0.title');
    if (!get('penerbitSumber')) explained.add('sources.0.publisher');
    if (!get('tanggalSumber')) explained.add('sources.0.date');
  }

  const narrative = { ...splitRancangBangun(get('rancangBangun')), ...(get('latarBelakang') ? { latarBelakang: get('latarBelakang') } : {}) };
  const summary = get('ringkasan') || firstSentences(get('tujuan') || narrative.solusi || narrative.latarBelakang || title);
  const taken = new Set<string>();
  const frontmatter = newFrontmatter({
    title,
    summary,
    opd,
    tahapan,
    jenis,
    bentuk,
    urusan,
    inisiator,
    inisiatorName: inisiatorName || undefined,
    trial: sheetDate(get('ujiCoba')),
    launched: sheetDate(get('penerapan')),
    sources: sources.map((s) => {
      let id = sourceId(s.publisher, s.date);
      for (let n = 2; taken.has(id); n++) id = `${sourceId(s.publisher, s.date)}-${n}`;
      taken.add(id);
      return { id, title: s.title, url: s.url, publisher: s.publisher, date: s.date, ...(s.date === UNKNOWN_DATE ? { dateNote: 'Tanggal terbit tidak tercantum di berkas CSV yang diimpor.' } : {}) };
    }),
  });
  const parsed = innovationSchema.safeParse(frontmatter);
  const schemaIssues = parsed.success ? [] : parsed.error.issues.filter((i) => !explained.has(i.path.join('.')) && !explained.has(String(i.path[0])));
  const text = entryText({ frontmatter, ...narrative, tujuan: get('tujuan'), manfaat: get('manfaat') });
  // The validator's own rule for the three sections, with the column that fills each.
  const body = text.slice(text.indexOf('\n---\n') + 5);
  const sectionReasons = sectionProblems(body).map((p) => {
    const heading = /"## ([^"]+)"/.exec(p.message)?.[1] ?? '';
    return `bagian "${heading}" akan kosong; ${SECTION_COLUMNS[heading] ?? ''}`.trim();
  });
  // The safe-content gate validate applies (raw HTML, unsafe links), named by the column the text came from.
  const bodyLines = body.split('\n');
  const unsafeReasons = checkBody(body, 'md').map((p) => {
    const heading = bodyLines.slice(0, p.line ?? 0).reverse().find((l) => l.startsWith('## '))?.slice(3).trim() ?? '';
    return `kolom "${BODY_COLUMNS[heading] ?? CSV_COLUMNS.rancangBangun}": ${p.message}`;
  });
  if (reasons.length || schemaIssues.length || sectionReasons.length || unsafeReasons.length) {
    const fieldToColumn: Record<string, string> = {
      launched: CSV_COLUMNS.penerapan,
      trial: CSV_COLUMNS.ujiCoba,
      summary: CSV_COLUMNS.ringkasan,
      title: CSV_COLUMNS.nama,
      'sources.0.url': CSV_COLUMNS.sumber,
      'sources.0.date': CSV_COLUMNS.tanggalSumber,
    };
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
        ...sectionReasons,
        ...unsafeReasons,
      ],
    };
  }
  const fromUrl = /\/inovasi\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(get('url'))?.[1];
  return { ok: true, row, id: fromUrl ?? slugify(title), text };
}
