/** The smallest valid OPD file and site.yaml, for tests that build a content folder of their own. */
export const MINIMAL_OPD = `name: Dinas Contoh
abbreviation: Dinco
type: dinas
sources:
  - id: a
    title: Berita A
    url: https://contoh.co.id/a
    publisher: Contoh News
    date: 2020-10-02
`;

export const MINIMAL_SITE = `name: Etalase Inovasi
government: Pemerintah Kota Contoh
region: Kota Contoh
regionShort: Contoh
tagline: t
description: d
licence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }
`;

/** The required fields of an entry for the OPD above (frontmatter lines, without sources). */
export const MINIMAL_ENTRY_FIELDS = `title: Layanan Contoh
summary: Ringkas.
opd: dinas-contoh
tahapan: penerapan
jenis: digital
bentuk: pelayanan-publik
urusan: administrasi-kependudukan
status: tidak-diketahui
confidence: satu-sumber
`;
