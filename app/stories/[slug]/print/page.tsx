import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HighlightedText } from '@/components/reader/highlighted-text';
import { PrintButton } from '@/components/reader/print-button';
import { StoryBreadcrumb } from '@/components/reader/story-breadcrumb';
import { TypeBadges } from '@/components/reader/type-badges';
import { publicUrl } from '@/lib/env';
import { claimPath, storyPath, toSearchParams } from '@/lib/paths';
import { applyFilters, describeFilters, filtersToSearch, parseFilters } from '@/lib/reader/claim-filters';
import { DISCREPANCY_TYPES } from '@/lib/reader/discrepancy-types';
import { coverageNote, gridClaim, sameSourceAs, type GridClaim, type OutletColumn } from '@/lib/reader/story-view';
import { loadStory } from '@/lib/server/reader';

// The view (filters, sort) is in the query string, so the page is rendered for each request.
export const dynamic = 'force-dynamic';

/** Up to this many outlets fit side by side on a landscape page; more are listed under each claim. */
const MAX_SIDE_BY_SIDE = 4;

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await loadStory((await params).slug);
  return { title: story ? `Print: ${story.title}` : 'Story not found', robots: { index: false } };
}

export default async function PrintPage({ params, searchParams }: Props) {
  const story = await loadStory((await params).slug);
  if (!story) notFound();
  const { columns } = story;
  const filters = parseFilters(toSearchParams(await searchParams), columns.map((column) => column.articleId));
  const byId = new Map(story.claims.map((claim) => [claim.id, claim]));
  const shown = applyFilters(story.claims, filters, columns.length).map((id) => gridClaim(byId.get(id)!));
  const storyUrl = `${publicUrl()}${storyPath(story.slug)}`;
  const sameSource = sameSourceAs(columns);
  const sideBySide = columns.length <= MAX_SIDE_BY_SIDE;

  return (
    <article className="print-view">
      {/* Static CSS, no user text: wide grids print across the page. */}
      {sideBySide && columns.length > 2 && <style>{'@page { size: A4 landscape; margin: 12mm; }'}</style>}
      <StoryBreadcrumb slug={story.slug} title={story.title}>
        Printable view
      </StoryBreadcrumb>
      <header className="mt-2 mb-4">
        <h1 className="font-serif text-2xl font-semibold text-balance">{story.title}</h1>
        <p className="mt-1 text-sm text-muted">
          Compared on Parallax: <span className="break-all">{storyUrl}</span>
        </p>
        <p className="mt-1 text-sm">
          {describeFilters(filters, new Map(columns.map((column) => [column.articleId, column.name])))}: {shown.length} of {story.claims.length} claims.
        </p>
        <ul className="mt-2 grid gap-0.5 text-sm" aria-label="Outlets">
          {columns.map((column) => (
            <li key={column.articleId}>
              <span className="font-semibold">{column.name}</span>, {column.publishedAt ?? 'date unknown'}
              {column.agency && `, ${column.agency} agency copy`}
              {sameSource.get(column.articleId)?.length ? `, same text as ${sameSource.get(column.articleId)!.join(', ')}` : ''}
              {column.url && (
                <>
                  {' · '}
                  <span className="break-all text-muted">{column.url}</span>
                </>
              )}
            </li>
          ))}
        </ul>
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Kinds of difference and their highlights">
          {DISCREPANCY_TYPES.map((info) => (
            <li key={info.type}>
              <mark data-type={info.type}>{info.label}</mark>
            </li>
          ))}
        </ul>
        <p className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
          <PrintButton />
          <Link className="link" href={`${storyPath(story.slug)}${filtersToSearch(filters)}`}>
            Back to the story
          </Link>
        </p>
      </header>
      {shown.length === 0 ? (
        <p className="notice">No claim matches this view.</p>
      ) : sideBySide ? (
        <div className="overflow-x-auto print:overflow-visible" role="region" aria-label="Claims by outlet" tabIndex={0}>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                {columns.map((column) => (
                  <th key={column.articleId} scope="col">
                    {column.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((claim) => (
                <tr key={claim.id} data-claim-id={claim.id}>
                  <th scope="row">
                    <ClaimHeading claim={claim} slug={story.slug} outletTotal={columns.length} />
                  </th>
                  {columns.map((column) => (
                    <td key={column.articleId}>
                      <OutletWords claim={claim} column={column} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ol className="grid gap-4">
          {shown.map((claim) => (
            <li key={claim.id} className="print-claim" data-claim-id={claim.id}>
              <ClaimHeading claim={claim} slug={story.slug} outletTotal={columns.length} />
              <dl className="mt-1 grid gap-1">
                {columns
                  .filter((column) => claim.articleIds.includes(column.articleId))
                  .map((column) => (
                    <div key={column.articleId}>
                      <dt className="font-semibold">{column.name}</dt>
                      <dd>
                        <OutletWords claim={claim} column={column} />
                      </dd>
                    </div>
                  ))}
              </dl>
              <p className="text-sm text-muted">
                Not reported by:{' '}
                {columns
                  .filter((column) => !claim.articleIds.includes(column.articleId) && !claim.possibleMentions.some((mention) => mention.articleId === column.articleId))
                  .map((column) => column.name)
                  .join(', ') || 'none'}
              </p>
              {claim.possibleMentions.map((mention) => (
                <p key={mention.articleId} className="text-sm text-muted">
                  Possibly reported by {columns.find((column) => column.articleId === mention.articleId)?.name}: “{mention.text}”
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

function ClaimHeading({ claim, slug, outletTotal }: { claim: GridClaim; slug: string; outletTotal: number }) {
  return (
    <div className="grid gap-1 text-left text-sm font-normal">
      <span className="font-semibold">Claim {claim.position + 1}</span>
      <span className="text-xs text-muted">{coverageNote(claim, outletTotal)}</span>
      <TypeBadges types={claim.types} />
      <span className="text-xs break-all text-muted">{`${publicUrl()}${claimPath(slug, claim.id)}`}</span>
    </div>
  );
}

function OutletWords({ claim, column }: { claim: GridClaim; column: OutletColumn }) {
  const mentions = claim.mentions.filter((mention) => mention.articleId === column.articleId);
  if (mentions.length === 0) {
    const possible = claim.possibleMentions.some((mention) => mention.articleId === column.articleId);
    return <span className="not-reported">{possible ? 'Possibly reported' : 'Not reported'}</span>;
  }
  return mentions.map((mention) => (
    <p key={mention.start} className="mt-1 first:mt-0">
      <HighlightedText text={mention.text} offset={mention.start} marks={mention.marks} outlet={column.name} />
    </p>
  ));
}
