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
