import { getDatabase, readSnapshot } from '@/lib/db';
import { getClaimDetail, resolveClaimId } from '@/lib/db/queries/claims';
import { getStoryBySlug } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { paramsOr404 } from '@/lib/server/route-params';
import { missingStory } from '@/lib/server/story-changes';
import { claimParams } from '../../../schema';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ slug: string; claimId: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug, claimId } = paramsOr404(claimParams, await params);
    const { db } = await getDatabase();
    const read = await readSnapshot(db, async (snapshot) => {
      const story = await getStoryBySlug(snapshot, slug);
      if (!story) return null;
      const resolved = await resolveClaimId(snapshot, story.id, claimId);
      const claim = resolved && !resolved.redirected ? await getClaimDetail(snapshot, story.id, resolved.id) : null;
      return { story, resolved, claim };
    });
    if (!read) throw await missingStory(db, slug);
    const { story, resolved, claim } = read;
    if (resolved?.redirected) {
      // The claim was merged into (or re-anchored as) another one: its link leads there (307: a merge can be undone).
      return Response.redirect(new URL(`/api/stories/${slug}/claims/${resolved.id}`, request.url), 307);
    }
    if (!claim) throw new AppError('not_found', 'claim', `Story "${slug}" has no claim "${claimId}".`);
    const outlets = Object.fromEntries(story.articles.map((article) => [article.id, { outlet: article.outlet, url: article.url, publishedAt: article.publishedAt ?? article.detectedPublishedAt }]));
    const reporting = new Set(claim.mentions.map((mention) => mention.articleId));
    // An outlet whose sentence may state the claim is "possibly reported", not "not reported".
    const possibly = new Set(claim.possibleMentions.map((mention) => mention.articleId));
    return Response.json({
      story: { slug: story.slug, title: story.title },
      claim: { ...claim, mentions: claim.mentions.map((mention) => ({ ...mention, ...outlets[mention.articleId] })) },
      notReportedBy: story.articles.filter((article) => !reporting.has(article.id) && !possibly.has(article.id)).map((article) => ({ articleId: article.id, outlet: article.outlet })),
      possiblyReportedBy: claim.possibleMentions.map((mention) => ({ ...mention, outlet: outlets[mention.articleId]?.outlet ?? null })),
    });
  });
}
