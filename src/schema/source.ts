/** Sources: every fact on the site points to one of these. */
import { z } from 'astro/zod';
import { SOURCE_KIND, type SourceKind } from './enums.ts';
import { choiceOf, httpsUrl, partialDate, slug, strict, text } from './fields.ts';

/** Written in `date` when the page does not show when it was published. */
export const UNKNOWN_DATE = 'tidak-diketahui';

/** Folder (inside content/) holding the documents offices upload; published at <base>dokumen/. */
export const DOCUMENT_DIR = 'dokumen';

/** File types a document may be, by extension; the file's content is checked separately (src/validation/documents.ts). */
export const DOCUMENT_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'webp'] as const;

const DOCUMENT_PATH = new RegExp(`^${DOCUMENT_DIR}/[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9](?:[a-z0-9_-]|\\.(?!\\.))*\\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`);

/** The path of an uploaded document, relative to content/: dokumen/<opd>/<name>.pdf. */
export const documentPath = z.string().regex(DOCUMENT_PATH, {
  error: (iss) =>
    `bernilai "${String(iss.input)}"; seharusnya berkas di folder content/${DOCUMENT_DIR}/<id-opd>/, ditulis tanpa "content/", mis. ${DOCUMENT_DIR}/disdukcapil/laporan-kinerja-2025.pdf (huruf kecil, angka dan tanda hubung; PDF, PNG, JPEG atau WebP).`,
});

/** Kinds whose `url` is required: pages anyone can open. */
const WEB_KINDS: readonly SourceKind[] = ['berita', 'situs-resmi'];
/** Kinds that are the office's own word about its work (not independent of it). */
export const OFFICE_KINDS: readonly SourceKind[] = ['situs-resmi', 'dokumen', 'pernyataan'];

export const sourceSchema = strict({
  /** berita = halaman media; situs-resmi = halaman web pemerintah; dokumen = berkas PDF/gambar dari OPD yang diunggah; pernyataan = surat resmi bertanggal. */
  kind: choiceOf(SOURCE_KIND).default('berita'),
  /** Kode pendek untuk merujuk sumber ini, mis. "tempo-2020-11-03". */
  id: slug,
  /** Judul halaman, dokumen atau perihal surat, seperti tertulis. */
  title: text,
  /** Alamat lengkap https:// halaman itu (wajib untuk berita dan situs-resmi). */
  url: httpsUrl.optional(),
  /** Penerbit: situs berita, atau instansi yang mengeluarkan dokumen atau surat. */
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
  /** Nomor dokumen atau surat, bila ada (wajib untuk pernyataan), mis. "400.10/123-Disdukcapil". */
  number: text.optional(),
  /** Jabatan penanda tangan surat atau dokumen, bila diketahui, mis. "Kepala Dinas". */
  signatory: text.optional(),
  /** Berkas dokumen atau pindaian surat di content/dokumen/<id-opd>/ (wajib untuk dokumen). */
  file: documentPath.optional(),
  /** Sidik SHA-256 berkas itu; ditulis oleh editor web, npm run new dan impor — jangan diketik tangan. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'seharusnya 64 huruf/angka heksadesimal (sidik SHA-256 berkas); biarkan editor web atau "npm run validate -- --isi-sidik" mengisinya.' }).optional(),
}).superRefine((source, ctx) => {
  const issue = (path: string, message: string) => ctx.issues.push({ code: 'custom', path: [path], input: source[path as keyof typeof source], message });
  const kind = source.kind;
  if (WEB_KINDS.includes(kind) && !source.url) {
    issue('url', `wajib diisi untuk sumber "${kind}": alamat lengkap https:// halaman itu. Bila sumbernya dokumen atau surat dari OPD, ubah "kind" menjadi "dokumen" atau "pernyataan".`);
  }
  if (WEB_KINDS.includes(kind)) {
    for (const field of ['file', 'sha256', 'number', 'signatory'] as const) {
      if (source[field] !== undefined) issue(field, `hanya untuk sumber "dokumen" atau "pernyataan"; sumber ini "${kind}". Ubah "kind", atau hapus "${field}".`);
    }
  }
  if (kind === 'dokumen' && !source.file) {
    issue('file', `wajib diisi untuk sumber "dokumen": unggah berkasnya ke content/${DOCUMENT_DIR}/<id-opd>/ lalu tulis path-nya, mis. ${DOCUMENT_DIR}/bappelitbangda/lkjip-2025.pdf.`);
  }
  if (kind === 'pernyataan') {
    if (!source.number) issue('number', 'wajib diisi untuk "pernyataan": nomor surat seperti tertulis di surat itu.');
    if (source.date === UNKNOWN_DATE) issue('date', 'wajib tanggal surat yang sebenarnya untuk "pernyataan" (mis. 2026-01-15), bukan "tidak-diketahui".');
  }
  if (source.file && !source.sha256) {
    issue('sha256', `wajib diisi bila ada "file": sidik berkas itu. Di editor web: unggah lagi berkasnya dari komputer (pilih atau seret ke kotak berkas), sidiknya tercatat sendiri. Di komputer: jalankan "npm run validate -- --isi-sidik".`);
  }
  if (!source.file && source.sha256) issue('sha256', 'hanya berarti bila ada "file"; hapus "sha256" atau isi "file".');
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
