/**
 * The data request sent to an office ("lembar isian", /opd/<id>/lembar-isian.csv): one row per
 * innovation the office runs, prefilled with what the catalogue already says and what it lacks
 * (src/lib/gaps.ts), and empty columns for exactly the missing data — an outcome figure, how-to-use
 * facts, today's status, the office contact — and for the document or letter that backs the
 * answers. The same column list is read back by `npm run import -- --perbarui`
 * (src/authoring/lembar-import.ts). Pure: pages pass in the records and the clock.
 *
 * Excel with Indonesian regional settings opens a CSV by double-click only when the list
 * separator is ";" (the Indonesian list separator) and the text is UTF-8 with a byte-order
 * mark; numbers are written with a decimal comma ("12,5"), as Excel-id reads them.
 */
import { stringify } from 'csv-stringify/sync';
import type { InnovationRecord, OpdRecord } from './catalog.ts';
import { hasHowToUse } from './entry-view.ts';
import { formatNumber, formatPartialDate } from './format.ts';
import { innovationGaps, type GapKind } from './gaps.ts';
import { labelOf, STATUS } from '../schema/enums.ts';

/** Groups of columns; a group is in an office's sheet only when some row lacks what it asks. */
export const LEMBAR_GROUPS = ['info', 'outcome', 'howToUse', 'status', 'contact', 'bukti'] as const;
export type LembarGroup = (typeof LEMBAR_GROUPS)[number];

export interface LembarColumn {
  key: string;
  group: LembarGroup;
  /** Header, plain Indonesian for a civil servant. */
  header: string;
  /** The second row: how to write the value. */
  hint: string;
}

const col = <K extends string>(group: LembarGroup, key: K, header: string, hint: string) => ({ key, group, header, hint });

/** Every column, in sheet order. Headers are what the import matches on; change them together with tests. */
export const LEMBAR_COLUMNS = [
  col('info', 'id', 'Kode inovasi (jangan diubah)', 'Diisi situs; jangan diubah.'),
  col('info', 'nama', 'Nama inovasi', 'Diisi situs.'),
  col('info', 'tercatat', 'Yang sudah tercatat di situs', 'Diisi situs: status, angka dan petunjuk yang sudah ada, dengan sumbernya.'),
  col('info', 'kurang', 'Yang masih kurang', 'Diisi situs: data yang kami minta untuk inovasi ini.'),
  col('outcome', 'outcomeNama', 'Outcome: apa yang diukur', 'Perubahan bagi warga, mis. "Waktu tunggu pembuatan KTP-el".'),
  col('outcome', 'outcomeNilai', 'Outcome: angka', 'Angka saja, mis. 1.250 atau 12,5.'),
  col('outcome', 'outcomeSatuan', 'Outcome: satuan', 'Mis. "hari", "warga per bulan", "persen".'),
  col('outcome', 'outcomeTanggal', 'Outcome: tanggal angka', 'Tanggal atau periode angka itu, mis. 2025-12-31, 31/12/2025 atau 2025.'),
  col('howToUse', 'tempat', 'Cara memakai: tempat layanan', 'Alamat atau gedung; lebih dari satu: pisahkan dengan | (garis tegak).'),
  col('howToUse', 'daring', 'Cara memakai: alamat layanan daring', 'Alamat lengkap https://, bila ada.'),
  col('howToUse', 'jam', 'Cara memakai: jam layanan', 'Mis. "Senin–Jumat 08.00–15.00".'),
  col('howToUse', 'biaya', 'Cara memakai: biaya', 'Mis. "Gratis".'),
  col('howToUse', 'syarat', 'Cara memakai: persyaratan', 'Yang dibawa warga; pisahkan dengan |.'),
  col('howToUse', 'langkah', 'Cara memakai: langkah-langkah', 'Berurutan; pisahkan dengan |.'),
  col('howToUse', 'pengaduan', 'Cara memakai: tempat bertanya atau mengadu', 'Nomor, surel atau loket.'),
  col('status', 'status', 'Status hari ini', 'Tulis "berjalan" atau "dihentikan".'),
  col('status', 'statusTanggal', 'Status per tanggal', 'Tanggal status itu dipastikan, mis. 2026-01-15.'),
  col('contact', 'telepon', 'Kontak kantor: telepon', 'Untuk seluruh OPD; cukup di satu baris. Awali dengan tanda petik (\') agar angka 0 di depan tidak hilang.'),
  col('contact', 'surel', 'Kontak kantor: surel', 'Alamat surel resmi; cukup di satu baris.'),
  col('contact', 'alamat', 'Kontak kantor: alamat', 'Alamat kantor tempat warga datang; cukup di satu baris.'),
  col('bukti', 'buktiJenis', 'Bukti: jenis', 'Wajib bila ada isian di baris ini: "dokumen" (laporan, SK, berkas bukti dukung IID) atau "surat" (surat resmi bertanggal).'),
  col('bukti', 'buktiBerkas', 'Bukti: nama berkas yang dikirim', 'Nama berkas PDF/JPG/PNG yang dilampirkan, mis. lkjip-2025.pdf (wajib untuk dokumen; boleh untuk pindaian surat).'),
  col('bukti', 'buktiJudul', 'Bukti: judul dokumen atau perihal surat', 'Seperti tertulis di dokumen atau surat.'),
  col('bukti', 'buktiNomor', 'Bukti: nomor', 'Nomor dokumen atau surat (wajib untuk surat).'),
  col('bukti', 'buktiTanggal', 'Bukti: tanggal', 'Tanggal dokumen atau surat, mis. 2026-01-15.'),
  col('bukti', 'buktiHalaman', 'Bukti: halaman angka outcome', 'Nomor halaman dokumen tempat angka outcome tertulis.'),
  col('bukti', 'buktiKutipan', 'Bukti: kalimat yang memuat angka', 'Salin kata demi kata dari dokumen atau surat (paling banyak 30 kata).'),
  col('bukti', 'buktiPenandaTangan', 'Bukti: jabatan penanda tangan', 'Mis. "Kepala Dinas", bila ada.'),
] as const satisfies readonly LembarColumn[];

export type LembarKey = (typeof LEMBAR_COLUMNS)[number]['key'];

/** The first cell of the hint row; the import skips rows whose code starts with "(". */
export const HINT_ROW_MARK = '(petunjuk pengisian — baris ini dilewati)';

/** Column separator Excel with Indonesian regional settings expects. */
export const LEMBAR_DELIMITER = ';';

const GAP_WORDS: Record<GapKind, string> = {
  outcome: 'angka outcome',
  howToUse: 'cara memakai',
  verified: 'status hari ini',
  english: 'teks bahasa Inggris (tidak diminta di lembar ini)',
};

/** Contact fields the sheet asks for, in column order. */
const CONTACT_FIELDS = [
  ['telepon', 'phone'],
  ['surel', 'email'],
  ['alamat', 'address'],
] as const;

type SheetItem = Pick<InnovationRecord, 'id' | 'title' | 'status' | 'lastVerified' | 'statusSource' | 'metrics' | 'howToUse' | 'sources' | 'summary' | 'titleEn' | 'summaryEn' | 'storyEn'>;

/** "Status: …; outcome: …; cara memakai: …" — what the catalogue already says of one innovation, with its sources. */
export function recordedText(item: SheetItem, locale = 'id-ID'): string {
  const date = (d: string | undefined) => (d ? formatPartialDate(d, locale) : undefined);
  const publisher = (id: string | undefined) => item.sources.find((s) => s.id === id)?.publisher;
  const parts: string[] = [];
  const verified = date(item.lastVerified);
  const statusSource = publisher(item.statusSource);
  parts.push(`Status: ${labelOf(STATUS, item.status).toLowerCase()}${verified ? ` (dipastikan ${verified}${statusSource ? `, ${statusSource}` : ''})` : ''}.`);
  const outcomes = item.metrics.filter((m) => m.type === 'outcome' && m.values.length > 0);
  parts.push(
    outcomes.length
      ? `Outcome: ${outcomes
          .map((m) => {
            const v = m.values.at(-1)!;
            return `${m.name} ${formatNumber(v.value, locale)} ${m.unit} (${date(v.date)}, ${publisher(v.source) ?? v.source})`;
          })
          .join('; ')}.`
      : 'Outcome: belum ada angka.',
  );
  const h = item.howToUse;
  if (hasHowToUse(h)) {
    const have = [
      h.where.length && 'tempat',
      h.online && 'layanan daring',
      h.hours && `jam (${h.hours})`,
      h.cost && `biaya (${h.cost})`,
      h.requirements.length && 'persyaratan',
      h.steps.length && 'langkah',
      h.complaint && 'tempat mengadu',
    ].filter(Boolean);
    const from = [...new Set(h.sources.map((id) => publisher(id) ?? id))].join(', ');
    parts.push(`Cara memakai: ${have.join(', ')} (sumber: ${from}).`);
  } else parts.push('Cara memakai: belum ada.');
  return parts.join(' ');
}

/** Which groups of columns an office's sheet carries: those some row (or the office contact) lacks. */
export function lembarGroups(items: readonly SheetItem[], opd: Pick<OpdRecord, 'contact'>, now: Date, staleAfterDays: number): LembarGroup[] {
  const gaps = new Set(items.flatMap((i) => innovationGaps(i, now, staleAfterDays)));
  const groups: LembarGroup[] = ['info'];
  if (gaps.has('outcome')) groups.push('outcome');
  if (gaps.has('howToUse')) groups.push('howToUse');
  if (gaps.has('verified')) groups.push('status');
  // The contact is asked in the rows of the office's innovations; an office with none has no row to write it in.
  if (items.length > 0 && CONTACT_FIELDS.some(([, f]) => !opd.contact?.[f])) groups.push('contact');
  if (groups.length > 1) groups.push('bukti');
  return groups;
}

export interface Lembar {
  columns: LembarColumn[];
  /** The hint row, then one row per innovation; cells by column key. */
  rows: Record<string, string>[];
}

/**
 * The sheet of one office: columns for what its innovations lack, a hint row, then one row per
 * innovation (catalogue order) with its code, name, what is recorded and what is missing; the
 * columns to fill are empty. The hint row of a contact column says what is already recorded.
 */
export function lembarIsian(opd: Pick<OpdRecord, 'contact'>, items: readonly SheetItem[], now: Date, staleAfterDays: number, locale = 'id-ID'): Lembar {
  const groups = new Set(lembarGroups(items, opd, now, staleAfterDays));
  const columns: LembarColumn[] = LEMBAR_COLUMNS.filter((c) => groups.has(c.group));
  const hint: Record<string, string> = Object.fromEntries(columns.map((c) => [c.key, c.hint]));
  hint.id = HINT_ROW_MARK;
  for (const [key, field] of CONTACT_FIELDS) {
    const known = opd.contact?.[field];
    if (known && key in hint) hint[key] = `Sudah tercatat: ${known}. Isi hanya bila berubah.`;
  }
  const rows = items.map((item) => {
    const missing = innovationGaps(item, now, staleAfterDays).filter((g) => g !== 'english');
    const row: Record<string, string> = Object.fromEntries(columns.map((c) => [c.key, '']));
    row.id = item.id;
    row.nama = item.title;
    row.tercatat = recordedText(item, locale);
    row.kurang = missing.length ? missing.map((g) => GAP_WORDS[g]).join(', ') : 'tidak ada; isi hanya bila ada yang berubah';
    return row;
  });
  return { columns, rows: [hint, ...rows] };
}

/** The sheet as CSV text for Excel with Indonesian settings: ";" between cells, UTF-8 with BOM, CRLF, every cell quoted. */
export function lembarCsv(sheet: Lembar): string {
  return stringify(
    sheet.rows.map((r) => sheet.columns.map((c) => r[c.key] ?? '')),
    {
      header: true,
      columns: sheet.columns.map((c) => c.header),
      delimiter: LEMBAR_DELIMITER,
      bom: true,
      quoted: true,
      quoted_empty: true,
      record_delimiter: 'windows',
    },
  );
}
