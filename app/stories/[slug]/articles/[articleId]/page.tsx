import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryBreadcrumb } from '@/components/reader/story-breadcrumb';
import type { ExclusionReason } from '@/lib/analysis/types';
import { claimPath } from '@/lib/paths';
import { sourceSegments } from '@/lib/reader/source-segments';
import { loadStory } from '@/lib/server/reader';

// Cached like the story page (see there).
export const revalidate = 1;

export function generateStaticParams(): { slug: string; articleId: string }[] {
  return [];
}

interface Props {
  params: Promise<{ slug: string; articleId: string }>;
}

const REASONS: Record<ExclusionReason, string> = {
  metadata: 'metadata',
  headline: 'headline',
  dateline: 'dateline',
  byline: 'byline',
  caption: 'picture caption',
  credit: 'picture credit',
  widget: 'page widget',
  'related-link': 'link to another article',
  navigation: 'site navigation',
  advertisement: 'advertisement',
  comments: 'comment form',
  notice: 'newsroom notice',
};

async function loadArticle({ slug, articleId }: { slug: string; articleId: string }) {
  const story = await loadStory(slug);
  const column = story?.columns.find((candidate) => candidate.articleId === articleId);
  const article = story?.articles.find((candidate) => candidate.id === articleId);
  if (!story || !column || !article) notFound();
  return { story, column, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, column } = await loadArticle(await params);
  return { title: `${column.name} — full text`, description: `${column.name}’s article in “${story.title}”, with each claim linked to its comparison.` };
}

export default async function SourcePage({ params }: Props) {
  const { story, column, article } = await loadArticle(await params);
  const mentions = story.claims.flatMap((claim) => claim.mentions.filter((mention) => mention.articleId === article.id).map((mention) => ({ ...mention, claimId: claim.id })));
  const anchored = new Set<string>();
  return (
    <article>
      <StoryBreadcrumb slug={story.slug} title={story.title}>
        {column.name}
      </StoryBreadcrumb>
      <h1 className="mt-2 font-serif text-2xl font-semibold">{column.name}: full text</h1>
      <p className="mt-1 text-sm text-muted">
        {column.title && <>“{column.title}” · </>}
        {column.publishedAt ?? 'Date unknown'}
        {column.url && (
          <>
            {' · '}
            <a className="link" href={column.url} rel="noopener noreferrer nofollow">
              Original article
            </a>
          </>
        )}
      </p>
      <p className="mt-4 max-w-prose text-sm">
        Underlined sentences are claims: follow one to compare it with the other outlets. Greyed parts are not the article
        itself (captions, navigation, “Read more” links…); the label says what each is.
      </p>
      {article.text === null ? (
        <p className="notice mt-6">This article has not been analysed yet.</p>
      ) : (
        <div className="source-text mt-6 max-w-prose whitespace-pre-wrap leading-relaxed">
          <bdi>
            {sourceSegments(article.text, article.excluded, mentions).map((segment, index) => {
              if (segment.kind === 'text') return segment.text;
              if (segment.kind === 'excluded') {
                return (
                  <span key={index} className="excluded" data-reason={segment.reason}>
                    <span className="excluded-label">{REASONS[segment.reason]}</span>
                    {segment.text}
                  </span>
                );
              }
              const first = !anchored.has(segment.claimId);
              anchored.add(segment.claimId);
              return (
                <Link key={index} id={first ? `claim-${segment.claimId}` : undefined} href={claimPath(story.slug, segment.claimId)} className="claim-link">
                  {segment.text}
                </Link>
              );
            })}
          </bdi>
        </div>
      )}
    </article>
  );
}
