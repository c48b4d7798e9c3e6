import { getDatabase } from '@/lib/db';
import { deleteArticle, updateArticle } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { reanalyse, storyToChange } from '@/lib/server/story-changes';
import { limitWrites } from '@/lib/server/write-limit';
import { articleParams, identicalTo, MAX_REQUEST_BYTES, MAX_STORY_CHARACTERS, storyTooLarge, updateArticleSchema } from '../../../schema';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ slug: string; articleId: string }> };

export function PATCH(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { slug, articleId } = paramsOr404(articleParams, await params);
    const parsed = updateArticleSchema.safeParse(await readJsonBody(request, MAX_REQUEST_BYTES));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'article');
    const { db } = await getDatabase();
    const story = await storyToChange(db, slug, request);
    const { text } = parsed.data;
    if (text !== undefined) {
      const characters = story.articles.reduce((sum, article) => sum + (article.id === articleId ? text.length : article.source.length), 0);
      if (characters > MAX_STORY_CHARACTERS) {
        throw new AppError('invalid', 'article', `This text would make the story too large: ${storyTooLarge(characters)} with it.`, [{ path: 'text', message: 'would make the story too large' }]);
      }
    }
    const updated = await updateArticle(db, story.id, articleId, parsed.data);
    if (!updated) throw new AppError('not_found', 'article', `Story "${slug}" has no article "${articleId}".`);
    if ('sameTextAs' in updated) {
      const twin = story.articles.findIndex((article) => article.id === updated.sameTextAs.id);
      const message = identicalTo(twin, updated.sameTextAs.outlet, story.articles.findIndex((article) => article.id === articleId));
      throw new AppError('invalid', 'article', `Invalid article: text: ${message}`, [{ path: 'text', message }]);
    }
    return reanalyse(db, story.id, slug, { article: { id: updated.id, outlet: updated.outlet, publishedAt: updated.publishedAt, url: updated.url, title: updated.title } });
  });
}

export function DELETE(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { slug, articleId } = paramsOr404(articleParams, await params);
    const { db } = await getDatabase();
    const story = await storyToChange(db, slug, request);
    const outcome = await deleteArticle(db, story.id, articleId);
    if (outcome === 'missing') throw new AppError('not_found', 'article', `Story "${slug}" has no article "${articleId}".`);
    if (outcome === 'last-two') throw new AppError('invalid', 'article', 'A comparison needs at least two articles; add another before removing this one.');
    return reanalyse(db, story.id, slug, { removed: articleId });
  });
}
