/**
 * The needs residents come with (the home page's tiles) and which innovations serve each: one
 * definition for the tile's number and for the "keperluan" search filter its link opens, so the
 * number is the count of results by construction. No imports: the search page's script uses it.
 */
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

/** The needs an innovation serves (keys of `rules`, in their order): its urusan, or one of its tags (whole, any case). */
export function needKeysOf(item: { urusan: string; tags?: readonly string[] }, rules: readonly NeedRule[] = NEEDS): string[] {
  const tags = (item.tags ?? []).map((t) => t.toLowerCase());
  return rules.filter((rule) => rule.urusan.includes(item.urusan) || rule.tags.some((t) => tags.includes(t.toLowerCase()))).map((rule) => rule.key);
}
