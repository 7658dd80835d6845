/**
 * English strings of the open-data page, the feeds and the social metadata, and the field
 * dictionary: one description per schema field. Mirrors id-data.ts key for key. The data files
 * themselves are the same for both editions, so column names, file names and the Indonesian
 * values written into the files (labels, narrative headings) are quoted as they appear there.
 */

export const dataUi = {
  nav: 'Data',
  title: 'Open data',
  description: (region: string) =>
    `Download the whole catalogue of public-service innovations of ${region} as JSON and CSV (in the format of the Indonesian regional innovation form), with a data dictionary, licence and citation guidance.`,
  intro: (n: number, opds: number) =>
    `Everything in this catalogue can be downloaded and reused: ${n} ${n === 1 ? 'innovation' : 'innovations'} and ${opds} regional ${opds === 1 ? 'agency' : 'agencies'} (OPD). The files are rebuilt every time the site is built, from the same sources as its pages.`,
  built: 'Date the data was generated',
  schemaVersion: 'Schema version',
  files: 'Files',
  fileCol: 'File',
  formatCol: 'Format',
  contentCol: 'Contents',
  rowsCol: 'Count',
  fileInnovationsJson:
    'Every innovation with all of its frontmatter fields, the agency (OPD) that owns it (id, name, abbreviation), collaborating agencies, the page address, and its narrative as plain text.',
  fileInnovationsCsv:
    'One row per innovation, with column names as in the national regional innovation form. UTF-8 with BOM, comma-separated, every cell quoted (RFC 4180) — it opens directly in spreadsheet software.',
  fileOpdJson:
    'The registry of regional agencies (OPD) with the number of innovations each runs and joins as a collaborator, including units that have no innovations yet.',
  fileFeed: 'RSS feed of new and updated innovations, by launch or update date.',
  fileOpdFeed: 'RSS feed per regional agency: replace <id> with the OPD id, e.g.',
  fileSitemap: 'Sitemap for search engines.',
  rows: (n: number, what: string) => `${n} ${what}`,
  innovationsUnit: 'innovations',
  opdUnit: 'agencies (OPD)',
  licence: 'Licence',
  licenceText: (name: string) =>
    `The data and text on this site are licensed under ${name}: they may be copied, adapted and used for any purpose, including commercially, provided the source is credited.`,
  licenceSources:
    'Every fact refers to its original source (news reports, official websites); the “sources” field and the “Sources” sections list them. Rights in the source articles remain with their publishers.',
  cite: 'How to cite',
  citeIntro: 'Example citation:',
  citeText: (government: string, year: string, name: string, region: string, date: string, url: string) =>
    `${government} (${year}). ${name}: public-service innovation data of ${region} [data set], version ${date}. ${url}`,
  dictionary: 'Data dictionary',
  dictionaryIntro:
    'The list of fields below is generated automatically from the schema that also checks every entry when the site is built, so it always matches the files. Unknown fields are null in JSON and empty in CSV — no value is guessed.',
  dictJsonMeta: 'inovasi.json and opd.json — file header',
  dictInnovation: 'inovasi.json — each innovation',
  dictNested: (name: string) => `Contents of the ${name} field`,
  dictCsv: 'inovasi.csv — columns',
  dictOpd: 'opd.json — each agency (OPD)',
  colField: 'Field',
  colType: 'Kind of value',
  colRequired: 'Required',
  colDescription: 'Description',
  colFrom: 'Taken from',
  yes: 'yes',
  no: 'no',
  derived: 'generated at build time',
  choicesSummary: (n: number) => `${n} ${n === 1 ? 'choice' : 'choices'}`,
  feeds: 'Feeds and discovery',
  feedsText: 'Every page lists its RSS feeds in its head section, so feed readers find them automatically.',
  types: {
    text: 'text',
    number: 'number',
    boolean: 'yes/no (true/false)',
    date: 'date (YYYY-MM-DD, YYYY-MM or YYYY)',
    url: 'https:// address',
    choice: 'choice',
    object: 'object',
    list: (inner: string) => `list of ${inner}`,
    or: ' or ',
  },
} as const;

export const feedUi = {
  title: (name: string, region: string) => `${name} ${region}: new and updated innovations`,
  opdTitle: (opd: string, name: string) => `${opd} — ${name}`,
  description: (region: string) => `Public-service innovations of ${region} that have recently been launched or updated.`,
  opdDescription: (opd: string) => `Innovations run or joined by ${opd}.`,
  launched: 'Launched',
  updated: 'Updated',
  link: 'RSS feed',
  opdLink: (opd: string) => `RSS feed of ${opd}`,
} as const;

export const socialUi = {
  imageAlt: (name: string, region: string) => `${name} — a public-service innovation of ${region}`,
} as const;

/** JSON file header keys (inovasi.json and opd.json). */
export const metaFieldDescriptions = {
  schemaVersion:
    'Version of the file layout (semver): the first number goes up when a field is removed or renamed, the second when a field is added.',
  generated: 'Time the file was generated (ISO 8601, UTC).',
  licence: 'Licence of the data: name and url.',
  publisher: 'The local government that publishes the data.',
  documentation: 'Address of this page (the data dictionary).',
  count: 'Number of rows in the file.',
  innovations: 'List of innovations (inovasi.json).',
  opds: 'List of regional agencies (opd.json).',
} as const;

/** Keys inovasi.json adds to each innovation (see INNOVATION_EXTRA_FIELDS in src/lib/export.ts). */
export const innovationExtraDescriptions = {
  id: 'Innovation id = the file name in content/innovations/ and the last part of its page address.',
  url: 'Full address of the innovation page.',
  owner: 'The owning agency, from the OPD registry: id, name (official name), abbreviation (or null).',
  collaboratorOpds: 'Collaborating agencies, from the OPD registry: id, name, abbreviation.',
  narrative:
    'The narrative of the entry as plain text: a list of sections { heading, text } (“Latar belakang” = background, “Solusi” = solution, “Manfaat” = benefits, “Catatan sumber” = notes on sources).',
} as const;

/** Keys opd.json adds to each OPD (see OPD_EXTRA_FIELDS in src/lib/export.ts). */
export const opdExtraDescriptions = {
  id: 'Agency id = the file name in content/opd/; used by the “opd” and “collaborators” fields of innovations.',
  url: 'Full address of the agency page.',
  feed: 'Address of the RSS feed of this agency’s innovations.',
  innovationCount: 'Number of innovations this agency runs (as owner).',
  collaborationCount: 'Number of innovations this agency joins as a collaborator.',
} as const;

/** Where each column of inovasi.csv comes from (keys = CSV_COLUMNS in src/lib/export.ts). */
export const csvColumnSources = {
  'Nama Inovasi': 'The “title” field.',
  'Nama OPD': 'Official name of the owning agency (“opd”), from the OPD registry.',
  'Tahapan Inovasi': 'The “tahapan” field (stage), as its label (Inisiatif, Uji coba, Penerapan = initiative, trial, implementation).',
  Inisiator: 'The “inisiator” field (label) and “inisiatorName”, separated by “—”; empty when the source does not name one.',
  'Jenis Inovasi': 'The “jenis” field (type), as its label.',
  'Bentuk Inovasi': 'The “bentuk” field (form), as its label.',
  'Urusan Pemerintahan': 'The “urusan” field (government affair), as its label.',
  'Waktu Uji Coba': 'The “trial” field (YYYY-MM-DD, YYYY-MM or YYYY); empty when not known.',
  'Waktu Penerapan': 'The “launched” field (launch date); empty when not known.',
  'Rancang Bangun':
    'Narrative of the entry: the “Latar belakang” (background) and “Solusi” (solution) sections as plain text, each preceded by its section heading.',
  Tujuan:
    'Narrative of the entry: the “Tujuan” (objectives) section, if there is one. Entries do not currently state objectives separately, so this column is empty — objectives are not inferred from other sections.',
  Manfaat: 'Narrative of the entry: the “Manfaat” (benefits) section as plain text.',
  'Hasil/Output':
    'Entries of the “metrics” field of type output that have a measured value: name of the measure, value, unit, and the date and publisher of the source; one measure per line. Empty when there are no figures yet.',
  Outcome: 'Entries of the “metrics” field of type outcome that have a measured value, in the same format. Empty when there are no figures yet.',
  Sumber: 'The “sources” field: publisher — title (publication date) — address; one source per line.',
  URL: 'Full address of the innovation page on this site.',
  Status:
    'The “status” field, as a label; a “berjalan” last confirmed (“lastVerified”) longer ago than staleAfterDays in site.yaml says, in Indonesian, that it is running according to a source of that month and year and has not been confirmed since.',
} as const;
