/** Identity of the government running this showcase: content/site.yaml. Another pemda edits this file. */
import { z } from 'astro/zod';
import './messages.ts';
import { httpsUrl, strict, text } from './fields.ts';
import { sourceSchema } from './source.ts';

export const participationTargetSchema = strict({
  /** Tahun yang dimaksud angka itu. */
  year: z.number().int(),
  /** Jumlah OPD yang ikut (dilaporkan atau ditargetkan). */
  opd: z.number().int().nonnegative(),
  /** realisasi = angka yang dilaporkan; target = sasaran yang dinyatakan. */
  kind: z.enum(['realisasi', 'target']),
  /** `id` sumber di `sources`. */
  source: text,
  /** Apa yang dihitung angka itu, bila bisa disalahpahami. */
  note: text.optional(),
});

/** Forges the web editor can open review requests on (Sveltia CMS backends). */
export const EDITOR_BACKENDS = ['github', 'gitlab', 'gitea'] as const;

export const editorSchema = strict({
  /** Layanan Git tempat isi situs disimpan: github, gitlab (juga GitLab milik pemda) atau gitea (juga Forgejo). */
  backend: z.enum(EDITOR_BACKENDS).default('github'),
  /** Repositori isi, "pemilik/nama" (GitLab: "grup/proyek" atau "grup/subgrup/proyek"); kosong = diambil dari `repository` bila itu alamat GitHub. */
  repo: text.optional(),
  /** Alamat API layanan Git milik pemda sendiri, mis. https://git.contoh.go.id/api/v4 (GitLab) atau https://git.contoh.go.id/api/v1 (Gitea/Forgejo); kosong = gitlab.com atau gitea.com. */
  apiRoot: httpsUrl.optional(),
  /** Cabang tempat entri diterbitkan; permintaan tarik (pull request) dari editor web menuju cabang ini. */
  branch: text.default('main'),
  /** Alamat proxy OAuth yang dipasang pemda (sveltia-cms-auth), mis. https://sveltia-cms-auth.contoh.workers.dev; kosong = masuk dengan token akses pribadi. */
  authUrl: httpsUrl.optional(),
  /** ID aplikasi OAuth (GitLab dengan PKCE, Gitea/Forgejo); kosong = masuk dengan token akses pribadi. */
  appId: text.optional(),
  /** Siapa yang memeriksa permintaan tinjauan sebelum terbit, untuk penjelasan di editor, mis. "tim Bappelitbangda". */
  reviewer: text.optional(),
});

// --- Contact of the pemda (issue 24): the channel every page falls back to. ---
/** One sourced contact fact of the pemda. */
const sourcedContact = strict({
  /** Teksnya, seperti ditulis sumber (alamat, nomor telepon atau alamat surel). */
  text,
  /** `id` sumber di `sources` berkas ini. */
  source: text,
});

export const siteContactSchema = strict({
  /** Alamat kantor pemerintah daerah (balai kota), dengan sumbernya. */
  address: sourcedContact.optional(),
  /** Nomor telepon umum pemerintah daerah, dengan sumbernya; kosong bila belum ada sumber yang menyebutnya. */
  phone: sourcedContact.optional(),
  /** Alamat surel umum, dengan sumbernya. */
  email: strict({
    /** Alamat surel. */
    text: z.email({ error: 'seharusnya alamat surel, mis. humas@tangerangselatankota.go.id.' }),
    /** `id` sumber di `sources`. */
    source: text,
  }).optional(),
  /** Situs web resmi, dengan sumbernya. */
  website: strict({
    /** Alamat https:// situs itu. */
    url: httpsUrl,
    /** `id` sumber di `sources`. */
    source: text,
  }).optional(),
});
// --- end contact ---

export const siteSchema = strict({
  /** Nama situs. */
  name: text,
  /** Nama lengkap pemerintah daerah, mis. "Pemerintah Kota Tangerang Selatan". */
  government: text,
  /** Nama daerah, mis. "Kota Tangerang Selatan". */
  region: text,
  /** Nama singkat daerah, mis. "Tangsel". */
  regionShort: text,
  /** Satu baris di bawah nama situs. */
  tagline: text,
  /** Dua atau tiga kalimat tentang situs ini, untuk beranda dan mesin pencari. */
  description: text,
  /** Slogan dalam bahasa Inggris untuk edisi /en/ (terjemahan oleh penulis); kosong = slogan bahasa Indonesia ditampilkan. */
  taglineEn: text.optional(),
  /** Deskripsi dalam bahasa Inggris untuk edisi /en/; kosong = deskripsi bahasa Indonesia ditampilkan. */
  descriptionEn: text.optional(),
  /** Situs web resmi pemerintah daerah. */
  website: httpsUrl.optional(),
  /** Lisensi data dan teks. */
  licence: strict({ name: text, url: httpsUrl }),
  /** Repositori tempat entri disunting (untuk tautan "sunting halaman ini"). */
  repository: httpsUrl.optional(),
  /** Editor web /admin/: membuka permintaan tinjauan (pull/merge request) di repositori isi pada GitHub, GitLab atau Gitea/Forgejo. */
  editor: editorSchema.optional(),
  /**
   * Alamat "issue baru" repositori konten untuk tautan "Laporkan kesalahan / beri masukan" di setiap entri,
   * mis. https://github.com/pemkot/etalase-konten/issues/new (judul dan isi diisi otomatis). Kosong = tidak ditampilkan.
   */
  feedbackIssueUrl: httpsUrl.optional(),
  /** Alamat surel penerima koreksi dan masukan dari warga. Kosong = tidak ditampilkan. */
  feedbackEmail: z.email({ error: 'seharusnya alamat surel, mis. inovasi@tangerangselatankota.go.id.' }).optional(),
  /** Ukuran terbesar satu dokumen OPD yang diunggah (PDF atau gambar), dalam megabita. */
  documentMaxMB: z.number().positive().max(100).default(15),
  /**
   * Kontak umum pemerintah daerah (alamat, telepon, surel, situs web), masing-masing bersumber. Ditampilkan
   * di kaki halaman dan di halaman OPD atau entri yang belum punya kontak sendiri.
   */
  contact: siteContactSchema.optional(),
  /** Jumlah hari sebelum tanggal lastVerified dianggap perlu dipastikan ulang. */
  staleAfterDays: z.number().int().positive().default(365),
  /** Angka dan target partisipasi OPD (untuk statistik). */
  participation: z.array(participationTargetSchema).default([]),
  /** Sumber angka partisipasi. */
  sources: z.array(sourceSchema).default([]),
});

export type SiteData = z.output<typeof siteSchema>;
