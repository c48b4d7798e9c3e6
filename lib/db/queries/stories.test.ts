import { describe, expect, it } from 'vitest';
import { testDatabases } from '../testing';
import { analyses, articles, stories } from '../schema';
import { eq } from 'drizzle-orm';
import { queueAnalysis } from './analyses';
import { contentHash, createStory, createStoryIfAbsent, getStoryArticles, getStoryBySlug, listStories, removeStory, updateArticle, updateStory, wasRemoved } from './stories';

const twoArticles = [
  { outlet: 'A', sourceFormat: 'text' as const, source: 'Staff left the embassy on Monday.' },
  { outlet: 'B', sourceFormat: 'text' as const, source: 'Half of the embassy staff left on Monday.' },
];

describe.each(testDatabases())('updateArticle on $name', ({ open }) => {
  it('replaces an article given as HTML by plain text, and refuses the text another article of the story has', async () => {
    const { db, close } = await open();
    try {
      const story = await createStory(db, {
        title: 'Edited',
        articles: [
          { outlet: 'A', sourceFormat: 'html', source: '<p>Staff left the embassy.</p>' },
          { outlet: 'B', sourceFormat: 'text', source: 'Staff began leaving the embassy on Monday.' },
        ],
      });
      const [a, b] = await getStoryArticles(db, story.id);
      const updated = await updateArticle(db, story.id, a!.id, { text: 'Half of the staff left the embassy.', outlet: 'A News' });
      expect(updated).toMatchObject({ id: a!.id, outlet: 'A News', sourceFormat: 'text', source: 'Half of the staff left the embassy.', contentHash: contentHash('Half of the staff left the embassy.') });
      expect(await updateArticle(db, story.id, a!.id, { text: b!.source })).toEqual({ sameTextAs: expect.objectContaining({ id: b!.id }) });
      expect((await getStoryArticles(db, story.id)).map((article) => article.source)).toEqual(['Half of the staff left the embassy.', b!.source]);
      expect(await updateArticle(db, story.id, 'no-such-article', { text: 'Anything.' })).toBeNull();
    } finally {
      await close();
    }
  });
});

describe.each(testDatabases())('managing a story on $name', ({ open }) => {
  it('renames a story and keeps an unlisted one off the list and out of search, still reachable by its slug', async () => {
    const { db, close } = await open();
    try {
      const listed = await createStory(db, { title: 'Embassy staff leave', articles: twoArticles });
      const hidden = await createStory(db, { title: 'Embassy staff leave quietly', articles: twoArticles });
      expect(await updateStory(db, hidden.id, { unlisted: true, title: 'Embassy staff leave in secret' })).toMatchObject({ slug: hidden.slug, unlisted: true, title: 'Embassy staff leave in secret' });
      expect((await listStories(db)).map((story) => story.slug)).toEqual([listed.slug]);
      expect((await listStories(db, { query: 'secret' })).map((story) => story.slug)).toEqual([]);
      expect((await listStories(db, { query: 'embassy' })).map((story) => story.slug)).toEqual([listed.slug]);
      expect(await getStoryBySlug(db, hidden.slug)).toMatchObject({ title: 'Embassy staff leave in secret', unlisted: true });
      await updateStory(db, hidden.id, { unlisted: false });
      expect((await listStories(db)).map((story) => story.slug).sort()).toEqual([listed.slug, hidden.slug].sort());
      expect(await updateStory(db, 999_999, { title: 'Nothing' })).toBeNull();
    } finally {
      await close();
    }
  });

  it('removes a story with its articles and jobs, keeps its address as removed, and never hands the address out again', async () => {
    const { db, close } = await open();
    try {
      const story = await createStory(db, { title: 'To remove', articles: twoArticles });
      await queueAnalysis(db, story.id);
      expect(await wasRemoved(db, story.slug)).toBe(false);
      expect(await removeStory(db, story.slug)).toBe(true);
      expect(await getStoryBySlug(db, story.slug)).toBeNull();
      expect(await db.select().from(stories).where(eq(stories.id, story.id))).toEqual([]);
      expect(await db.select().from(articles).where(eq(articles.storyId, story.id))).toEqual([]);
      expect(await db.select().from(analyses).where(eq(analyses.storyId, story.id))).toEqual([]);
      expect(await wasRemoved(db, story.slug)).toBe(true);
      expect(await removeStory(db, story.slug)).toBe(false);
      expect(await createStoryIfAbsent(db, { slug: story.slug, title: 'Again', articles: twoArticles })).toBeNull();
      expect(await wasRemoved(db, 'never-there')).toBe(false);
    } finally {
      await close();
    }
  });
});
