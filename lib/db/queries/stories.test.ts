import { describe, expect, it } from 'vitest';
import { testDatabases } from '../testing';
import { contentHash, createStory, getStoryArticles, updateArticle } from './stories';

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
