/**
 * The home page as a service entry point: the needs residents come with, in their words,
 * each kept only when the catalogue has an innovation for it; then featured and newest
 * innovations, with no innovation shown twice. Pure — tests feed it plain records.
 */
import type { InnovationRecord } from './catalog.ts';
import { compareNewest } from './catalog.ts';

/** A need and how to recognise an innovation that serves it: its urusan, or a tag (whole word, any case). */
export interface NeedRule {
  key: string;
  urusan: readonly string[];
  tags: readonly string[];
}

/** Needs in the order residents most often come with them (labels and search words: i18n home.needLabels/needQueries). */
export const NEEDS: readonly NeedRule[] = [
  { key: 'adminduk', urusan: ['administrasi-kependudukan'], tags: ['ktp', 'e-ktp', 'kk', 'kartu keluarga', 'akta', 'kia', 'kartu identitas anak'] },
  { key: 'izin', urusan: ['penanaman-modal'], tags: ['izin', 'perizinan', 'imb', 'pbg', 'nib'] },
  { key: 'kesehatan', urusan: ['kesehatan'], tags: ['kesehatan', 'puskesmas', 'posyandu', 'rumah sakit'] },
  { key: 'sampah', urusan: [], tags: ['sampah', 'bank sampah', 'pilah sampah'] },
  { key: 'pengaduan', urusan: ['ketenteraman-ketertiban-pelindungan'], tags: ['pengaduan', 'lapor', 'darurat', 'kebakaran'] },
  { key: 'sekolah', urusan: ['pendidikan', 'perpustakaan'], tags: ['sekolah', 'pendidikan', 'perpustakaan'] },
  { key: 'kerja', urusan: ['tenaga-kerja'], tags: ['pencari kerja', 'lowongan kerja', 'pelatihan kerja', 'loker'] },
  { key: 'pajak', urusan: [], tags: ['pajak daerah', 'pbb', 'tagihan pbb', 'pajak'] },
];

export interface Need {
  key: string;
  /** Innovations that serve it. */
  count: number;
}

/** The needs the catalogue can answer, in NEEDS order, with how many innovations serve each. */
export function serviceNeeds(items: readonly Pick<InnovationRecord, 'urusan' | 'tags'>[], rules: readonly NeedRule[] = NEEDS): Need[] {
  return rules
    .map((rule) => {
      const tags = new Set(rule.tags.map((t) => t.toLowerCase()));
      const count = items.filter((i) => rule.urusan.includes(i.urusan) || i.tags.some((t) => tags.has(t.toLowerCase()))).length;
      return { key: rule.key, count };
    })
    .filter((n) => n.count > 0);
}

/** Featured innovations (up to `size`), then the newest dated ones not already featured. */
export function homeLists(items: readonly InnovationRecord[], size = 6): { featured: InnovationRecord[]; recent: InnovationRecord[] } {
  const featured = items.filter((i) => i.featured).slice(0, size);
  const shown = new Set(featured.map((i) => i.id));
  const recent = items.filter((i) => i.year && !shown.has(i.id)).sort(compareNewest).slice(0, size);
  return { featured, recent };
}
