import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnalysisStatus } from '@/components/reader/analysis-status';
import { ClaimGrid } from '@/components/reader/claim-grid';
import { ClaimMatrix } from '@/components/reader/claim-matrix';
import { EditLinkNotice } from '@/components/reader/edit-link-notice';
import { Legend } from '@/components/reader/legend';
import { StoryHeader, summaryLine } from '@/components/reader/story-header';
import { StorySummary } from '@/components/reader/story-summary';
import { VariantsPanel } from '@/components/reader/variants-panel';
import { storyDigest } from '@/lib/reader/story-digest';
import { MATRIX_FROM_OUTLETS, matrixClaim } from '@/lib/reader/coverage-matrix';
import { gridClaim } from '@/lib/reader/story-view';
import { loadStory } from '@/lib/server/reader';

// Served from the full-route cache and regenerated in the background at most once a second, so every
// app server (they share only the database) shows a change within about a second, with no cross-server
// invalidation. The page reads no query string: filters apply in the browser. No loading boundary sits
// above it, so a first, uncached render is the whole page, and it reads without JavaScript.
export const revalidate = 1;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await loadStory((await params).slug);
  if (!story) return { title: 'Story not found' };
  const description = `${story.columns.map((column) => column.name).join(', ')}: ${summaryLine(story)}`;
  return { title: story.title, description, openGraph: { title: story.title, description } };
}

export default async function StoryPage({ params }: Props) {
  const story = await loadStory((await params).slug);
  if (!story) notFound();
  const hasClaims = story.claims.length > 0;
  const columns = story.columns.map(({ articleId, name }) => ({ articleId, name }));
  return (
    <article>
      <StoryHeader story={story} />
      <EditLinkNotice slug={story.slug} />
      <AnalysisStatus slug={story.slug} rendered={story.job} hasClaims={hasClaims} />
      {!story.job && !hasClaims && <p className="notice">This story has not been analysed yet.</p>}
      {story.job?.status === 'done' && !hasClaims && <p className="notice">The analysis found no claims in these articles: each may be all navigation, captions or credits. Edit the articles to paste the article text itself.</p>}
      {hasClaims && (
        <>
          <StorySummary slug={story.slug} digest={storyDigest(story.claims, story.columns)} variants={story.variants} />
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading" className="mb-3 text-xl font-semibold">
              Claims
            </h2>
            <div className="mb-3">
              <Legend />
            </div>
            <noscript>
              <p className="notice">Filters need JavaScript; every claim is shown in story order.</p>
            </noscript>
            {story.columns.length >= MATRIX_FROM_OUTLETS ? (
              <ClaimMatrix slug={story.slug} columns={columns} claims={story.claims.map((claim) => matrixClaim(claim, story.columns))} />
            ) : (
              <ClaimGrid slug={story.slug} columns={columns} claims={story.claims.map(gridClaim)} />
            )}
          </section>
          <div className="mt-6">
            <VariantsPanel variants={story.variants} columns={story.columns} />
          </div>
        </>
      )}
    </article>
  );
}
