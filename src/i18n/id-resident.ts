/** Indonesian UI strings for what residents act on: honest status, dated how-to-use facts, whom to ask, maps, sharing. */
export const residentUi = {
  /** A "berjalan" status last confirmed longer ago than staleAfterDays (cards, entry, OPD, statistics, open data). */
  runningPerSource: (month: string) => `Berjalan menurut sumber ${month}; belum dipastikan lagi`,
  /** The date of the how-to-use facts, at the top of "Cara memakai". */
  factsAsOf: (month: string) => `Informasi ini dari ${month}.`,
  /** The same, when older than staleAfterDays, followed by whom to ask. */
  factsOld: (month: string) => `Informasi ini dari ${month} dan mungkin sudah berubah — pastikan ke`,
  /** Whom to ask when neither the entry nor its OPD has a contact: the pemda's channel. */
  askSite: (opd: string, government: string) =>
    `Sumber yang ada belum menjelaskan cara memakainya, dan kontak ${opd} belum tercatat. Tanyakan kepada ${government}:`,
  /** An OPD page without a contact of its own. */
  opdNoContact: (government: string) => `Kontak unit ini belum tercatat. Untuk bertanya, hubungi ${government}:`,
  /** Map links beside an address. */
  map: 'Buka peta:',
  mapOsm: 'OpenStreetMap',
  mapGoogle: 'Google Maps',
  /** Sharing an entry or OPD page. */
  shareWhatsapp: 'Bagikan lewat WhatsApp',
  shareNative: 'Bagikan…',
  /** The footer line when the site has a general contact. */
  footerContact: 'Untuk bertanya atau melapor:',
  contactSource: 'Sumber kontak',
  /** Under how-to-use facts: whom to ask. */
  askLine: 'Untuk bertanya:',
} as const;
