import { getDatabase } from '@/lib/db';
import { addArticle } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { fetchArticles } from '@/lib/server/fetch/fetch-articles';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { reanalyse, storyToChange } from '@/lib/server/story-changes';
import { limitWrites } from '@/lib/server/write-limit';
import { articleCharacters, articleSchema, identicalTo, MAX_REQUEST_BYTES, MAX_STORY_CHARACTERS, storyParams, storyTooLarge, toNewArticle } from '../../schema';

export const dynamic = 'force-dynamic';

const MAX_ARTICLES = 100;

export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { slug } = paramsOr404(storyParams, await params);
    const given = articleSchema.safeParse(await readJsonBody(request, MAX_REQUEST_BYTES));
    if (!given.success) throw AppError.fromZod(given.error, 'article');
    const { db } = await getDatabase();
    const story = await storyToChange(db, slug, request);
    // Given as a web address alone, the page is fetched (only once the edit token is known good), then
    // checked as an uploaded page would be.
    const [fetched] = await fetchArticles([given.data], () => 'url');
    const parsed = fetched === given.data ? given : articleSchema.safeParse(fetched);
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'article');
    if (story.articles.length >= MAX_ARTICLES) throw new AppError('invalid', 'article', `A story can hold at most ${MAX_ARTICLES} articles.`);
    const characters = story.articles.reduce((sum, article) => sum + article.source.length, articleCharacters(parsed.data));
    if (characters > MAX_STORY_CHARACTERS) {
      throw new AppError('invalid', 'article', `This article would make the story too large: ${storyTooLarge(characters)} with it. Start a new story, or remove an article first.`);
    }
    const article = toNewArticle(parsed.data);
    const twin = story.articles.findIndex((existing) => existing.source === article.source);
    const created = twin === -1 ? await addArticle(db, story.id, article) : null;
    if (!created) {
      // The database keeps one article per text in a story (and refuses a race past this check too).
      const field = article.sourceFormat;
      const message = twin === -1 ? 'is identical to an article already in this story' : identicalTo(twin, story.articles[twin]!.outlet, story.articles.length);
      throw new AppError('invalid', 'article', `Invalid article: ${field}: ${message}`, [{ path: field, message }]);
    }
    return reanalyse(db, story.id, slug, { article: { id: created.id, outlet: created.outlet } });
  });
}
