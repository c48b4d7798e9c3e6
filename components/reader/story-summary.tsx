import Link from 'next/link';
import type { Variant } from '@/lib/analysis/types';
import { claimPath, storyPath } from '@/lib/paths';
import { typesToUrl } from '@/lib/reader/discrepancy-types';
import type { StoryDigest } from '@/lib/reader/story-digest';
import { variantForms } from '@/lib/reader/story-view';
import { truncate } from '@/lib/reader/truncate';

/** Longest explanation or claim title a line of the summary shows; the claim's page has it all. */
const LINE_LENGTH = 100;

/**
 * The top of a story page, kept short enough for the first claims to show below it: what differs
 * between the outlets (each kind with its first differences in the outlets' words, linking to their
 * claims, and a link to the grid filtered to it), what only some of them report, and the names they write
 * differently. Everything here is also in the grid below.
 */
export function StorySummary({ slug, digest, variants }: { slug: string; digest: StoryDigest; variants: readonly Variant[] }) {
  const names = variants.map((variant) => variantForms(variant).join(' / '));
  return (
    <section aria-labelledby="summary-heading" className="panel mb-6 text-sm max-sm:p-3">
      <h2 id="summary-heading" className="text-lg font-semibold">
        What differs
      </h2>
      {digest.differences.length === 0 ? (
        <p className="mt-1">No differences were found between the outlets’ versions of the claims they share.</p>
      ) : (
        <ul className="mt-1 grid gap-x-6 gap-y-1 lg:grid-cols-2">
          {digest.differences.map((kind) => (
            <li key={kind.type} className="max-sm:line-clamp-2">
              <span className="badge" data-type={kind.type}>
                {kind.label}
              </span>{' '}
              <a className="link font-semibold" href={`${storyPath(slug)}?type=${typesToUrl([kind.type])}#claims-heading`}>
                {kind.total} {kind.total === 1 ? 'claim' : 'claims'}
              </a>
              {kind.claims.map((claim) => (
                <span key={claim.id}>
                  {', as in '}
                  <Link className="link" href={claimPath(slug, claim.id)} title={claim.summary}>
                    {truncate(claim.explanation, LINE_LENGTH)}
                  </Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {digest.partial.total > 0 && (
        <p className="mt-2">
          <span className="font-semibold">
            Reported by some outlets, not others: {digest.partial.total} {digest.partial.total === 1 ? 'claim' : 'claims'}
          </span>
          {digest.partial.claims.map((claim) => (
            <span key={claim.id}>
              {', such as '}
              <Link className="link" href={claimPath(slug, claim.id)}>
                <bdi>{truncate(claim.summary, LINE_LENGTH)}</bdi>
              </Link>{' '}
              <span className="text-muted">
                ({claim.reportedBy.join(', ')}; not {claim.notBy.join(', ')})
              </span>
            </span>
          ))}
          {digest.single > 0 && <span className="text-muted">; {digest.single} more by one outlet only</span>}
        </p>
      )}
      {names.length > 0 && (
        <p className="mt-2">
          <span className="font-semibold">Names written differently:</span>{' '}
          {names.map((name, index) => (
            <span key={name}>
              {index > 0 && ' · '}
              <bdi>{name}</bdi>
            </span>
          ))}{' '}
          (<a className="link" href="#variants-heading">who writes which</a>)
        </p>
      )}
    </section>
  );
}
