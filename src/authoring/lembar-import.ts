/**
 * Merges a filled data request ("lembar isian", src/lib/lembar-isian.ts) into the existing
 * entries: `npm run import -- --perbarui lembar.csv [--dokumen <folder>] [--dry-run]`.
 *
 * Pure: text in (the sheet, the entry and OPD files, the bytes of the documents the sheet names),
 * changes and problems out; scripts/import-csv.ts reads and writes the files and runs validate.
 * - New values are added with the document or letter of their row as a new source
 *   (`kind: dokumen` with the file to copy into content/dokumen/<opd>/ and its sha256, or
 *   `kind: pernyataan` with number and date); a source already cited (same file, hash or number) is reused.
 * - Nothing already recorded is overwritten: a different value is a conflict, reported with both
 *   values and both sources, and that field is left as it is. A status is replaced only by one
 *   dated later than the recorded `lastVerified`, and the change is printed.
 * - Every problem names the sheet row and column; when there is any, nothing is written.
 * - An unfilled sheet (as downloaded) gives no change.
 * Files keep their YAML: only the top-level fields that change are rewritten, lists that only
 * grow get their new items appended.
 */
import { parse as parseYaml, stringify } from 'yaml';
import { LEMBAR_COLUMNS, type LembarKey } from '../lib/lembar-isian.ts';
import { STATUS } from '../schema/enums.ts';
import { partialDateProblem, partialDateStart } from '../schema/fields.ts';
import { innovationSchema, innovationShape, howToUseSchema } from '../schema/innovation.ts';
import { QUOTE_MAX_WORDS, wordCount } from '../schema/metric.ts';
import { contactSchema, opdSchema } from '../schema/opd.ts';
import { DOCUMENT_DIR, DOCUMENT_EXTENSIONS } from '../schema/source.ts';
import { sha256Of } from '../validation/documents.ts';
import { readCsvTable, sheetDate } from './csv-import.ts';
import { matchChoice, slugify, sourceId } from './entry-writer.ts';

/** A content file: its path (relative to the project root) and text. */
export interface LembarFile {
  file: string;
  text: string;
}

export interface LembarInput {
  sheet: string;
  /** Innovation entries by id (content/innovations/<id>.md). */
  entries: ReadonlyMap<string, LembarFile>;
  /** OPD registry files by id (content/opd/<id>.yaml). */
  opds: ReadonlyMap<string, LembarFile>;
  /** Bytes of a file named in "Bukti: nama berkas yang dikirim", or undefined when it was not sent. */
  document: (name: string) => Uint8Array | undefined;
}

/** A refusal: the sheet row (1 = header) and column it concerns, and what to do. */
export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

export interface Conflict {
  row: number;
  column: string;
  /** The entry or OPD id. */
  target: string;
  current: string;
  currentSource: string;
  proposed: string;
  proposedSource: string;
}

export interface FileChange {
  file: string;
  target: string;
  rows: number[];
  /** What changes, one line each, in Indonesian. */
  lines: string[];
}

export interface LembarResult {
  problems: SheetProblem[];
  conflicts: Conflict[];
  changes: FileChange[];
  /** New texts of the changed files (empty when there is any problem). */
  writes: LembarFile[];
  /** Documents to copy in: path relative to content/ (dokumen/<opd>/<name>) and bytes. */
  copies: { path: string; bytes: Uint8Array }[];
}

type Key = LembarKey;
const HEADER = Object.fromEntries(LEMBAR_COLUMNS.map((c) => [c.key, c.header])) as Record<Key, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const KEY_OF = new Map<string, Key>(LEMBAR_COLUMNS.map((c) => [norm(c.header), c.key]));

const OUTCOME: readonly Key[] = ['outcomeNama', 'outcomeNilai', 'outcomeSatuan', 'outcomeTanggal'];
/** How-to-use columns and their fields; lists are split on "|" or line breaks. */
const HOW_TO_USE = [
  ['tempat', 'where', 'list'],
  ['daring', 'online', 'text'],
  ['jam', 'hours', 'text'],
  ['biaya', 'cost', 'text'],
  ['syarat', 'requirements', 'list'],
  ['langkah', 'steps', 'list'],
  ['pengaduan', 'complaint', 'text'],
] as const;
const STATUS_COLS: readonly Key[] = ['status', 'statusTanggal'];
const CONTACT = [
  ['telepon', 'phone'],
  ['surel', 'email'],
  ['alamat', 'address'],
] as const;
const ANSWERS: readonly Key[] = [...OUTCOME, ...HOW_TO_USE.map(([k]) => k), ...STATUS_COLS, ...CONTACT.map(([k]) => k)];
const EVIDENCE: readonly Key[] = LEMBAR_COLUMNS.filter((c) => c.group === 'bukti').map((c) => c.key);

/** "1.250" → 1250, "12,5" → 12.5, "12.5" → 12.5 (a dot before exactly three digits groups thousands, as Excel-id writes). */
export function sheetNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return undefined;
}

const splitList = (text: string) => text.split(/\s*(?:\||\r?\n)\s*/).map((s) => s.trim()).filter(Boolean);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/* ------------------------------------------------------------------ files */

/** An entry's frontmatter YAML and the rest of the file ("---\n…body"). */
function splitEntry(text: string): { yaml: string; rest: string } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---\n', 3);
  if (end < 0) return undefined;
  return { yaml: text.slice(4, end + 1), rest: text.slice(end + 1) };
}

interface Block {
  key: string | undefined;
  text: string;
}

/** Top-level blocks of a YAML mapping: each key with its value lines, the comments above it attached. */
function blocksOf(yaml: string): Block[] {
  const blocks: Block[] = [];
  let pending: string[] = [];
  for (const line of yaml.replace(/\n$/, '').split('\n')) {
    const key = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(line)?.[1];
    if (key) {
      blocks.push({ key, text: [...pending, line].join('\n') });
      pending = [];
    } else if (line === '' || line.startsWith('#')) pending.push(line);
    else if (blocks.length) {
      blocks.at(-1)!.text += `\n${[...pending, line].join('\n')}`;
      pending = [];
    } else pending.push(line);
  }
  if (pending.length) blocks.push({ key: undefined, text: pending.join('\n') });
  return blocks;
}

const yamlOf = (key: string, value: unknown) => stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();

/**
 * The YAML text with the top-level fields that differ between `before` and `after` rewritten,
 * new fields placed in schema order, and lists that only grew kept with the new items appended.
 */
export function spliceYaml(yaml: string, before: Record<string, unknown>, after: Record<string, unknown>, order: readonly string[]): string {
  const blocks = blocksOf(yaml);
  for (const key of Object.keys(after)) {
    const value = after[key];
    const at = blocks.findIndex((b) => b.key === key);
    if (at >= 0) {
      const old = before[key];
      if (same(old, value)) continue;
      const block = blocks[at]!;
      const grew = Array.isArray(old) && Array.isArray(value) && value.length > old.length && same(old, value.slice(0, old.length));
      const indent = /\n( *)- /.exec(block.text)?.[1];
      if (grew && indent !== undefined && !/^\S+:[ \t]*\[/m.test(block.text)) {
        const added = yamlOf(key, value.slice(old.length)).split('\n').slice(1);
        const base = /^( *)- /.exec(added[0] ?? '')?.[1] ?? '';
        block.text += `\n${added.map((l) => indent + l.slice(base.length)).join('\n')}`;
      } else {
        const lines = block.text.split('\n');
        const comments = lines.slice(0, lines.findIndex((l) => l.startsWith(key)));
        block.text = [...comments, yamlOf(key, value)].join('\n');
      }
      continue;
    }
    // A new field: after the last present field that comes before it in schema order.
    const rank = order.indexOf(key);
    let insertAt = 0;
    blocks.forEach((b, i) => {
      if (b.key && order.indexOf(b.key) < rank) insertAt = i + 1;
    });
    blocks.splice(insertAt, 0, { key, text: yamlOf(key, value) });
  }
  return `${blocks.map((b) => b.text).join('\n')}\n`;
}

/* ------------------------------------------------------------------ the merge */

type Raw = Record<string, unknown>;
interface SourceRaw extends Raw {
  kind?: string;
  id: string;
  title?: string;
  publisher?: string;
  date?: string;
  number?: string;
  file?: string;
  sha256?: string;
}

interface Target {
  file: string;
  id: string;
  kind: 'entry' | 'opd';
  yaml: string;
  rest: string;
  before: Raw;
  data: Raw;
  rows: number[];
  lines: string[];
}

/** What a row's evidence says: the source to cite (not yet added to any file). */
interface Evidence {
  source: SourceRaw;
  bytes?: Uint8Array;
  page?: number;
  quote?: string;
  label: string;
}

const describe = (s: SourceRaw | undefined) => {
  if (!s) return 'tanpa sumber';
  const kind = s.kind ?? 'berita';
  if (kind === 'dokumen') return `dokumen "${s.title}"${s.number ? ` No. ${s.number}` : ''} (${s.publisher}, ${s.date})`;
  if (kind === 'pernyataan') return `surat No. ${s.number} (${s.publisher}, ${s.date})`;
  return `${s.publisher}, ${s.date}`;
};

const shownValue = (v: unknown) => (Array.isArray(v) ? v.join(' | ') : String(v));

/** Merges a filled sheet; see the module comment. */
export function mergeLembar(input: LembarInput): LembarResult {
  const problems: SheetProblem[] = [];
  const conflicts: Conflict[] = [];
  const result = (): LembarResult => {
    const changed = [...targets.values()].filter((t) => t.lines.length > 0);
    const ok = problems.length === 0;
    return {
      problems,
      conflicts,
      changes: changed.map((t) => ({ file: t.file, target: t.id, rows: t.rows, lines: t.lines })),
      writes: ok ? changed.map((t) => ({ file: t.file, text: write(t) })) : [],
      copies: ok ? [...copies.values()] : [],
    };
  };
  const targets = new Map<string, Target>();
  const copies = new Map<string, { path: string; bytes: Uint8Array }>();

  const table = readCsvTable(input.sheet);
  if (!table.ok) {
    const at = /^baris (\d+)/.exec(table.message)?.[1];
    problems.push({ row: at ? Number(at) : 1, column: HEADER.id, message: `lembar tidak dapat dibaca: ${table.message}` });
    return result();
  }
  const known = table.headers.map((h) => KEY_OF.get(norm(h)));
  if (!known.includes('id')) {
    problems.push({ row: 1, column: HEADER.id, message: `kolom "${HEADER.id}" tidak ada di baris judul (pemisah kolom yang terbaca: ${table.delimiterName}). Pakai lembar isian yang diunduh dari halaman OPD, tanpa mengubah baris judulnya.` });
    return result();
  }
  table.headers.forEach((h, i) => {
    if (!known[i] && h && table.records.some((r) => r[h]?.trim())) {
      problems.push({ row: 1, column: h, message: `kolom "${h}" tidak dikenal, sehingga isinya tidak bisa dimasukkan. Pindahkan isinya ke kolom yang sesuai di lembar isian.` });
    }
  });

  const load = (kind: 'entry' | 'opd', id: string): Target | undefined => {
    const key = `${kind}:${id}`;
    const hit = targets.get(key);
    if (hit) return hit;
    const f = (kind === 'entry' ? input.entries : input.opds).get(id);
    if (!f) return undefined;
    const parts = kind === 'entry' ? splitEntry(f.text) : { yaml: f.text, rest: '' };
    if (!parts) return undefined;
    let before: Raw;
    try {
      const parsed: unknown = parseYaml(parts.yaml);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
      before = parsed as Raw;
    } catch {
      return undefined;
    }
    const t: Target = { file: f.file, id, kind, yaml: parts.yaml, rest: parts.rest, before, data: structuredClone(before), rows: [], lines: [] };
    targets.set(key, t);
    return t;
  };
  const write = (t: Target) => {
    const order = t.kind === 'entry' ? Object.keys(innovationShape) : Object.keys(opdSchema.shape);
    const yaml = spliceYaml(t.yaml, t.before, t.data, order);
    return t.kind === 'entry' ? `---\n${yaml}${t.rest}` : yaml;
  };

  /** The contact values given so far, per OPD, with their row (a second, different value is a problem). */
  const contactGiven = new Map<string, { row: number; value: string }>();

  table.records.forEach((record, index) => {
    const row = index + 2;
    const cell = (key: Key) => {
      const header = table.headers[known.indexOf(key)];
      // A leading apostrophe is how a spreadsheet is told to keep "021…" as text; it is not part of the value.
      return header === undefined ? '' : String(record[header] ?? '').trim().replace(/^'/, '').trim();
    };
    const problem = (key: Key, message: string) => problems.push({ row, column: HEADER[key], message });
    const id = cell('id');
    if (id.startsWith('(')) return;
    const filled = ANSWERS.filter((k) => cell(k));
    const evidenceFilled = EVIDENCE.filter((k) => cell(k));
    if (!filled.length) {
      if (evidenceFilled.length) problem(evidenceFilled[0]!, `bukti diisi, tetapi tidak ada data yang didukungnya di baris ini. Isi data yang dibuktikannya (mis. "${HEADER.outcomeNilai}"), atau kosongkan kolom bukti.`);
      return;
    }
    if (!id) return problem('id', `kosong, padahal baris ini berisi data (kolom "${HEADER[filled[0]!]}"). Salin kode inovasi dari lembar isian yang diunduh; jangan menambah baris baru di lembar ini.`);
    const entry = load('entry', id);
    if (!entry) return problem('id', `bernilai "${id}", tidak ada entri dengan kode itu di content/innovations/. Jangan mengubah kolom ini; pakai lembar isian terbaru dari halaman OPD.`);
    const opdId = String(entry.data.opd ?? '');
    const opd = load('opd', opdId);
    const opdName = String(opd?.data.name ?? opdId);
    const rowStart = problems.length;

    // The evidence of this row.
    const jenis = cell('buktiJenis');
    const kind = /^dok/i.test(jenis) ? 'dokumen' : /^(surat|pernyataan)/i.test(jenis) ? 'pernyataan' : undefined;
    if (!jenis) problem('buktiJenis', `kosong, padahal baris ini berisi data baru (kolom ${filled.map((k) => `"${HEADER[k]}"`).join(', ')}). Setiap data perlu bukti: tulis "dokumen" atau "surat", lalu isi kolom bukti lainnya.`);
    else if (!kind) problem('buktiJenis', `bernilai "${jenis}"; tulis "dokumen" (laporan, SK, berkas bukti dukung) atau "surat" (surat resmi bertanggal).`);
    const title = cell('buktiJudul');
    if (kind && !title) problem('buktiJudul', 'kosong; tulis judul dokumen atau perihal surat seperti tertulis.');
    const dateText = cell('buktiTanggal');
    const date = sheetDate(dateText);
    if (kind && !date) problem('buktiTanggal', 'kosong; tulis tanggal dokumen atau surat, mis. 2026-01-15 atau 15/01/2026.');
    else if (date && partialDateProblem(date)) problem('buktiTanggal', `bernilai "${dateText}", bukan tanggal yang dikenali; tulis mis. 2026-01-15, 15/01/2026, 2026-01 atau 2026.`);
    const number = cell('buktiNomor');
    if (kind === 'pernyataan' && !number) problem('buktiNomor', 'kosong; surat perlu nomornya seperti tertulis di surat itu.');
    const fileName = cell('buktiBerkas');
    if (kind === 'dokumen' && !fileName) problem('buktiBerkas', 'kosong; dokumen perlu berkasnya: tulis nama berkas PDF/JPG/PNG yang dikirim bersama lembar ini.');
    let bytes: Uint8Array | undefined;
    let path: string | undefined;
    if (fileName) {
      const m = /^(.*?)\.([A-Za-z0-9]+)$/.exec(fileName.replace(/^.*[\\/]/, ''));
      const ext = m?.[2]?.toLowerCase();
      if (!m || !ext || !(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) {
        problem('buktiBerkas', `bernilai "${fileName}"; berkas bukti harus PDF, PNG, JPEG atau WebP (nama berakhiran ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(', ')}).`);
      } else {
        bytes = input.document(fileName);
        if (!bytes) problem('buktiBerkas', `berkas "${fileName}" tidak ditemukan di folder dokumen yang diberikan (--dokumen). Letakkan berkas itu di folder tersebut, atau perbaiki namanya di lembar.`);
        else {
          path = `${DOCUMENT_DIR}/${opdId}/${slugify(m[1]!, 80) || 'dokumen'}.${ext}`;
          const prior = copies.get(path);
          if (prior && sha256Of(prior.bytes) !== sha256Of(bytes)) problem('buktiBerkas', `"${fileName}" akan disimpan sebagai ${path}, tetapi baris lain sudah memakai nama itu untuk berkas yang berbeda. Beri nama berkas yang berbeda.`);
        }
      }
    }
    const pageText = cell('buktiHalaman');
    const page = pageText ? (/^\d+$/.test(pageText) && Number(pageText) > 0 ? Number(pageText) : undefined) : undefined;
    if (pageText && page === undefined) problem('buktiHalaman', `bernilai "${pageText}"; tulis nomor halaman saja, mis. 4.`);
    const quote = cell('buktiKutipan');
    if (quote && wordCount(quote) > QUOTE_MAX_WORDS) problem('buktiKutipan', `berisi ${wordCount(quote)} kata; kutipan paling banyak ${QUOTE_MAX_WORDS} kata — salin kalimat yang memuat angka itu saja.`);
    const signatory = cell('buktiPenandaTangan');

    // The answers, checked before anything is merged.
    const outcomeGiven = OUTCOME.filter((k) => cell(k));
    let outcome: { name: string; value: number; unit: string; date: string } | undefined;
    if (outcomeGiven.length) {
      for (const k of OUTCOME) if (!cell(k)) problem(k, `kosong; angka outcome perlu keempat kolom: apa yang diukur, angka, satuan dan tanggal.`);
      const value = sheetNumber(cell('outcomeNilai'));
      if (cell('outcomeNilai') && value === undefined) problem('outcomeNilai', `bernilai "${cell('outcomeNilai')}", bukan angka; tulis angkanya saja (mis. 1.250 atau 12,5) dan satuannya di "${HEADER.outcomeSatuan}".`);
      const vDate = sheetDate(cell('outcomeTanggal'));
      if (vDate && partialDateProblem(vDate)) problem('outcomeTanggal', `bernilai "${cell('outcomeTanggal')}", bukan tanggal yang dikenali; tulis mis. 2025-12-31, 31/12/2025 atau 2025.`);
      if (page === undefined && !quote && !pageText) problem('buktiHalaman', `kosong, dan "${HEADER.buktiKutipan}" juga kosong; angka outcome perlu salah satunya agar pembaca dapat memeriksa angka itu di buktinya.`);
      if (value !== undefined && vDate && !partialDateProblem(vDate) && cell('outcomeNama') && cell('outcomeSatuan')) outcome = { name: cell('outcomeNama'), value, unit: cell('outcomeSatuan'), date: vDate };
    }
    const online = cell('daring');
    if (online && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(online)) problem('daring', `bernilai "${online}"; tulis alamat lengkap yang diawali https://.`);
    let status: { value: string; date: string } | undefined;
    if (cell('status') || cell('statusTanggal')) {
      const choice = cell('status') ? matchChoice(STATUS.filter((s) => s.id !== 'tidak-diketahui'), cell('status')) : undefined;
      if (!cell('status')) problem('status', `kosong, padahal "${HEADER.statusTanggal}" diisi; tulis "berjalan" atau "dihentikan".`);
      else if (!choice) problem('status', `bernilai "${cell('status')}"; tulis "berjalan" atau "dihentikan".`);
      const sDate = sheetDate(cell('statusTanggal'));
      if (!sDate) problem('statusTanggal', 'kosong; tulis tanggal status itu dipastikan, mis. 2026-01-15.');
      else if (partialDateProblem(sDate)) problem('statusTanggal', `bernilai "${cell('statusTanggal')}", bukan tanggal yang dikenali; tulis mis. 2026-01-15 atau 15/01/2026.`);
      if (choice && sDate && !partialDateProblem(sDate)) status = { value: choice, date: sDate };
    }
    const email = cell('surel');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problem('surel', `bernilai "${email}", bukan alamat surel; tulis mis. nama@tangerangselatankota.go.id.`);
    for (const [key] of CONTACT) {
      const value = cell(key);
      if (!value) continue;
      const prior = contactGiven.get(`${opdId}:${key}`);
      if (prior && squash(prior.value) !== squash(value)) problem(key, `bernilai "${value}", berbeda dengan baris ${prior.row} ("${prior.value}"); kontak kantor berlaku untuk seluruh OPD — tulis satu nilai saja.`);
      else contactGiven.set(`${opdId}:${key}`, { row, value });
    }
    if (problems.length > rowStart || !kind || !date || !title) return;

    // The source of this row, added to a file the first time that file cites it.
    const sha256 = bytes ? sha256Of(bytes) : undefined;
    const evidence: Evidence = {
      source: {
        kind,
        id: '',
        title,
        publisher: opdName,
        date,
        ...(number ? { number } : {}),
        ...(signatory ? { signatory } : {}),
        ...(path ? { file: path, sha256 } : {}),
      },
      bytes,
      ...(page !== undefined ? { page } : {}),
      ...(quote ? { quote } : {}),
      label: '',
    };
    evidence.label = describe(evidence.source);
    const cite = (t: Target): string => {
      const sources = (Array.isArray(t.data.sources) ? t.data.sources : []) as SourceRaw[];
      const found = sources.find(
        (s) => (path && s.file === path) || (sha256 && s.sha256 === sha256) || (number && s.number === number && (s.kind ?? 'berita') === kind),
      );
      if (found) return found.id;
      const base = sourceId(String(opd?.data.abbreviation ?? opdId), date);
      let sid = base;
      for (let n = 2; sources.some((s) => s.id === sid); n++) sid = `${base}-${n}`;
      t.data.sources = [...sources, { ...evidence.source, id: sid }];
      t.lines.push(`+ sumber "${sid}": ${evidence.label}${path ? ` — berkas ${path}` : ''}`);
      if (path && bytes) copies.set(path, { path, bytes });
      return sid;
    };
    const sourceOf = (t: Target, sid: unknown) => describe(((t.data.sources ?? []) as SourceRaw[]).find((s) => s.id === sid));
    const conflict = (t: Target, key: Key, current: unknown, currentSource: string, proposed: unknown) =>
      conflicts.push({ row, column: HEADER[key], target: t.id, current: shownValue(current), currentSource, proposed: shownValue(proposed), proposedSource: evidence.label });
    const touch = (t: Target) => {
      if (!t.rows.includes(row)) t.rows.push(row);
    };
    touch(entry);

    if (outcome) {
      const metrics = (Array.isArray(entry.data.metrics) ? entry.data.metrics : []) as Raw[];
      const match = metrics.find((m) => m.type === 'outcome' && squash(String(m.name)) === squash(outcome.name));
      const valueFields = { ...(evidence.page !== undefined ? { page: evidence.page } : {}), ...(evidence.quote ? { quote: evidence.quote } : {}) };
      if (match && squash(String(match.unit)) !== squash(outcome.unit)) {
        conflict(entry, 'outcomeSatuan', match.unit, 'satuan ukuran yang sudah tercatat', outcome.unit);
      } else if (match) {
        const values = (Array.isArray(match.values) ? match.values : []) as Raw[];
        const sameDate = values.find((v) => String(v.date) === outcome.date);
        if (sameDate && Number(sameDate.value) !== outcome.value) conflict(entry, 'outcomeNilai', `${sameDate.value} ${match.unit} (${outcome.date})`, sourceOf(entry, sameDate.source), `${outcome.value} ${outcome.unit} (${outcome.date})`);
        else if (!sameDate) {
          const sid = cite(entry);
          const next = [...values, { value: outcome.value, date: outcome.date, source: sid, ...valueFields }];
          next.sort((a, b) => partialDateStart(String(a.date)).getTime() - partialDateStart(String(b.date)).getTime());
          entry.data.metrics = metrics.map((m) => (m === match ? { ...m, values: next } : m));
          entry.lines.push(`+ outcome "${outcome.name}": ${outcome.value} ${outcome.unit} (${outcome.date}), bukti ${sid}${evidence.page ? ` hlm. ${evidence.page}` : ''}`);
        }
      } else {
        const sid = cite(entry);
        entry.data.metrics = [...metrics, { type: 'outcome', name: outcome.name, unit: outcome.unit, values: [{ value: outcome.value, date: outcome.date, source: sid, ...valueFields }] }];
        entry.lines.push(`+ outcome baru "${outcome.name}": ${outcome.value} ${outcome.unit} (${outcome.date}), bukti ${sid}${evidence.page ? ` hlm. ${evidence.page}` : ''}`);
      }
    }

    const howGiven = HOW_TO_USE.filter(([k]) => cell(k));
    if (howGiven.length) {
      const current = (entry.data.howToUse ?? {}) as Raw;
      const currentSources = (Array.isArray(current.sources) ? current.sources : []) as string[];
      const currentFrom = currentSources.map((s) => sourceOf(entry, s)).join('; ') || 'tanpa sumber';
      const next: Raw = { ...current };
      let added = false;
      for (const [key, field, shape] of howGiven) {
        const value = shape === 'list' ? splitList(cell(key)) : cell(key);
        const old = current[field];
        const empty = old === undefined || (Array.isArray(old) && old.length === 0) || old === '';
        if (empty) {
          next[field] = value;
          added = true;
          entry.lines.push(`+ cara memakai, ${HEADER[key].replace(/^Cara memakai: /, '')}: ${shownValue(value)}`);
        } else if (squash(shownValue(old)) !== squash(shownValue(value))) conflict(entry, key, old, currentFrom, value);
      }
      if (added) {
        const sid = cite(entry);
        next.sources = currentSources.includes(sid) ? currentSources : [...currentSources, sid];
        // Fields in schema order.
        entry.data.howToUse = Object.fromEntries(Object.keys(howToUseSchema.shape).filter((k) => next[k] !== undefined).map((k) => [k, next[k]]));
      }
    }

    if (status) {
      const verified = entry.data.lastVerified === undefined ? undefined : String(entry.data.lastVerified);
      const was = String(entry.data.status ?? 'tidak-diketahui');
      const newer = !verified || partialDateStart(status.date) > partialDateStart(verified);
      if (newer) {
        const sid = cite(entry);
        entry.data.status = status.value;
        entry.data.lastVerified = status.date;
        entry.data.statusSource = sid;
        entry.lines.push(was === status.value ? `~ status "${was}" dipastikan ulang per ${status.date} (bukti ${sid}; sebelumnya ${verified ?? 'belum pernah'})` : `~ status: "${was}"${verified ? ` (per ${verified})` : ''} → "${status.value}" per ${status.date} (bukti ${sid})`);
      } else if (was !== status.value) {
        conflict(entry, 'status', `${was} (per ${verified})`, sourceOf(entry, entry.data.statusSource), `${status.value} (per ${status.date})`);
      }
    }

    const contactCells = CONTACT.filter(([k]) => cell(k));
    if (contactCells.length && opd) {
      const current = (opd.data.contact ?? {}) as Raw;
      const currentSources = (Array.isArray(current.sources) ? current.sources : []) as string[];
      const currentFrom = currentSources.map((s) => sourceOf(opd, s)).join('; ') || 'tanpa sumber';
      const next: Raw = { ...current };
      let added = false;
      for (const [key, field] of contactCells) {
        const old = current[field];
        if (old === undefined || old === '') {
          next[field] = cell(key);
          added = true;
          opd.lines.push(`+ kontak, ${HEADER[key].replace(/^Kontak kantor: /, '')}: ${cell(key)}`);
        } else if (squash(String(old)) !== squash(cell(key))) conflict(opd, key, old, currentFrom, cell(key));
      }
      if (added) {
        touch(opd);
        const sid = cite(opd);
        next.sources = currentSources.includes(sid) ? currentSources : [...currentSources, sid];
        opd.data.contact = Object.fromEntries(Object.keys(contactSchema.shape).filter((k) => next[k] !== undefined).map((k) => [k, next[k]]));
      }
    }
  });

  // The schema's own rules on every changed file; a new problem is the sheet's, named by row and column.
  for (const t of targets.values()) {
    if (!t.lines.length) continue;
    const schema = t.kind === 'entry' ? innovationSchema : opdSchema;
    const issues = (data: Raw) => {
      const r = schema.safeParse(data);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}|${i.message}`);
    };
    const old = new Set(issues(t.before));
    for (const issue of issues(t.data)) {
      if (old.has(issue)) continue;
      const [path, message] = issue.split('|') as [string, string];
      problems.push({ row: t.rows[0] ?? 1, column: HEADER[columnOf(path)], message: `${t.file}: "${path}" ${message}` });
    }
  }
  return result();
}

/** The sheet column a field of an entry or OPD file comes from. */
function columnOf(path: string): Key {
  const [head, , rest] = path.split('.');
  const leaf = path.split('.').at(-1) ?? '';
  if (head === 'metrics') {
    const byLeaf: Record<string, Key> = { name: 'outcomeNama', unit: 'outcomeSatuan', value: 'outcomeNilai', date: 'outcomeTanggal', quote: 'buktiKutipan', page: 'buktiHalaman' };
    return byLeaf[leaf] ?? byLeaf[rest ?? ''] ?? 'outcomeNilai';
  }
  if (head === 'howToUse') return HOW_TO_USE.find(([, f]) => path.startsWith(`howToUse.${f}`))?.[0] ?? 'buktiJenis';
  if (head === 'status' || head === 'statusSource') return 'status';
  if (head === 'lastVerified') return 'statusTanggal';
  if (head === 'contact') return CONTACT.find(([, f]) => path.startsWith(`contact.${f}`))?.[0] ?? 'buktiJenis';
  if (head === 'sources') {
    const byLeaf: Record<string, Key> = { title: 'buktiJudul', number: 'buktiNomor', date: 'buktiTanggal', file: 'buktiBerkas', sha256: 'buktiBerkas', signatory: 'buktiPenandaTangan' };
    return byLeaf[leaf] ?? 'buktiJenis';
  }
  return 'id';
}

/** `baris 5, kolom "Outcome: angka": …` — how a refusal is printed. */
export function sheetProblemText(p: SheetProblem): string {
  return `baris ${p.row}, kolom "${p.column}": ${p.message}`;
}

/** A conflict as printed: both values and both sources, and that the field is left as it is. */
export function conflictText(c: Conflict): string {
  return `baris ${c.row}, kolom "${c.column}" (${c.target}): situs mencatat "${c.current}" (sumber: ${c.currentSource}); lembar menulis "${c.proposed}" (bukti: ${c.proposedSource}). Tidak diubah — periksa keduanya, lalu perbaiki entri dengan tangan bila isian lembar yang benar.`;
}
