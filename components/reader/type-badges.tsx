import { discrepancyLabel } from '@/lib/reader/discrepancy-types';

/** The discrepancy types of a claim as small labelled chips, each with its highlight pattern as a swatch. */
export function TypeBadges({ types }: { types: readonly string[] }) {
  if (types.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Differences">
      {types.map((type) => (
        <li key={type} className="badge" data-type={type}>
          {discrepancyLabel(type)}
        </li>
      ))}
    </ul>
  );
}

/** Differences in words, each after its type's badge: "attribution · ITV News credits officials; …". */
export function ExplainedDifferences({ differences, className, label }: { differences: readonly { type: string; text: string }[]; className: string; label?: string }) {
  return (
    <ul className={className} aria-label={label}>
      {differences.map((difference, index) => (
        <li key={index}>
          <span className="badge" data-type={difference.type}>
            {discrepancyLabel(difference.type)}
          </span>{' '}
          {difference.text}
        </li>
      ))}
    </ul>
  );
}
