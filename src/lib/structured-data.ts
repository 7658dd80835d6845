/**
 * schema.org descriptions (JSON-LD) of innovations, OPDs and the open dataset. Pure: callers
 * pass absolute URLs. Only facts from the content appear; absent values are left out.
 * JSON-LD is a data block (`<script type="application/ld+json">`), never executed, so it does
 * not need a script hash under a strict CSP; serializeJsonLd still escapes `<` so no text in it
 * can close the script element.
 */
import type { InnovationRecord, OpdRecord, OpdWithCount } from './catalog.ts';
import type { SiteData } from '../schema/site.ts';
import { BENTUK, JENIS, URUSAN, labelOf } from '../schema/enums.ts';
import { UNKNOWN_DATE, type Source } from '../schema/source.ts';

type Json = Record<string, unknown>;

/** JSON for a <script type="application/ld+json"> element: `<`, `>`, `&` and line separators escaped. */
export function serializeJsonLd(data: unknown): string {
  // One pass over the text instead of one per character.
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => JSON_LD_ESCAPES[c]!);
}
const JSON_LD_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** Drops undefined values and empty arrays, so the output states only what is known. */
function known(data: Json): Json {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));
}

function government(site: SiteData): Json {
  return known({ '@type': 'GovernmentOrganization', name: site.government, url: site.website });
}

function sourceWork(s: Source): Json {
  return known({
    '@type': 'CreativeWork',
    name: s.title,
    url: s.url,
    publisher: { '@type': 'Organization', name: s.publisher },
    author: s.author ? { '@type': 'Person', name: s.author } : undefined,
    datePublished: s.date === UNKNOWN_DATE ? undefined : s.date,
  });
}

export interface OpdLinks {
  /** Absolute URL of the OPD's page on this site. */
  page: string;
}

/** An OPD as a GovernmentOrganization, part of its parent unit or of the government. */
export function opdOrganization(opd: OpdRecord, links: OpdLinks, site: SiteData, parent?: { opd: OpdRecord; page: string }): Json {
  const names = [...new Set([opd.abbreviation, ...opd.aliases].filter((n): n is string => !!n && n !== opd.name))];
  return known({
    '@type': 'GovernmentOrganization',
    '@id': `${links.page}#organisasi`,
    name: opd.name,
    alternateName: names,
    url: opd.website ?? links.page,
    mainEntityOfPage: links.page,
    identifier: opd.regionCode ? { '@type': 'PropertyValue', propertyID: 'Kode wilayah Kemendagri', value: opd.regionCode } : undefined,
    parentOrganization: parent
      ? { '@type': 'GovernmentOrganization', '@id': `${parent.page}#organisasi`, name: parent.opd.name, url: parent.page }
      : government(site),
  });
}

/** JSON-LD document for an OPD page. */
export function opdJsonLd(opd: OpdWithCount | OpdRecord, links: OpdLinks, site: SiteData, parent?: { opd: OpdRecord; page: string }): Json {
  return { '@context': 'https://schema.org', ...opdOrganization(opd, links, site, parent) };
}

export interface InnovationLinks {
  /** Absolute URL of the innovation's page. */
  page: string;
  /** Absolute URL of an OPD's page. */
  opd: (id: string) => string;
}

/** An innovation as a GovernmentService provided by its OPD, with its sources as subjectOf. */
export function innovationJsonLd(item: InnovationRecord, links: InnovationLinks): Json {
  const org = (o: OpdRecord) =>
    known({ '@type': 'GovernmentOrganization', '@id': `${links.opd(o.id)}#organisasi`, name: o.name, alternateName: o.abbreviation, url: links.opd(o.id) });
  const online = item.howToUse?.online;
  const places = item.howToUse?.where ?? [];
  const channels = [
    ...(online ? [{ '@type': 'ServiceChannel', name: 'Layanan daring', serviceUrl: online }] : []),
    ...places.map((p) => ({ '@type': 'ServiceChannel', serviceLocation: { '@type': 'Place', name: p } })),
  ];
  return known({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${links.page}#layanan`,
    name: item.title,
    alternateName: item.aka,
    description: item.summary,
    url: links.page,
    mainEntityOfPage: links.page,
    serviceType: labelOf(URUSAN, item.urusan),
    category: [labelOf(BENTUK, item.bentuk), labelOf(JENIS, item.jenis)],
    provider: org(item.owner),
    serviceOperator: item.collaboratorOpds.length ? item.collaboratorOpds.map(org) : undefined,
    availableChannel: channels,
    award: item.awards.map((a) => [a.name, a.rank, a.by, a.date].filter(Boolean).join(' — ')),
    keywords: item.tags.length ? item.tags.join(', ') : undefined,
    subjectOf: item.sources.map(sourceWork),
  });
}

export interface DatasetLinks {
  /** Absolute URL of the /data/ page. */
  page: string;
  json: string;
  csv: string;
  opdJson: string;
}

/** The open dataset as a schema.org Dataset with its downloadable files. */
export function datasetJsonLd(site: SiteData, links: DatasetLinks, info: { name: string; description: string; dateModified: string; version: string; keywords: string[] }): Json {
  const file = (name: string, url: string, format: string) => ({ '@type': 'DataDownload', name, contentUrl: url, encodingFormat: format });
  return known({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${links.page}#dataset`,
    name: info.name,
    description: info.description,
    url: links.page,
    inLanguage: 'id',
    license: site.licence.url,
    isAccessibleForFree: true,
    creator: government(site),
    publisher: government(site),
    spatialCoverage: { '@type': 'Place', name: site.region },
    dateModified: info.dateModified,
    version: info.version,
    keywords: info.keywords,
    distribution: [
      file('inovasi.json', links.json, 'application/json'),
      file('inovasi.csv', links.csv, 'text/csv'),
      file('opd.json', links.opdJson, 'application/json'),
    ],
  });
}
