import { z } from 'zod';
import { getDatabase, readSnapshot } from '@/lib/db';
import { getStoryClaims } from '@/lib/db/queries/claims';
import { publicUrl } from '@/lib/env';
import { AppError, handle } from '@/lib/errors';
import { claimViews, outletColumns } from '@/lib/reader/story-view';
import { paramsOr404 } from '@/lib/server/route-params';
import { storyOr404 } from '@/lib/server/story-changes';
import { buildGrid, renderGrid } from '@/lib/stories/export';
import { storyParams } from '../../schema';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ format: z.enum(['json', 'csv', 'md'], { error: 'must be json, csv or md' }).default('json') });
const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8', md: 'text/markdown; charset=utf-8' } as const;

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'query');
    const { slug } = paramsOr404(storyParams, await params);
    const { db } = await getDatabase();
    const { story, claims } = await readSnapshot(db, async (snapshot) => {
      const story = await storyOr404(snapshot, slug);
      return { story, claims: (await getStoryClaims(snapshot, story.id)).claims };
    });
    const columns = outletColumns(story.articles);
    const grid = buildGrid({ title: story.title, slug, publicUrl: publicUrl(), columns, claims: claimViews(claims, columns) });
    const { format } = parsed.data;
    return new Response(renderGrid(grid, format), {
      headers: { 'Content-Type': CONTENT_TYPES[format], 'Content-Disposition': `attachment; filename="${slug}.${format}"` },
    });
  });
}
