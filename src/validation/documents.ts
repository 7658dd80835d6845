/**
 * Uploaded office documents (sources of kind "dokumen", or a "pernyataan" with a scan) are
 * hostile until checked. A file is accepted only when:
 * - it lies inside content/dokumen/ (no "..", no symbolic link out) and exists;
 * - it is no larger than `documentMaxMB` in content/site.yaml;
 * - its content (magic bytes, read by `file-type`) is a PDF, PNG, JPEG or WebP and agrees with
 *   its extension — a program renamed ".pdf" is refused;
 * - a PDF parses (pdf-lib, object streams included) and holds no JavaScript, launch action,
 *   embedded file, form, XFA or rich media, and is not encrypted;
 * - an image carries no GPS location (exifr);
 * - its SHA-256 equals the `sha256` recorded beside it, so a silently replaced file is caught.
 * The same rules run in `npm run validate`, in the build (content-guard) and in the importers.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import exifr from 'exifr';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import { DOCUMENT_DIR } from '../schema/source.ts';
import type { Problem } from './problems.ts';

/** One document a content file cites. */
export interface DocumentRef {
  /** The content file that cites it (relative to the project root), for the message. */
  file: string;
  /** The field holding the path, e.g. "sources.2.file". */
  field: string;
  /** The path written there, relative to content/ (dokumen/<opd>/<name>.pdf). */
  path: string;
  /** The recorded SHA-256, when written. */
  sha256?: string;
  line?: number;
}

/** Default size limit when content/site.yaml does not set `documentMaxMB`. */
export const DEFAULT_DOCUMENT_MAX_MB = 15;

const TYPES: Record<string, { mime: string; label: string }> = {
  '.pdf': { mime: 'application/pdf', label: 'PDF' },
  '.png': { mime: 'image/png', label: 'PNG' },
  '.jpg': { mime: 'image/jpeg', label: 'JPEG' },
  '.jpeg': { mime: 'image/jpeg', label: 'JPEG' },
  '.webp': { mime: 'image/webp', label: 'WebP' },
};

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The absolute path of a document inside `contentDir`, or why it is not allowed. */
export function documentLocation(contentDir: string, path: string): { abs: string } | { problem: string } {
  const root = resolve(contentDir, DOCUMENT_DIR);
  const abs = resolve(contentDir, path);
  if (!abs.startsWith(root + sep)) return { problem: `bernilai "${path}", di luar folder content/${DOCUMENT_DIR}/; dokumen hanya boleh disimpan di content/${DOCUMENT_DIR}/<id-opd>/.` };
  return { abs };
}

/** Names of PDF dictionary keys and action types that make a document active rather than a document. */
const ACTIVE_KEYS: Record<string, string> = {
  JavaScript: 'JavaScript',
  JS: 'JavaScript',
  Launch: 'perintah menjalankan program (Launch)',
  EmbeddedFiles: 'berkas yang disisipkan',
  EmbeddedFile: 'berkas yang disisipkan',
  AcroForm: 'formulir isian',
  XFA: 'formulir XFA',
  RichMedia: 'media interaktif (RichMedia)',
};

/** What active content a parsed PDF holds (empty when none), read from every object, object streams included. */
function activePdfContent(doc: PDFDocument): string[] {
  const found = new Set<string>();
  const nameOf = (n: unknown) => (n instanceof PDFName ? n.decodeText() : undefined);
  const inspect = (dict: PDFDict) => {
    for (const [key, value] of dict.entries()) {
      const k = key.decodeText();
      if (ACTIVE_KEYS[k]) found.add(ACTIVE_KEYS[k]!);
      if (k === 'S' || k === 'Type' || k === 'Subtype') {
        const v = nameOf(value);
        if (v && ACTIVE_KEYS[v]) found.add(ACTIVE_KEYS[v]!);
      }
      if (value instanceof PDFDict) inspect(value);
      if (value instanceof PDFArray) for (const item of value.asArray()) if (item instanceof PDFDict) inspect(item);
    }
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict) inspect(obj);
    else if (obj instanceof PDFStream || obj instanceof PDFRawStream) inspect(obj.dict);
  }
  return [...found];
}

/** Raw bytes naming active content (outside object streams): a second net under the parser. */
function activePdfBytes(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const found = new Set<string>();
  for (const [key, label] of Object.entries(ACTIVE_KEYS)) if (new RegExp(`/${key}(?![A-Za-z])`).test(text)) found.add(label);
  if (/\/Encrypt(?![A-Za-z])/.test(text)) found.add('enkripsi (berkas terkunci)');
  return [...found];
}

/**
 * The EXIF block of a WebP file (its "EXIF" RIFF chunk), which exifr does not read from WebP
 * itself; a TIFF-structured buffer exifr reads.
 */
function webpExif(bytes: Uint8Array): Uint8Array | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= view.length; ) {
    const id = view.toString('latin1', at, at + 4);
    const size = view.readUInt32LE(at + 4);
    if (id === 'EXIF') {
      const chunk = view.subarray(at + 8, Math.min(view.length, at + 8 + size));
      // Some writers keep the JPEG-style "Exif\0\0" prefix inside the chunk.
      return chunk.toString('latin1', 0, 6) === 'Exif\0\0' ? chunk.subarray(6) : chunk;
    }
    at += 8 + size + (size % 2);
  }
  return undefined;
}

/** Whether an image records where it was taken. */
async function hasGps(bytes: Uint8Array, mime: string): Promise<boolean> {
  const exif = mime === 'image/webp' ? webpExif(bytes) : bytes;
  if (!exif) return false;
  try {
    const gps = await exifr.gps(exif);
    return !!gps && typeof gps.latitude === 'number' && !Number.isNaN(gps.latitude);
  } catch {
    return false;
  }
}

/** Problems of one document; none when it is acceptable. */
export async function checkDocument(contentDir: string, ref: DocumentRef, maxMB = DEFAULT_DOCUMENT_MAX_MB): Promise<Problem[]> {
  const problem = (message: string, field = ref.field): Problem[] => [{ file: ref.file, line: ref.line, field, severity: 'error', message }];
  const where = documentLocation(contentDir, ref.path);
  if ('problem' in where) return problem(where.problem);
  let stat;
  try {
    stat = lstatSync(where.abs);
  } catch {
    return problem(`bernilai "${ref.path}", tetapi berkas content/${ref.path} tidak ada. Unggah berkasnya ke folder itu atau perbaiki namanya (huruf besar-kecil berpengaruh).`);
  }
  if (stat.isSymbolicLink() || !stat.isFile()) return problem(`bernilai "${ref.path}", tetapi itu bukan berkas biasa (tautan simbolik atau folder); unggah berkasnya sendiri.`);
  const real = realpathSync(where.abs);
  if (!real.startsWith(realpathSync(resolve(contentDir, DOCUMENT_DIR)) + sep)) return problem(`bernilai "${ref.path}", tetapi berkasnya menunjuk ke luar content/${DOCUMENT_DIR}/.`);
  const maxBytes = maxMB * 1024 * 1024;
  if (stat.size > maxBytes) {
    const mb = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(stat.size / 1024 / 1024);
    return problem(`berkas "${ref.path}" berukuran ${mb} MB, melebihi batas ${maxMB} MB (documentMaxMB di content/site.yaml). Perkecil berkasnya (mis. pindai ulang 150 dpi, atau simpan hanya halaman yang dikutip).`);
  }
  if (stat.size === 0) return problem(`berkas "${ref.path}" kosong (0 bita); unggah ulang berkasnya.`);
  const bytes = readFileSync(where.abs);
  const expected = TYPES[extname(ref.path).toLowerCase()];
  const detected = await fileTypeFromBuffer(bytes);
  const accepted = Object.values(TYPES).find((t) => t.mime === detected?.mime);
  if (!accepted) {
    return problem(
      `berkas "${ref.path}" isinya bukan PDF, PNG, JPEG atau WebP (${detected ? `terbaca sebagai ${detected.mime}` : 'jenisnya tidak dikenali'}), walau namanya berakhiran ${extname(ref.path)}. Hanya dokumen PDF dan gambar yang diterima; berkas program atau dokumen lain yang diganti namanya ditolak.`,
    );
  }
  if (!expected || expected.mime !== accepted.mime) {
    return problem(`berkas "${ref.path}" isinya ${accepted.label}, tetapi akhiran namanya ${extname(ref.path)}. Ganti akhiran nama berkas sesuai isinya (mis. .${detected!.ext}).`);
  }
  const found: Problem[] = [];
  if (accepted.mime === 'application/pdf') {
    let doc: PDFDocument | undefined;
    try {
      doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    } catch {
      found.push(...problem(`berkas "${ref.path}" tidak dapat dibaca sebagai PDF (rusak atau tidak lengkap). Simpan ulang dari aplikasi asalnya ("Simpan sebagai PDF" atau cetak ke PDF) lalu unggah lagi.`));
    }
    const active = [...new Set([...(doc ? activePdfContent(doc) : []), ...activePdfBytes(bytes)])];
    if (doc?.isEncrypted && !active.includes('enkripsi (berkas terkunci)')) active.push('enkripsi (berkas terkunci)');
    if (active.length) {
      found.push(
        ...problem(
          `berkas "${ref.path}" memuat ${active.join(', ')}. Dokumen yang diterbitkan harus PDF biasa tanpa isi aktif: cetak ulang ke PDF ("Microsoft Print to PDF" / "Simpan sebagai PDF") dari dokumen yang sudah ditandatangani, lalu unggah hasilnya.`,
        ),
      );
    }
  } else {
    if (await hasGps(bytes, accepted.mime)) {
      found.push(
        ...problem(`gambar "${ref.path}" menyimpan lokasi GPS tempat foto diambil. Hapus data lokasinya (mis. kirim ulang lewat aplikasi yang membuang metadata, atau tangkapan layar), lalu unggah lagi.`),
      );
    }
  }
  const actual = sha256Of(bytes);
  const shaField = ref.field.replace(/file$/, 'sha256');
  if (ref.sha256 && ref.sha256 !== actual) {
    found.push(
      ...problem(
        `tidak cocok dengan berkas "${ref.path}" (sidik berkas sekarang ${actual.slice(0, 12)}…, tercatat ${ref.sha256.slice(0, 12)}…): berkasnya diganti sesudah dikutip. Bila penggantian itu disengaja, periksa bahwa kutipan dan nomor halaman masih cocok, lalu jalankan "npm run validate -- --isi-sidik" untuk mencatat sidik baru.`,
        shaField,
      ),
    );
  }
  return found;
}

/** Every document a list of sources cites, with the field path of each `file`. */
export function documentRefs(file: string, sources: readonly { file?: string | undefined; sha256?: string | undefined }[], prefix = 'sources'): DocumentRef[] {
  return sources.flatMap((s, i) => (s.file ? [{ file, field: `${prefix}.${i}.file`, path: s.file, ...(s.sha256 ? { sha256: s.sha256 } : {}) }] : []));
}

/** Checks documents one after another (each PDF is parsed in full; thousands at once would fill memory). */
export async function documentProblems(contentDir: string, refs: readonly DocumentRef[], maxMB?: number): Promise<Problem[]> {
  const out: Problem[] = [];
  // One file cited by several entries is read once; each citing file still gets its own message.
  const seen = new Map<string, { ref: DocumentRef; problems: Problem[] }>();
  const prefixOf = (r: DocumentRef) => r.field.replace(/file$/, '');
  for (const ref of refs) {
    const key = `${ref.path}\0${ref.sha256 ?? ''}`;
    let done = seen.get(key);
    if (!done) {
      done = { ref, problems: await checkDocument(contentDir, ref, maxMB) };
      seen.set(key, done);
    }
    const first = done.ref;
    out.push(...done.problems.map((p) => ({ ...p, file: ref.file, line: ref.line, field: prefixOf(ref) + p.field.slice(prefixOf(first).length) })));
  }
  return out;
}
