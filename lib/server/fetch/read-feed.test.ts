import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, feedXml } from '@/e2e/fixture-site/feeds.mjs';
import { readFeed } from './read-feed';

const origin = 'http://127.0.0.1:3108';

describe('readFeed', () => {
  it('reads an RSS 2.0 feed: title, items newest first, links absolute, HTML summaries as text', () => {
    const feed = readFeed(feedXml('herald', origin), `${origin}/feeds/herald.xml`);
    expect(feed?.title).toBe('Northern Herald');
    expect(feed?.entries).toHaveLength(FEED_ITEMS.filter((item) => item.feed === 'herald').length);
    expect(feed?.entries[0]).toEqual({
      key: 'herald-/feed-pages/herald-merger-regulators',
      url: `${origin}/feed-pages/herald-merger-regulators`,
      title: 'Regulators to scrutinise Helix-Quanta chip merger',
      summary: 'Competition authorities in Europe and the US are expected to examine the Helix Semiconductors takeover of Quanta Micro closely.',
      publishedAt: new Date('2026-11-14T09:30:00Z'),
    });
  });

  it('reads an Atom feed, resolving relative links against the feed’s address', () => {
    const feed = readFeed(feedXml('courier', origin), `${origin}/feeds/courier.atom`);
    expect(feed?.title).toBe('Daily Courier');
    expect(feed?.entries.map((entry) => entry.url)).toContain(`${origin}/2026/11/12/train-derailment`);
    expect(feed?.entries.find((entry) => entry.url.endsWith('/courier-stadium-cost'))).toMatchObject({ key: 'tag:courier.test,2026:/feed-pages/courier-stadium-cost', title: 'Who will pay for Riverton’s new stadium?' });
  });

  it('reads RSS 1.0 and skips items without a title or a web address; refuses what is not a feed', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>Wire</title></channel>
      <item><title>One</title><link>https://wire.example/1</link><description>First.</description></item>
      <item><title>No link</title></item>
      <item><link>https://wire.example/3</link></item>
      <item><title>Script</title><link>javascript:alert(1)</link></item></rdf:RDF>`;
    expect(readFeed(rdf, 'https://wire.example/rss')).toEqual({ title: 'Wire', entries: [{ key: 'https://wire.example/1', url: 'https://wire.example/1', title: 'One', summary: 'First.', publishedAt: null }] });
    expect(readFeed('<!doctype html><p>Not a feed</p>', 'https://example.org/')).toBeNull();
    expect(readFeed('', 'https://example.org/')).toBeNull();
  });
});
