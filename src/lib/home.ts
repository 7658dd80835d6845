/**
 * The home page as a service entry point: the needs residents come with, in their words,
 * each kept only when the catalogue has an innovation for it; then featured and newest
 * innovations, with no innovation shown twice. Pure — tests feed it plain records.
 */
import type { InnovationRecord } from './catalog.ts';
import { compareNewest } from './catalog.ts';

/**
 * A need, how to recognise an innovation that serves it (its urusan, or a tag: whole, any case),
 * and the words its search opens with in each edition (search terms, not UI text).
 */
export interface NeedRule {
  key: string;
  urusan: readonly string[];
  tags: readonly string[];
  query: { id: string; en: string };
}

/** Needs in the order residents most often come with them (labels: i18n home.needLabels). */
export const NEEDS: readonly NeedRule[] = [
  { key: 'adminduk', urusan: ['administrasi-kependudukan'], tags: ['ktp', 'e-ktp', 'kk', 'kartu keluarga', 'akta', 'kia', 'kartu identitas anak'], query: { id: 'KTP', en: 'KTP' } },
  { key: 'izin', urusan: ['penanaman-modal'], tags: ['izin', 'perizinan', 'imb', 'pbg', 'nib'], query: { id: 'izin', en: 'permit' } },
  { key: 'kesehatan', urusan: ['kesehatan'], tags: ['kesehatan', 'puskesmas', 'posyandu', 'rumah sakit'], query: { id: 'kesehatan', en: 'health' } },
  { key: 'sampah', urusan: [], tags: ['sampah', 'bank sampah', 'pilah sampah'], query: { id: 'sampah', en: 'waste' } },
  { key: 'pengaduan', urusan: ['ketenteraman-ketertiban-pelindungan'], tags: ['pengaduan', 'lapor', 'darurat', 'kebakaran'], query: { id: 'pengaduan', en: 'complaint' } },
  { key: 'sekolah', urusan: ['pendidikan', 'perpustakaan'], tags: ['sekolah', 'pendidikan', 'perpustakaan'], query: { id: 'sekolah', en: 'school' } },
  { key: 'kerja', urusan: ['tenaga-kerja'], tags: ['pencari kerja', 'lowongan kerja', 'pelatihan kerja', 'loker'], query: { id: 'kerja', en: 'job' } },
  { key: 'pajak', urusan: [], tags: ['pajak daerah', 'pbb', 'tagihan pbb', 'pajak'], query: { id: 'pajak', en: 'tax' } },
];

export interface Need {
  key: string;
  /** Innovations that serve it. */
  count: number;
  query: NeedRule['query'];
}

/** The needs the catalogue can answer, in NEEDS order, with how many innovations serve each. */
export function serviceNeeds(items: readonly Pick<InnovationRecord, 'urusan' | 'tags'>[], rules: readonly NeedRule[] = NEEDS): Need[] {
  return rules
    .map((rule) => {
      const tags = new Set(rule.tags.map((t) => t.toLowerCase()));
      const count = items.filter((i) => rule.urusan.includes(i.urusan) || i.tags.some((t) => tags.has(t.toLowerCase()))).length;
      return { key: rule.key, count, query: rule.query };
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
