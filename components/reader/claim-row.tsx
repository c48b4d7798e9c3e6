import Link from 'next/link';
import { claimPath } from '@/lib/paths';
import { coverageNote, type GridClaim } from '@/lib/reader/story-view';
import { HighlightedText } from './highlighted-text';
import { TypeBadges } from './type-badges';

interface Props {
  claim: GridClaim;
  columns: readonly { articleId: string; name: string }[];
  slug: string;
}

/** One claim of the story grid: its number and differences, then one cell per outlet. */
export function ClaimRow({ claim, columns, slug }: Props) {
  const number = claim.position + 1;
  return (
    <div className="claim-row" data-claim-id={claim.id}>
      <div className="claim-meta">
        <h3 className="text-sm font-semibold">
          <Link href={claimPath(slug, claim.id)} className="link" aria-label={`Claim ${number}: open its page`}>
            Claim {number}
          </Link>
        </h3>
        <p className="text-xs text-muted">{coverageNote(claim, columns.length)}</p>
        <TypeBadges types={claim.types} />
      </div>
      {columns.map((column) => {
        const mentions = claim.mentions.filter((mention) => mention.articleId === column.articleId);
        return (
          <div key={column.articleId} className="claim-cell" data-article-id={column.articleId} data-reported={mentions.length > 0}>
            <p className="cell-outlet">{column.name}</p>
            {mentions.length === 0 ? (
              <p className="not-reported">Not reported</p>
            ) : (
              mentions.map((mention) => (
                <p key={mention.start} className="cell-text">
                  <HighlightedText text={mention.text} offset={mention.start} marks={mention.marks} outlet={column.name} />
                </p>
              ))
            )}
          </div>
        );
      })}
    </div>
  );
}
