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

/** One claim of the story grid: its number, title and differences, then one cell per outlet. */
export function ClaimRow({ claim, columns, slug }: Props) {
  const number = claim.position + 1;
  return (
    <div className="claim-row" data-claim-id={claim.id}>
      <div className="claim-meta">
        <h3 className="text-sm font-semibold">
          <Link href={claimPath(slug, claim.id)} className="link block">
            <span className="sr-only">Claim {number}: </span>
            <span aria-hidden="true" className="text-muted">
              {number}.{' '}
            </span>
            <bdi>{claim.summary}</bdi>
          </Link>
        </h3>
        <p className="text-xs text-muted">{coverageNote(claim, columns.length)}</p>
        <TypeBadges types={claim.types} />
      </div>
      {columns.map((column) => (
        <OutletCell
          key={column.articleId}
          column={column}
          mentions={claim.mentions.filter((mention) => mention.articleId === column.articleId)}
          possible={claim.possibleMentions.find((mention) => mention.articleId === column.articleId)}
          slug={slug}
        />
      ))}
    </div>
  );
}

/** One outlet's version of a claim: its sentences with their highlights, a sentence that may state it, or "Not reported". */
export function OutletCell({ column, mentions, possible, slug }: { column: { articleId: string; name: string }; mentions: GridClaim['mentions']; possible: GridClaim['possibleMentions'][number] | undefined; slug: string }) {
  return (
    <div className="claim-cell" data-article-id={column.articleId} data-reported={mentions.length > 0 ? 'true' : possible ? 'possibly' : 'false'}>
      <p className="cell-outlet">{column.name}</p>
      {mentions.length === 0 ? (
        possible ? (
          <PossiblyReported mention={possible} slug={slug} outlet={column.name} />
        ) : (
          <p className="not-reported">Not reported</p>
        )
      ) : (
        mentions.map((mention) => (
          <p key={mention.start} className="cell-text">
            <HighlightedText text={mention.text} offset={mention.start} marks={mention.marks} outlet={column.name} />
          </p>
        ))
      )}
    </div>
  );
}

/** An outlet's sentence that may state the claim, shown in its own row: a link to check it, not a finding. */
function PossiblyReported({ mention, slug, outlet }: { mention: GridClaim['possibleMentions'][number]; slug: string; outlet: string }) {
  return (
    <div className="possibly-reported">
      <p className="not-reported">Possibly reported</p>
      <p className="text-xs text-muted">
        A sentence of {outlet} comes close:{' '}
        <Link href={claimPath(slug, mention.claimId)} className="link">
          “{mention.text}”
        </Link>
      </p>
    </div>
  );
}
