import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStoryBySlug, listStories } from '@/lib/db/queries/stories';
import { testDatabases } from '@/lib/db/testing';
import { defaultStoriesDir, importDefaultStories, readDefaultStories } from './default-stories';

const slug = 'embassy-staff-leave-ukraine';

describe('readDefaultStories', () => {
  it('reads the seed story with its outlets, dates and the articles byte for byte', async () => {
    const [story] = await readDefaultStories();
    expect(story?.slug).toBe(slug);
    expect(story?.articles.map((article) => [article.outlet, article.publishedAt])).toEqual([
      ['ITV News', '2022-01-24'],
      ['The Sun', null],
      ['LBC', '2022-01-19'],
    ]);
    const lbc = story?.articles[2];
    expect(lbc?.source).toBe(readFileSync(path.join(defaultStoriesDir, slug, '002_774c5ed633c06924.txt'), 'utf8'));
    expect(lbc?.source.startsWith(' date 2022-01-19 UK Foreign Office')).toBe(true);
  });
});

describe.each(testDatabases())('importDefaultStories on $name', ({ open }) => {
  it('imports the seed story once, however often and however concurrently it runs', async () => {
    const { db, close } = await open();
    try {
      expect(await importDefaultStories(db)).toEqual([slug]);
      const again = await Promise.all([importDefaultStories(db), importDefaultStories(db)]);
      expect(again).toEqual([[], []]);
      const all = await listStories(db);
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({
        slug,
        articleCount: 3,
        outlets: ['ITV News', 'The Sun', 'LBC'],
        firstPublishedAt: '2022-01-19',
        lastPublishedAt: '2022-01-24',
      });
      const story = await getStoryBySlug(db, slug);
      expect(story?.articles.map((article) => article.sourceFile)).toEqual([
        '000_9317ca57c90905ec.txt',
        '001_bbae066ee958a1d7.txt',
        '002_774c5ed633c06924.txt',
      ]);
    } finally {
      await close();
    }
  });

  it('gives the seed articles the same ids in every database', async () => {
    const first = await open();
    const second = await open();
    try {
      await importDefaultStories(first.db);
      await importDefaultStories(second.db);
      const ids = async (handle: typeof first) =>
        (await getStoryBySlug(handle.db, slug))?.articles.map((article) => article.id);
      expect(await ids(first)).toEqual(await ids(second));
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
