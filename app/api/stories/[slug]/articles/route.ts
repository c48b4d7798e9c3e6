import { getDatabase } from '@/lib/db';
import { addArticle } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { limitWrites } from '@/lib/server/write-limit';
import { reanalyse, storyOr404 } from '@/lib/server/story-changes';
import { articleSchema, MAX_REQUEST_BYTES, toNewArticle } from '../../schema';

export const dynamic = 'force-dynamic';

const MAX_ARTICLES = 100;

export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { slug } = await params;
    const parsed = articleSchema.safeParse(await readJsonBody(request, MAX_REQUEST_BYTES));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'article');
    const { db } = await getDatabase();
    const story = await storyOr404(db, slug);
    if (story.articles.length >= MAX_ARTICLES) throw new AppError('invalid', 'article', `A story can hold at most ${MAX_ARTICLES} articles.`);
    const created = await addArticle(db, story.id, toNewArticle(parsed.data));
    if (!created) throw new AppError('invalid', 'article', 'This story already holds an article with exactly this text.');
    return reanalyse(db, story.id, slug, { article: { id: created.id, outlet: created.outlet } });
  });
}
