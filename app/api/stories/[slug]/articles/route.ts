import { getDatabase } from '@/lib/db';
import { addArticle } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { checkOrigin, limitWrites, readJsonBody } from '@/lib/server/http';
import { reanalyse, storyOr404 } from '@/lib/server/story-changes';
import { articleCharacters, articleSchema, MAX_REQUEST_BYTES, MAX_STORY_CHARACTERS, storyTooLarge, toNewArticle } from '../../schema';

export const dynamic = 'force-dynamic';

const MAX_ARTICLES = 100;

export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    limitWrites(request);
    const { slug } = await params;
    const parsed = articleSchema.safeParse(await readJsonBody(request, MAX_REQUEST_BYTES));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'article');
    const { db } = await getDatabase();
    const story = await storyOr404(db, slug);
    if (story.articles.length >= MAX_ARTICLES) throw new AppError('invalid', 'article', `A story can hold at most ${MAX_ARTICLES} articles.`);
    const characters = story.articles.reduce((sum, article) => sum + article.source.length, articleCharacters(parsed.data));
    if (characters > MAX_STORY_CHARACTERS) {
      throw new AppError('invalid', 'article', `This article would make the story too large: ${storyTooLarge(characters)} with it. Start a new story, or remove an article first.`);
    }
    const created = await addArticle(db, story.id, toNewArticle(parsed.data));
    if (!created) throw new AppError('invalid', 'article', 'This story already holds an article with exactly this text.');
    return reanalyse(db, story.id, slug, { article: { id: created.id, outlet: created.outlet } });
  });
}
