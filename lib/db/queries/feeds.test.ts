import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ITEMS, FEEDS, feedXml } from '@/e2e/fixture-site/feeds.mjs';
import { AnalysisThread } from '@/lib/server/analysis-thread';
import { feedSettings, runNextFeedPoll } from '@/lib/server/feed-poll';
import { PAGE_LIMITS, type FetchOptions } from '@/lib/server/fetch/safe-fetch';
import { testDatabases } from '../testing';
import { addFeed, claimDueFeed, listFeeds, removeFeed, savePoll, suggestedStories } from './feeds';

let server: Server;
let origin = '';
let options: FetchOptions;
const thread = new AnalysisThread({ timeoutMs: 120_000, memoryMb: 1024 });

beforeAll(async () => {
  server = createServer((request, response) => {
    const feed = Object.entries(FEEDS).find(([, entry]) => entry.path === request.url);
    if (!feed) {
      response.writeHead(404, { 'content-type': 'text/html' });
      return response.end('<p>Not found</p>');
    }
    response.writeHead(200, { 'content-type': feed[1].format === 'rss' ? 'application/rss+xml' : 'application/atom+xml' });
    response.end(feedXml(feed[0] as 'herald' | 'courier', origin));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  options = { limits: PAGE_LIMITS, allowHosts: new Set([`127.0.0.1:${port}`]) };
});

afterAll(async () => {
  server.close();
  await thread.close();
});

const settings = feedSettings(15);

describe.each(testDatabases())('feeds on $name', { timeout: 120_000 }, ({ open }) => {
  it('a due feed is claimed by one poller at a time, and not again until its next poll is due', async () => {
    const { db, close } = await open();
    try {
      const { feed: first } = await addFeed(db, 'https://a.example/rss');
      const { feed: second } = await addFeed(db, 'https://b.example/rss');
      expect((await addFeed(db, 'https://a.example/rss')).added).toBe(false);
      // Two servers asking at once get different feeds; a third finds none free.
      const claims = await Promise.all([claimDueFeed(db, 60), claimDueFeed(db, 60)]);
      expect(claims.map((claim) => claim?.id).sort()).toEqual([first.id, second.id].sort());
      expect(await claimDueFeed(db, 60)).toBeNull();
      expect(await savePoll(db, first.id, { error: 'The feed answered 404 Not Found, not the page.' }, 900)).toBe(0);
      expect(await savePoll(db, second.id, { title: 'B', entries: [] }, 900)).toBe(0);
      expect(await claimDueFeed(db, 60)).toBeNull();
      const listed = await listFeeds(db);
      expect(listed.map(({ url, title, lastError, items }) => ({ url, title, lastError, items }))).toEqual([
        { url: 'https://a.example/rss', title: null, lastError: 'The feed answered 404 Not Found, not the page.', items: 0 },
        { url: 'https://b.example/rss', title: 'B', lastError: null, items: 0 },
      ]);
      expect(await removeFeed(db, first.id)).toBe(true);
      expect(await removeFeed(db, first.id)).toBe(false);
    } finally {
      await close();
    }
  });

  it('polling the two fixture feeds keeps their items and suggests the four events, each from both outlets', async () => {
    const { db, close } = await open();
    try {
      await addFeed(db, `${origin}${FEEDS.herald.path}`);
      await addFeed(db, `${origin}${FEEDS.courier.path}`);
      await addFeed(db, `${origin}/feeds/gone.xml`);
      const outcomes = [];
      for (let poll = await runNextFeedPoll(db, thread, settings, options); poll !== null; poll = await runNextFeedPoll(db, thread, settings, options)) outcomes.push(poll);
      expect(outcomes.sort()).toEqual(['failed', 'polled', 'polled']);
      const feeds = await listFeeds(db);
      expect(feeds.map(({ title, items, lastError }) => ({ title, items, lastError }))).toEqual([
        { title: 'Northern Herald', items: 10, lastError: null },
        { title: 'Daily Courier', items: 10, lastError: null },
        { title: null, items: 0, lastError: 'The feed answered 404 Not Found, not the page.' },
      ]);

      const eventOf = (url: string) => FEED_ITEMS.find((item) => `${origin}${item.path}` === url)!.event;
      const suggestions = await suggestedStories(db, 72, 50);
      for (const suggestion of suggestions) {
        expect(new Set(suggestion.items.map((item) => eventOf(item.url))).size).toBe(1);
        expect(suggestion.outlets.sort()).toEqual(['Daily Courier', 'Northern Herald']);
      }
      expect(new Set(suggestions.map((suggestion) => eventOf(suggestion.items[0]!.url)))).toEqual(new Set(['derailment', 'stadium', 'wildfire', 'merger']));
    } finally {
      await close();
    }
  });
});
