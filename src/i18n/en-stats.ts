/** English UI strings of the statistics (statistics page, OPD numbers, metric charts). Mirrors id-stats.ts. */
import { formatNumber, formatPartialDate } from '../lib/format.ts';

const LOCALE = 'en-GB';

/** A number for readers in en-GB: 12000 → "12,000". */
const n = (value: number) => formatNumber(value, LOCALE);

/** "5 of 24 innovations" — the shape most headline sentences use. */
const ofTotal = (count: number, total: number, what = 'innovations') => `${n(count)} of ${n(total)} ${what}`;

/** "1 innovation", "2 innovations". */
const innov = (count: number) => `${n(count)} ${count === 1 ? 'innovation' : 'innovations'}`;

/** "2019", "2019 and 2020", "2018, 2019 and 2020". */
const list = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));

export const statsUi = {
  nav: 'Statistics',
  title: 'Innovation statistics',
  description:
    'Public-service innovations by regional agency (OPD), stage, type and year, agency participation, and how many report measured outputs and outcomes — calculated automatically from the catalogue.',
  intro: (entries: number, built: string) =>
    `Every figure on this page is calculated automatically from the ${n(entries)} innovation entries published on this site, at the time the site was built (${built}). No figure is typed in by hand. Each chart comes with a table of the same figures and with CSV and JSON files to download.`,
  why: 'At the launch of the Laboratorium Inovasi in December 2020, the Deputy Mayor asked that no innovation be left without measured outputs and outcomes, and that every regional agency take part in innovation. This page shows how far that is documented for the public.',
  caveat: 'These figures count what is documented and sourced on this site, not every innovation of the city government. Innovations not yet recorded here are not counted.',
  toc: 'On this page',
  showTable: (rows: number) => `Table of figures (${rows} ${rows === 1 ? 'row' : 'rows'})`,
  summaryHeading: 'Summary',
  allData: 'All figures on this page in one JSON file',
  download: 'Download the data of this chart',
  csv: 'CSV',
  json: 'JSON',
  chartLabel: (title: string) => `Bar chart: ${title}. The same figures are in the table below it.`,
  legend: 'Key',
  total: 'Total',
  builtAt: 'Calculated on',
  summary: {
    entries: 'innovations recorded',
    participating: (registry: number) => `units take part in innovation, of ${n(registry)} units in the registry`,
    measured: 'innovations have a measured output or outcome value',
    outcome: 'innovations have a measured outcome value',
    running: 'innovations running according to their sources',
    claimed: (year: number) => `innovations announced at the ${year} launch of the Laboratorium Inovasi`,
  },
  col: {
    opd: 'Regional agency',
    opdType: 'Unit type',
    abbreviation: 'Abbreviation',
    owned: 'Innovations run',
    joined: 'Collaborations',
    units: 'Units in the registry',
    participating: 'Units with innovations',
    innovations: 'Innovations',
    count: 'Number of innovations',
    percent: 'Share of all innovations',
    year: 'Year',
    perYear: 'Launched that year',
    cumulative: 'Cumulative',
    active: 'Agencies with innovations that year',
    activeCumulative: 'Agencies with innovations up to that year',
    registryShare: 'Share of units in the registry',
    figure: 'Stated figure',
    figureKind: 'Kind of figure',
    stated: 'Agencies according to the source',
    documentedByYear: 'Agencies documented here up to that year',
    source: 'Source',
    sourceUrl: 'Source address',
    note: 'Note',
    sourceKind: 'Kind of source',
    provenanceGroup: 'Origin',
    sources: 'Sources',
    figures: 'Output/outcome figures',
    measure: 'Measure',
    records: 'Records',
    recognizedInnovations: 'Innovations',
    writtenAs: 'Written in the source as',
    claimed: 'Stated at the launch',
    comparable: (y: number) => `Documented here: launched up to ${y} or undated`,
    undated: 'of which undated',
    later: (y: number) => `Documented here: after ${y}`,
    missingAtLeast: 'Not yet documented (at least)',
    verification: 'Status verification',
  },
  rows: {
    participationNow: (registry: string) => `Now (including undated innovations), of ${registry} units`,
    undated: 'No launch year',
    unknownLan5d: 'Not yet recorded',
    others: 'Other agencies (not named at the launch)',
    claimTotal: (opd: number) => `Total of the ${n(opd)} agencies named`,
    coverage: {
      withOutputMetric: 'Has an output metric (measured or target only)',
      withOutputMeasured: 'Has a measured output value',
      withOutcomeMetric: 'Has an outcome metric (measured or target only)',
      withOutcomeMeasured: 'Has a measured outcome value',
      withMeasured: 'Has at least one measured value (not just a target)',
      withRecentMeasured: (days: number) => `Has a measured value no more than ${n(days)} days old`,
      targetOnly: 'Has metrics, but only a target or baseline so far',
      withoutMetrics: 'Has no metrics at all yet',
    } as Record<string, string | ((days: number) => string)>,
    freshness: {
      recent: (days: number) => `Confirmed within the last ${n(days)} days`,
      stale: (days: number) => `Confirmed more than ${n(days)} days ago`,
      never: 'Never confirmed',
    },
    recognition: {
      awards: 'Awards',
      adoptions: 'Adopted by other governments',
      visits: 'Study visits',
    },
    figure: (year: number, kind: string) => `${year} · ${kind === 'target' ? 'target' : 'actual'}`,
    provenanceGroup: { independen: 'independent', 'laporan-pemerintah': "the government's own report" } as Record<string, string>,
  },
  series: {
    owned: 'Innovations run',
    joined: 'Collaborations',
    units: 'Units in the registry',
    participating: 'Units with innovations',
    innovations: 'Innovations',
    count: 'Innovations',
    perYear: 'Launched that year',
    cumulative: 'Cumulative',
    active: 'Agencies with innovations that year',
    activeCumulative: 'Agencies with innovations up to that year',
    stated: 'Stated by the source',
    documented: 'Documented here',
    percent: 'Share of innovations',
    records: 'Records',
    recognizedInnovations: 'Innovations',
    sources: 'Sources',
    figures: 'Figures',
    claimed: 'Stated at the launch',
    documentedClaim: (y: number) => `Documented here (up to ${y} or undated)`,
  },
  titles: {
    opd: 'Innovations by regional agency',
    opdType: 'Innovations and participation by unit type',
    tahapan: 'Innovation stage',
    lan5d: 'Laboratorium Inovasi stage (LAN 5D)',
    jenis: 'Innovation type',
    bentuk: 'Innovation form',
    urusan: 'Government affairs',
    year: 'Launch year',
    status: 'Current status',
    participation: 'Participation of regional agencies by year',
    figures: 'Agency participation: stated figures and targets',
    coverage: 'Measurement of outputs and outcomes',
    freshness: 'How recently the status was verified',
    recognition: 'Awards and replication',
    provenance: "Where the facts come from: independent sources and the government's own reports",
    claim: (title: string) => `Claimed vs documented: ${title}`,
  },
  headline: {
    empty: 'No innovations have been recorded yet, so there are no figures.',
    opd: (name: string, count: number, total: number, active: number, registry: number, tie: number) =>
      `${tie > 1 ? `${name} and ${n(tie - 1)} other ${tie - 1 === 1 ? 'unit each run' : 'units each run'}` : `${name} runs`} ${ofTotal(count, total)}; ${ofTotal(active, registry, 'units')} in the registry have at least one recorded innovation.`,
    opdType: (label: string, count: number, total: number, participating: number, units: number) =>
      `Units of the type “${label}” run ${ofTotal(count, total)}; ${ofTotal(participating, units, 'units')} of that type take part in innovation.`,
    top: (label: string, count: number, total: number, pct: string) => `${label}: ${ofTotal(count, total)} (${pct}).`,
    tahapan: (count: number, total: number, pct: string) =>
      `${ofTotal(count, total)} (${pct}) have reached the implementation stage${count < total ? '; the rest are still at the initiative or trial stage' : ''}.`,
    lan5dUnknown: (count: number, total: number) => `The stage in the LAN Laboratorium Inovasi cycle has not yet been recorded for ${ofTotal(count, total)}.`,
    jenis: (count: number, total: number, pct: string) => `${ofTotal(count, total)} (${pct}) are digital.`,
    urusan: (label: string, count: number, total: number, kinds: number) =>
      `The most common government affair is ${label.toLowerCase()} (${ofTotal(count, total)}); in all, innovations span ${n(kinds)} ${kinds === 1 ? 'government affair' : 'government affairs'}.`,
    year: (first: number, peaks: number[], peakCount: number, undated: number, total: number) =>
      `The earliest recorded innovation was launched in ${first}; the most were launched in ${list(peaks.map(String))} (${peaks.length > 1 ? `${innov(peakCount)} each` : innov(peakCount)}).${undated ? ` ${ofTotal(undated, total)} have no launch year in their sources yet.` : ''}`,
    yearNone: (total: number) => `None of the ${n(total)} innovations has a launch year in its sources yet.`,
    status: (running: number, total: number, stopped: number, unknown: number) =>
      `${ofTotal(running, total)} are running according to their sources${stopped ? `; ${n(stopped)} discontinued` : ''}${unknown ? `; the status of the other ${innov(unknown)} is not known from recent sources` : ''}.`,
    participation: (now: number, registry: number, pct: string, undatedOnly: number) =>
      `Currently ${ofTotal(now, registry, 'units')} in the registry (${pct}) have at least one recorded innovation${undatedOnly ? `; ${n(undatedOnly)} of them have only undated innovations and so do not appear in any year` : ''}.`,
    figures: (target: number, year: number, documented: number) =>
      `The target was ${n(target)} agencies in ${year}; so far ${n(documented)} ${documented === 1 ? 'agency is' : 'agencies are'} documented here with innovations launched up to ${year}.`,
    figuresNoTarget: (count: number) =>
      `${n(count)} participation ${count === 1 ? 'figure is' : 'figures are'} stated by sources; each is shown next to what is documented here.`,
    coverage: (measured: number, outcome: number, total: number) =>
      `${measured < total ? 'Only ' : ''}${ofTotal(measured, total)} have a measured output or outcome value; ${outcome ? `${n(outcome)} of them ${outcome === 1 ? 'has' : 'have'}` : 'none yet has'} an outcome value — a change experienced by residents.`,
    freshness: (recent: number, total: number, days: number, never: number, newest?: string) =>
      `The status of ${ofTotal(recent, total)} was confirmed within the last ${n(days)} days; ${n(never)} ${never === 1 ? 'has' : 'have'} never been confirmed${newest ? `. The most recent verification is dated ${formatPartialDate(newest, LOCALE)}` : ''}.`,
    recognition: (awarded: number, awards: number, adopted: number, visited: number, total: number) =>
      `${ofTotal(awarded, total)} record an award (${n(awards)} ${awards === 1 ? 'award' : 'awards'}); ${n(adopted)} ${adopted === 1 ? 'has' : 'have'} been adopted by other governments and ${n(visited)} ${visited === 1 ? 'has' : 'have'} received study visits.`,
    provenance: (independent: number, office: number, total: number) =>
      `${ofTotal(independent, total, 'output and outcome figures')} come from independent sources (news); ${n(office)} are reported by the government office itself (official website, document or letter).`,
    provenanceNone: 'There are no output or outcome figures yet, so there is no origin to count.',
    claim: (claimed: number, opd: number, year: number, documented: number, missing: number) =>
      `The ${year} launch announced ${innov(claimed)} from ${n(opd)} ${opd === 1 ? 'agency' : 'agencies'} without naming them. For those agencies, this site documents ${innov(documented)} launched up to ${year} or undated — at least ${innov(missing)} announced cannot yet be seen by the public here.`,
  },
  notes: {
    percentOfAll: 'Percentages are calculated from all recorded innovations.',
    opd: 'Each innovation is counted once, under the agency that owns it. Collaborations are counted separately and not added up, because one innovation can have several collaborators.',
    footnotes: 'Row notes',
    provenance: "News reports are independent sources. Official websites, documents uploaded by an office (reports, Regional Innovation Index evidence, decrees) and official letters are the government's report on its own work: useful, but not an outside check. Figures are counted per value (baseline, target, measured value).",
    year: 'Launch year; if there is none, the trial year; if there is none either, the year work on it began.',
    participation: 'A unit counts as taking part if it has an innovation recorded here. Undated innovations do not count towards any year.',
    figures:
      'Stated figures are taken from content/site.yaml together with their sources; the “documented” column counts the agencies owning innovations launched up to that year.',
    coverage: (days: number) =>
      `Measured value = a figure reported by a source, not a baseline or target. “No more than ${n(days)} days old” is measured from the start of the value’s date (a year alone = 1 January) to the date the site was built. These rows are not mutually exclusive, so they do not add up to 100%.`,
    freshness:
      'The verification date is the “last confirmed” field of each entry. The three rows are mutually exclusive and add up to all innovations.',
    recognition: 'One innovation can record several awards or replications.',
    claim: (year: number) =>
      `The names of the announced innovations were never published, so it cannot be confirmed which innovations were included. Undated innovations are included in the comparison because they may have been among them. “Not yet documented (at least)” = the number stated minus that agency’s innovations here launched up to ${year} or undated (never less than zero). The total row only adds up the agencies named at the launch. Agency names are written as in the source; links lead to the same agency under its current name.`,
  },
  claimDetails: {
    heading: 'About this claim',
    date: 'Date of the event',
    place: 'Place',
    statements: 'Other figures stated',
    sources: 'Sources of the claim',
    kind: { realisasi: 'reported', target: 'target' } as Record<string, string>,
    due: 'for',
    stated: (innovations?: number, opd?: number) =>
      [innovations !== undefined && innov(innovations), opd !== undefined && `${n(opd)} ${opd === 1 ? 'agency' : 'agencies'}`]
        .filter(Boolean)
        .join(' from '),
  },
  opd: {
    heading: 'Figures',
    owned: 'innovations run',
    joined: 'innovations joined as a collaborator',
    running: 'confirmed as still running',
    runningUnconfirmed: 'running according to an old source; not confirmed since',
    penerapan: 'at the implementation stage',
    measured: 'have a measured output or outcome value',
    outcome: 'have a measured outcome value',
    verifiedRecent: (days: number) => `status confirmed within the last ${n(days)} days`,
    verifiedNever: 'status never confirmed',
    awards: 'awards recorded',
    figuresIndependent: 'output/outcome figures from independent sources',
    figuresOffice: 'figures reported by the government office itself',
    claim: (claimed: number, year: number, writtenAs: string, owned: number) =>
      `At the ${year} launch of the Laboratorium Inovasi, this unit (written as “${writtenAs}”) was said to run ${innov(claimed)}; this site records ${innov(owned)} of its own from all years.`,
    compare: 'See the comparison',
    more: 'Compare with all regional agencies on the Statistics page',
  },
  metric: {
    chartLabel: (name: string) => `Bar chart of the history of “${name}”: baseline, target and measured values. The same figures are in the table.`,
    legendBaseline: 'Baseline (dotted)',
    legendTarget: 'Target (hatched)',
    legendMeasured: 'Measured (solid)',
  },
};

export type StatsUi = typeof statsUi;
