/** English UI strings of the search (header box, search page, links into the search). Mirrors id-search.ts. */
export const searchUi = {
  /** Main-menu link to the search page. */
  nav: 'Search & filter',
  /** Header search box. */
  header: {
    menu: 'Menu',
    label: 'Search innovations',
    placeholder: 'Search: ID card, business licence, Dukcapil…',
    submit: 'Search',
    loading: 'Loading search…',
    none: (q: string) => `No results for “${q}”.`,
    /** No page holds every word typed: the pages holding the most of them follow. */
    partial: 'Nothing contains every word; these are the closest.',
    count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    all: (q: string) => `See all results for “${q}”`,
    failed: 'The search could not be loaded. Press Enter to open the search page.',
  },
  /** The search page. */
  page: {
    title: 'Search innovations',
    intro: 'Search by what you need (“ID card”, “business licence”, “waste”) or by the name of a regional agency (OPD), then filter the results.',
    placeholder: 'Type a search term, e.g. KTP or Dukcapil',
    filters: 'Filter',
    filtersToggle: (active: number) => (active > 0 ? `Filter results (${active} active)` : 'Filter results'),
    noResults: (q: string) => `No results for “${q}”.`,
    partial: 'Nothing contains every word; these are the closest.',
    suggest: 'Did you mean:',
    noSuggestion: 'Try a more general word, such as the name of a service or an agency.',
    browseAll: 'See all innovations',
    filtersEmpty: 'Nothing to filter yet. Pick a suggestion, or see all innovations and filter them.',
    results: 'Results',
    active: 'Active filters:',
    remove: (label: string) => `Remove filter ${label}`,
    reset: 'Clear all filters',
    noScript: 'This search needs JavaScript, which is turned off in your browser.',
    browse: 'You can still browse everything on the site through these lists:',
    browseInnovations: 'All innovations',
    browseOpds: 'All regional agencies',
    unknownValue: 'not in the list',
    more: (next: number) => `Show the next ${next} results`,
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} results.`,
  },
  /** Names of the filter groups. */
  groups: {
    halaman: 'Page type',
    opd: 'Regional agency',
    tahun: 'Year',
    tahapan: 'Stage',
    jenis: 'Type',
    bentuk: 'Form',
    urusan: 'Government affair',
    status: 'Status',
    keperluan: 'Need',
  },
  /** Result cards. */
  card: {
    opdPage: 'Regional agency',
    innovations: (n: number) => (n === 1 ? '1 innovation' : `${n} innovations`),
  },
  /** Links from entry and OPD pages into the search. */
  links: {
    /** title attribute of a linked filter value on an entry page. */
    valueTitle: (group: string, label: string) => `Find all innovations with ${group}: ${label}`,
    year: (year: number) => `all innovations from ${year}`,
    opd: (name: string) => `Search and filter the innovations of ${name}`,
    /** "also called" line next to an OPD name. */
    alsoCalled: 'also called',
  },
} as const;
