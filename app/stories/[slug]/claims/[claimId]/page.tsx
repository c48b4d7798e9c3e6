import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AnalysisStatus } from '@/components/reader/analysis-status';
import { ClaimCorrections } from '@/components/reader/claim-corrections';
import { CopyLinkButton } from '@/components/reader/copy-link-button';
import { HighlightedText } from '@/components/reader/highlighted-text';
import { StoryBreadcrumb } from '@/components/reader/story-breadcrumb';
import { TypeBadges } from '@/components/reader/type-badges';
import { VersionText } from '@/components/reader/version-text';
import { publicUrl } from '@/lib/env';
import { claimPath } from '@/lib/paths';
import { claimJsonLd, jsonLdText } from '@/lib/reader/claim-json-ld';
import { describeCorrection, touches } from '@/lib/reader/correction-view';
import { discrepancyLabel } from '@/lib/reader/discrepancy-types';
import { marksFor } from '@/lib/reader/story-view';
import { truncate } from '@/lib/reader/truncate';
import { compareVersions } from '@/lib/reader/word-diff';
import { loadStory, resolveClaim } from '@/lib/server/reader';

// Cached like the story page (see there); the page reads fully without JavaScript.
export const revalidate = 1;

export function generateStaticParams(): { slug: string; claimId: string }[] {
  return [];
}

interface Props {
  params: Promise<{ slug: string; claimId: string }>;
}

async function loadClaim({ slug, claimId }: { slug: string; claimId: string }) {
  const story = await loadStory(slug);
  if (!story) notFound();
  const resolved = await resolveClaim(story.id, claimId);
  if (!resolved) notFound();
  // A claim that was merged into another (or re-anchored) keeps its link: it leads to its successor.
  // Temporary (307), not permanent: a merge can be undone, and browsers keep permanent redirects.
  if (resolved.redirected) redirect(claimPath(slug, resolved.id));
  const claim = story.claims.find((candidate) => candidate.id === resolved.id);
  if (!claim) notFound();
  return { story, claim };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, claim } = await loadClaim(await params);
  const outlets = story.columns.filter((column) => claim.articleIds.includes(column.articleId)).map((column) => column.name);
  const differences = claim.types.map(discrepancyLabel);
  const description =
    `Reported by ${outlets.join(', ')}` +
    (differences.length > 0 ? `; they differ in ${differences.join(', ')}.` : '; no differences found.') +
    ` From “${story.title}”.`;
  const title = `“${truncate(claim.summary, 90)}”`;
  return {
    title,
    description,
    alternates: { canonical: claimPath(story.slug, claim.id) },
    openGraph: { type: 'article', title, description, url: claimPath(story.slug, claim.id), siteName: 'Parallax' },
    twitter: { card: 'summary_large_image', title, description },
  };
}


export default async function ClaimPage({ params }: Props) {
  const { story, claim } = await loadClaim(await params);
  const url = `${publicUrl()}${claimPath(story.slug, claim.id)}`;
  const reporting = story.columns.filter((column) => claim.articleIds.includes(column.articleId));
  const missing = story.columns.filter((column) => claim.missingFrom.includes(column.articleId));
  const versions = reporting.map((column) => ({
    column,
    mentions: claim.mentions.filter((mention) => mention.articleId === column.articleId),
  }));
  const diffs = compareVersions(versions.map((version) => version.mentions.map((mention) => mention.text).join(' ')));
  const nameOf = new Map(story.columns.map((column) => [column.articleId, column.name]));
  const index = story.claims.indexOf(claim);
  const previous = story.claims[index - 1];
  const next = story.claims[index + 1];

  return (
    <article>
      <script type="application/ld+json">{jsonLdText(claimJsonLd(claim, story.columns, url))}</script>
      <StoryBreadcrumb slug={story.slug} title={story.title}>
        Claim {claim.position + 1} of {story.claims.length}
      </StoryBreadcrumb>
      <AnalysisStatus slug={story.slug} rendered={story.job} hasClaims whenDone="This page updates when it is done." />
      <h1 className="mt-2 font-serif text-2xl font-semibold text-balance">
        <bdi>{claim.summary}</bdi>
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <p className="text-sm">
          Reported by {reporting.length} of {story.columns.length} outlets · independent sources: {claim.independentSources} of {reporting.length}
          {claim.independentSources < reporting.length && <> (some are copies of the same wire story)</>}.
        </p>
        <TypeBadges types={claim.types} />
        {claim.edited && <span className="badge border border-zinc-400">edited</span>}
        <CopyLinkButton url={url} />
      </div>

      <section aria-labelledby="versions-heading" className="mt-8">
        <h2 id="versions-heading" className="text-xl font-semibold">
          Each outlet’s words
        </h2>
        <p className="text-sm text-muted">Highlighted: wording that no other outlet’s version shares.</p>
        <ul className="versions mt-3" style={{ ['--outlets' as string]: Math.max(1, versions.length) }}>
          {versions.map(({ column }, position) => (
            <li key={column.articleId} className="panel">
              <h3 className="font-semibold">{column.name}</h3>
              <p className="text-sm text-muted">{column.publishedAt ?? 'Date unknown'}</p>
              <blockquote className="mt-2 leading-relaxed">
                <VersionText
                  text={versions[position]!.mentions.map((mention) => mention.text).join(' ')}
                  diff={diffs[position] ?? []}
                  outlet={column.name}
                />
              </blockquote>
              <p className="mt-3 flex flex-wrap gap-3 text-sm">
                <Link className="link" href={`/stories/${story.slug}/articles/${column.articleId}#claim-${claim.id}`}>
                  In the full text<span className="sr-only"> of {column.name}</span>
                </Link>
                {column.url && (
                  <a className="link" href={column.url} rel="noopener noreferrer nofollow">
                    Original article<span className="sr-only"> by {column.name}</span>
                  </a>
                )}
              </p>
            </li>
          ))}
        </ul>
        {missing.length > 0 && (
          <p className="mt-4">
            <span className="font-semibold">Not reported by:</span> {missing.map((column) => column.name).join(', ')}.
          </p>
        )}
        {claim.possibleMentions.length > 0 && (
          <div className="mt-4">
            <p>
              <span className="font-semibold">Possibly reported by:</span> {claim.possibleMentions.map((mention) => nameOf.get(mention.articleId)).join(', ')}
              {' '}— a sentence of theirs comes close but was not lined up with this claim; check it before saying they left it out.
            </p>
            <ul className="mt-2 list-disc pl-6 text-sm">
              {claim.possibleMentions.map((mention) => (
                <li key={mention.articleId}>
                  {nameOf.get(mention.articleId)}:{' '}
                  <Link className="link" href={claimPath(story.slug, mention.claimId)}>
                    “{mention.text}”
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="differences-heading" className="mt-8">
        <h2 id="differences-heading" className="text-xl font-semibold">
          Differences
        </h2>
        {claim.discrepancies.length === 0 ? (
          <p className="mt-2">{reporting.length > 1 ? 'The outlets report this claim the same way.' : 'Only one outlet reports this claim, so there is nothing to compare.'}</p>
        ) : (
          <ol className="mt-3 grid gap-4">
            {claim.discrepancies.map((discrepancy, position) => (
              <li key={position} className="panel">
                <p>
                  <span className="badge" data-type={discrepancy.type}>
                    {discrepancyLabel(discrepancy.type)}
                  </span>{' '}
                  {discrepancy.explanation}
                </p>
                <dl className="mt-2 grid gap-1 text-sm">
                  {discrepancy.articleIds.map((articleId) => (
                    <div key={articleId} className="flex gap-2">
                      <dt className="font-semibold">{nameOf.get(articleId)}:</dt>
                      <dd>
                        “<bdi>{discrepancy.values[articleId]}</bdi>”
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>

      {claim.discrepancies.length > 0 && (
        <section aria-labelledby="highlighted-heading" className="mt-8">
          <h2 id="highlighted-heading" className="text-xl font-semibold">
            Where the differences are
          </h2>
          <ul className="mt-3 grid gap-3">
            {claim.mentions.map((mention) => (
              <li key={`${mention.articleId}-${mention.start}`}>
                <span className="font-semibold">{nameOf.get(mention.articleId)}:</span>{' '}
                <HighlightedText text={mention.text} offset={mention.start} marks={marksFor(claim, mention.articleId)} outlet={nameOf.get(mention.articleId) ?? ''} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <ClaimCorrections
        slug={story.slug}
        claimId={claim.id}
        mentions={claim.mentions.map((mention) => ({ articleId: mention.articleId, text: mention.text, outlet: nameOf.get(mention.articleId) ?? '' }))}
        types={[...claim.types]}
        outlets={reporting.map(({ articleId, name }) => ({ articleId, name }))}
        corrections={story.corrections
          .filter((correction) => touches(correction.change, claim.mentions))
          .map((correction) => ({ id: correction.id, text: describeCorrection(correction.change, (articleId) => nameOf.get(articleId) ?? 'an outlet'), editor: correction.editor, createdAt: correction.createdAt }))}
      />

      <nav aria-label="Other claims" className="mt-10 flex justify-between gap-4 text-sm print:hidden">
        {previous ? (
          <Link className="link" href={claimPath(story.slug, previous.id)}>
            ← Claim {previous.position + 1}
          </Link>
        ) : (
          <span />
        )}
        <Link className="link" href={`/stories/${story.slug}`}>
          All claims
        </Link>
        {next ? (
          <Link className="link" href={claimPath(story.slug, next.id)}>
            Claim {next.position + 1} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
