import { DISCREPANCY_TYPES } from '@/lib/reader/discrepancy-types';

/** What each kind of highlight means, with an example pair; open by default on the about page. */
export function Legend({ open = false }: { open?: boolean }) {
  return (
    <details className="panel" open={open}>
      <summary className="cursor-pointer font-semibold">What the highlights mean</summary>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        {DISCREPANCY_TYPES.map((info) => (
          <div key={info.type}>
            <dt>
              <mark data-type={info.type} className="font-medium">
                {info.label}
              </mark>
            </dt>
            <dd className="text-sm">
              {info.description}{' '}
              <span className="text-muted">
                For example: “{info.example[0]}” and “{info.example[1]}”.
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-muted">
        “Possibly reported” means a sentence of that outlet comes close to the claim but was not lined up with it: the cell
        links it, to check. An empty cell (“not reported”) means the analysis found no sentence of that outlet stating the
        claim, nor one close to it; it may still be there in other words. Differences of form only — curly or straight
        quotes, 100,000 or 100k, “in the last day” or “in the past 24 hours” — are not highlighted.
      </p>
    </details>
  );
}
