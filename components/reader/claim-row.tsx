import Link from 'next/link';
import { marksFor, type ClaimView, type OutletColumn } from '@/lib/reader/story-view';
import { HighlightedText } from './highlighted-text';
import { TypeBadges } from './type-badges';

interface Props {
  claim: ClaimView;
  columns: readonly OutletColumn[];
  slug: string;
}

/** One claim of the story grid: its number and differences, then one cell per outlet. */
export function ClaimRow({ claim, columns, slug }: Props) {
  const number = claim.position + 1;
  return (
    <div className="claim-row" data-claim-id={claim.id}>
      <div className="claim-meta">
        <h3 className="text-sm font-semibold">
          <Link href={`/stories/${slug}/claims/${claim.id}`} className="link" aria-label={`Claim ${number}: open its page`}>
            Claim {number}
          </Link>
        </h3>
        <p className="text-xs text-muted">
          {claim.articleIds.length} of {columns.length} outlets
        </p>
        <TypeBadges types={claim.types} />
      </div>
      {columns.map((column) => {
        const mentions = claim.mentions.filter((mention) => mention.articleId === column.articleId);
        const marks = marksFor(claim, column.articleId);
        return (
          <div key={column.articleId} className="claim-cell" data-article-id={column.articleId} data-reported={mentions.length > 0}>
            <p className="cell-outlet">{column.name}</p>
            {mentions.length === 0 ? (
              <p className="text-sm italic text-muted">Not reported</p>
            ) : (
              mentions.map((mention) => (
                <p key={mention.start} className="mt-1 text-[0.95rem] leading-relaxed first-of-type:mt-0">
                  <HighlightedText text={mention.text} offset={mention.start} marks={marks} outlet={column.name} />
                </p>
              ))
            )}
          </div>
        );
      })}
    </div>
  );
}
