import { DomUtils, parseDocument, parseFeed } from 'htmlparser2';
import { collapse, webAddress } from '@/lib/analysis/page-metadata';

/** One item of a feed, as stored: the link is absolute and http(s); the summary is plain text. */
export interface FeedEntry {
  /** The item's guid or id, else its link. */
  key: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
}

export interface ReadFeed {
  title: string | null;
  entries: FeedEntry[];
}

/** Items read from one feed at most: the newest come first in every feed format. */
export const MAX_FEED_ENTRIES = 200;
const MAX_SUMMARY = 2_000;

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed's title and items, or null when the text is none of these.
 * Items without a web address or a title are left out; summaries given as HTML are read as their text.
 */
export function readFeed(xml: string, address: string): ReadFeed | null {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml, { xmlMode: true });
  } catch {
    return null;
  }
  if (!feed) return null;
  const entries: FeedEntry[] = [];
  for (const item of feed.items) {
    if (entries.length === MAX_FEED_ENTRIES) break;
    const resolved = item.link ? webAddress(item.link, address) : null;
    const url = resolved && resolved.length <= 2000 ? resolved : null;
    const title = plain(item.title ?? '', 500);
    if (!url || !title) continue;
    const date = item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate : null;
    entries.push({ key: (item.id?.trim() || url).slice(0, 2000), url, title, summary: plain(item.description ?? '', MAX_SUMMARY), publishedAt: date });
  }
  return { title: plain(feed.title ?? '', 200) || null, entries };
}

/** Text of what may be HTML ("<p>Fourteen wagons…</p>" in a description), whitespace collapsed. */
function plain(value: string, length: number): string {
  return (collapse(/[<&]/.test(value) ? DomUtils.textContent(parseDocument(value)) : value) ?? '').slice(0, length);
}
