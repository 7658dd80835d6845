/**
 * RSS items for innovations, newest first by the later of launch date and last-update date.
 * Pure: the endpoints pass records and absolute URLs. An entry updated after publication gets a
 * new guid, so feed readers show it again as updated.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { InnovationRecord } from './catalog.ts';
import { opdShortName } from './catalog.ts';
import { formatPartialDate } from './format.ts';
import { TAHAPAN, URUSAN, labelOf } from '../schema/enums.ts';
import { partialDateStart } from '../schema/fields.ts';
import { feedUi } from '../i18n/id-data.ts';

export interface FeedDate {
  /** The partial date as written ("2020-10"). */
  value: string;
  kind: 'launched' | 'updated';
}

/** Later of `launched` and `updated` (a partial date counts from its first day); undefined when neither is known. */
export function feedDate(item: Pick<InnovationRecord, 'launched' | 'updated'>): FeedDate | undefined {
  const candidates: FeedDate[] = [];
  if (item.launched) candidates.push({ value: item.launched, kind: 'launched' });
  if (item.updated) candidates.push({ value: item.updated, kind: 'updated' });
  return candidates.sort((a, b) => partialDateStart(b.value).getTime() - partialDateStart(a.value).getTime())[0];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Dated entries newest first, then entries without a launch or update date by title. */
export function sortForFeed(items: InnovationRecord[]): InnovationRecord[] {
  // Each item's time once, not once per comparison.
  const time = new Map(
    items.map((i) => {
      const d = feedDate(i);
      return [i, d ? partialDateStart(d.value).getTime() : -Infinity];
    }),
  );
  return [...items].sort((a, b) => time.get(b)! - time.get(a)! || titleCollator.compare(a.title, b.title));
}
/** localeCompare(…, 'id-ID') without building a collator per comparison. */
const titleCollator = new Intl.Collator('id-ID');

export function feedItem(item: InnovationRecord, url: string): RSSFeedItem {
  const date = feedDate(item);
  const when = [
    item.launched && `${feedUi.launched}: ${formatPartialDate(item.launched)}.`,
    item.updated && `${feedUi.updated}: ${formatPartialDate(item.updated)}.`,
  ].filter(Boolean);
  return {
    title: item.title,
    link: url,
    description: [item.summary, `${item.owner.name}.`, ...when].join(' '),
    pubDate: date ? partialDateStart(date.value) : undefined,
    categories: [opdShortName(item.owner), labelOf(URUSAN, item.urusan), labelOf(TAHAPAN, item.tahapan)],
    customData: item.updated ? `<guid isPermaLink="false">${escapeXml(`${url}#diperbarui-${item.updated}`)}</guid>` : undefined,
  };
}

export function feedItems(items: InnovationRecord[], urlOf: (id: string) => string): RSSFeedItem[] {
  return sortForFeed(items).map((i) => feedItem(i, urlOf(i.id)));
}

/** Channel extras: language, build date, and the feed's own address (atom:link rel=self). */
export function channelData(selfUrl: string, built: Date): string {
  return `<language>id</language><lastBuildDate>${built.toUTCString()}</lastBuildDate><atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`;
}

export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom' };
