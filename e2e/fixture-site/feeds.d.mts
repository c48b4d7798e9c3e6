/** Types of feeds.mjs, for the unit tests that read the same fixture feeds. */
export interface FixtureFeedItem {
  feed: 'herald' | 'courier';
  /** Which of the four events the item reports: the grouping's truth. */
  event: string;
  path: string;
  date: string;
  title: string;
  summary: string;
}
export const FEED_ITEMS: FixtureFeedItem[];
export const FEEDS: Record<'herald' | 'courier', { path: string; title: string; format: 'rss' | 'atom' }>;
export function feedXml(name: 'herald' | 'courier', origin: string): string;
export function itemPage(path: string): string | null;
