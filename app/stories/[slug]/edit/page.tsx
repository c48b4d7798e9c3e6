import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnalysisStatus } from '@/components/reader/analysis-status';
import { StoryBreadcrumb } from '@/components/reader/story-breadcrumb';
import { StoryEditor } from '@/components/story-form/story-editor';
import { getDatabase } from '@/lib/db';
import { getLatestAnalysis } from '@/lib/db/queries/analyses';
import { getStoryBySlug } from '@/lib/db/queries/stories';
import { isPublicId } from '@/lib/server/route-params';

// Always the articles as they are now: an editor must not see a cached copy.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
}

export const metadata: Metadata = { title: 'Edit the story', robots: { index: false } };

export default async function EditStoryPage({ params }: Props) {
  const { slug } = await params;
  if (!isPublicId(slug)) notFound();
  const { db } = await getDatabase();
  const story = await getStoryBySlug(db, slug);
  if (!story) notFound();
  const job = await getLatestAnalysis(db, story.id);
  return (
    <article>
      <StoryBreadcrumb slug={story.slug} title={story.title}>
        Edit the story
      </StoryBreadcrumb>
      <h1 className="mt-2 mb-4 font-serif text-2xl font-semibold">Edit the story</h1>
      <p className="mb-4 max-w-prose text-sm">
        Rename the story, keep it off the home page, or delete it; correct an outlet’s name, a date, an address or an article’s
        text, add an article or remove one. Each change to the articles analyses the story again; links to its claims keep working.
      </p>
      <AnalysisStatus
        slug={story.slug}
        rendered={job && { id: job.id, status: job.status, stage: job.stage, articlesDone: job.articlesDone, articlesTotal: job.articlesTotal, error: job.error }}
        hasClaims
        whenDone="The story page shows the new comparison when it is done."
      />
      <StoryEditor
        slug={story.slug}
        title={story.title}
        unlisted={story.unlisted}
        articles={story.articles.map((article) => ({
          id: article.id,
          outlet: article.outlet,
          publishedAt: article.publishedAt,
          url: article.url,
          excerpt: `${(article.text ?? article.source).replace(/\s+/g, ' ').trim().slice(0, 160)}…`,
        }))}
      />
    </article>
  );
}
