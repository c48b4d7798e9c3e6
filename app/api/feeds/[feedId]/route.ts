import { getDatabase } from '@/lib/db';
import { removeFeed } from '@/lib/db/queries/feeds';
import { AppError, handle } from '@/lib/errors';
import { checkOrigin } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { limitWrites } from '@/lib/server/write-limit';
import { feedParams } from '../schema';

export const dynamic = 'force-dynamic';

/** Stops following a feed; its items and the suggestions they made go with it. */
export function DELETE(request: Request, { params }: { params: Promise<{ feedId: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { feedId } = paramsOr404(feedParams, await params);
    const { db } = await getDatabase();
    if (!(await removeFeed(db, feedId))) throw new AppError('not_found', 'feed', `There is no feed ${feedId}.`);
    return new Response(null, { status: 204 });
  });
}
