import { getDatabase } from '@/lib/db';
import { undoCorrection } from '@/lib/db/queries/corrections';
import { AppError, handle } from '@/lib/errors';
import { editorOf } from '@/lib/server/corrections';
import { checkOrigin } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { reanalyse, storyOr404 } from '@/lib/server/story-changes';
import { limitWrites } from '@/lib/server/write-limit';
import { correctionParams } from '../../../schema';

export const dynamic = 'force-dynamic';

/** Undoes a correction (anyone may; the record keeps who did it and when). */
export function DELETE(request: Request, { params }: { params: Promise<{ slug: string; correctionId: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const editor = editorOf(request);
    const { slug, correctionId: id } = paramsOr404(correctionParams, await params);
    const { db } = await getDatabase();
    const story = await storyOr404(db, slug);
    const outcome = await undoCorrection(db, story.id, id, editor);
    if (outcome === 'missing') throw new AppError('not_found', 'correction', `Story "${slug}" has no correction ${id}.`);
    if (outcome === 'already') throw new AppError('invalid', 'correction', 'This correction was already undone.');
    return reanalyse(db, story.id, slug, { undone: id });
  });
}
