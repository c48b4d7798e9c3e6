import { getDatabase } from '@/lib/db';
import { addCorrection, listCorrections } from '@/lib/db/queries/corrections';
import { AppError, handle } from '@/lib/errors';
import { checkCorrection, editorOf } from '@/lib/server/corrections';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { reanalyse, storyOr404 } from '@/lib/server/story-changes';
import { limitWrites } from '@/lib/server/write-limit';
import { correctionSchema, storyParams } from '../../schema';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ slug: string }> };

/** Every correction of the story, undone ones included, oldest first: who (anonymously), when, what. */
export function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const { slug } = paramsOr404(storyParams, await params);
    const { db } = await getDatabase();
    const story = await storyOr404(db, slug);
    const rows = await listCorrections(db, story.id, { includeUndone: true });
    return Response.json({ corrections: rows.map(({ id, change, editor, createdAt, undoneAt, undoneBy }) => ({ id, change, editor, createdAt, undoneAt, undoneBy })) });
  });
}

export function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const editor = editorOf(request);
    const { slug } = paramsOr404(storyParams, await params);
    const parsed = correctionSchema.safeParse(await readJsonBody(request, 1024 * 1024));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'correction');
    const { db } = await getDatabase();
    const story = await storyOr404(db, slug);
    await checkCorrection(db, story.id, parsed.data);
    const correction = await addCorrection(db, story.id, parsed.data, editor);
    return reanalyse(db, story.id, slug, { correction: { id: correction.id, editor } });
  });
}
