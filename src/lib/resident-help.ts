/**
 * What a resident needs to act on an entry, kept honest: a "berjalan" status whose last
 * confirmation is old says so with its month; how-to-use facts carry the date of their sources
 * and a notice when that is old; every page has someone to ask (the entry's facts, else the OPD's
 * contact, else the pemda's channel from site.yaml); addresses link to a map; pages can be shared
 * on WhatsApp. Pure — pages lay these out.
 */
import type { Source } from '../schema/source.ts';
import { UNKNOWN_DATE } from '../schema/source.ts';
import type { SiteData } from '../schema/site.ts';
import { formatPartialDate } from './format.ts';
import { ageInDays } from './stats.ts';
import type { ContactRow } from './entry-view.ts';

/** The month (or year) a partial date falls in: "2019-11-07" → "2019-11". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/**
 * The last confirmation of a "berjalan" status that is older than `staleAfterDays`, as a month
 * ("2019-11"); undefined when the status is not "berjalan", has no date, or is recent.
 */
export function staleRunningSince(item: { status: string; lastVerified?: string | undefined }, now: Date, staleAfterDays: number): string | undefined {
  if (item.status !== 'berjalan' || !item.lastVerified) return undefined;
  return ageInDays(item.lastVerified, now) > staleAfterDays ? monthOf(item.lastVerified) : undefined;
}

/** Whether a status counts as confirmed: known, and confirmed within `staleAfterDays`. */
export function statusConfirmed(item: { status: string; lastVerified?: string | undefined }, now: Date, staleAfterDays: number): boolean {
  return item.status !== 'tidak-diketahui' && Boolean(item.lastVerified) && ageInDays(item.lastVerified!, now) <= staleAfterDays;
}

/** The newest date among the sources the how-to-use facts cite (publication, else event date), or undefined. */
export function howToUseDate(refs: readonly string[], sources: readonly Source[]): string | undefined {
  const dates = refs
    .map((id) => sources.find((s) => s.id === id))
    .map((s) => (s ? (s.date !== UNKNOWN_DATE ? s.date : s.eventDate) : undefined))
    .filter((d): d is string => Boolean(d));
  return dates.sort().at(-1);
}

/** How-to-use facts: their date in words and whether they are older than `staleAfterDays`. */
export function howToUseAge(refs: readonly string[], sources: readonly Source[], now: Date, staleAfterDays: number, locale: string): { date: string; text: string; old: boolean } | undefined {
  const date = howToUseDate(refs, sources);
  if (!date) return undefined;
  return { date, text: formatPartialDate(monthOf(date), locale), old: ageInDays(date, now) > staleAfterDays };
}

/**
 * Whether a place as written is one a map can find: a street address ("Gedung MPP, Jl. Raya
 * Serpong KM 16") or a named place ("Kantor Kecamatan Ciputat Timur", "Pamulang Square") — not a
 * description ("Kantor kecamatan (perekaman…)", "Datang ke kantor…", "Lantai 2 — …").
 */
export function isAddress(place: string): boolean {
  if (/(^|[\s,(])(jl\.|jln\.?|jalan)\s/i.test(place)) return true;
  return /^\p{Lu}[\p{L}-]*,?\s+\p{Lu}/u.test(place) && !/[.!?]$/.test(place.trim());
}

/** Map search links for an address as written (nothing loads until tapped). */
export function mapLinks(address: string, region?: string): { osm: string; google: string } {
  // What is in brackets is a note ("(loket KIA ditutup…)"), not part of the place.
  const place = address.replace(/\s*\([^)]*\)/g, '').trim();
  const q = region && !place.toLowerCase().includes(region.toLowerCase()) ? `${place}, ${region}` : place;
  return {
    osm: `https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}`,
    google: `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(q)}`,
  };
}

/** A "share on WhatsApp" link: the title and the page's address as the message. */
export function whatsappShare(title: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`;
}

/** The digits of a phone number for a tel: link ("(021) 123-456" → "021123456", "+62 21…" kept with +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The pemda's own contact (site.yaml `contact`), as contact rows, and its sources; empty when it has none. */
export function siteContactRows(site: Pick<SiteData, 'contact' | 'sources'>): { rows: ContactRow[]; sources: { label: string; url: string }[] } {
  const c = site.contact;
  if (!c) return { rows: [], sources: [] };
  const rows: ContactRow[] = [];
  if (c.address) rows.push({ key: 'address', text: c.address.text });
  if (c.phone) rows.push({ key: 'phone', text: c.phone.text, href: telHref(c.phone.text) });
  if (c.email) rows.push({ key: 'email', text: c.email.text, href: `mailto:${c.email.text}` });
  if (c.website) rows.push({ key: 'website', text: c.website.url.replace(/^https:\/\//, '').replace(/\/$/, ''), href: c.website.url });
  const ids = [c.address?.source, c.phone?.source, c.email?.source, c.website?.source].filter((s): s is string => Boolean(s));
  const sources = [...new Set(ids)]
    .map((id) => site.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ label: s.publisher, url: s.url }));
  return { rows, sources };
}

/** A piece of text, with a tel: link where it is a phone number. */
export interface PhonePart {
  text: string;
  tel?: string;
}

/**
 * Splits text at the phone numbers it names, so each can be a tel: link: Indonesian numbers
 * ("0821-4814-4455", "(021) 7412345", "+62 21 …") and short emergency numbers after a word
 * that dials them ("Telepon 112"). Dates, times and amounts ("07.30", "Rp100.000") stay text.
 */
export function phoneParts(text: string): PhonePart[] {
  const pattern = /(?:\+62|\(0\d{1,3}\)|(?<![\d.,])0)[\d.\-\s()]{6,}\d|(?<=\b(?:telepon|telp\.?|nomor|hubungi|panggil|call|dial|phone)\s+)1\d\d\b/giu;
  const parts: PhonePart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const number = m[0].trim();
    if (number.replace(/\D/g, '').length < 3) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: number, tel: telHref(number) });
    last = m.index + number.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
