import { discrepancyLabel } from '@/lib/reader/discrepancy-types';
import { highlightSegments, type Mark } from '@/lib/reader/highlights';

interface Props {
  /** The outlet's words: a slice of its article starting at `offset`. */
  text: string;
  offset: number;
  /** Highlights in article offsets. */
  marks: readonly Mark[];
  /** Who wrote it, for the highlights' accessible names ("The Sun: attribution differs"). */
  outlet: string;
}

function describe(outlet: string, types: readonly string[]): string {
  const labels = types.map(discrepancyLabel);
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0];
  return `${outlet}: ${list} ${labels.length > 1 ? 'differ' : 'differs'}`;
}

/**
 * One outlet's words with the differing parts highlighted. Built from offsets as text nodes and
 * <mark> elements (never from HTML strings), inside <bdi> so right-to-left or bidi control characters
 * in an article cannot reorder the page around it. Each highlight has a pattern per type (not colour
 * alone) and says in words what differs.
 */
export function HighlightedText({ text, offset, marks, outlet }: Props) {
  const local = marks.map((mark) => ({ ...mark, start: mark.start - offset, end: mark.end - offset }));
  return (
    <bdi className="whitespace-pre-line">
      {highlightSegments(text, local).map((segment, index) =>
        segment.types.length === 0 ? (
          segment.text
        ) : (
          <mark key={index} data-type={segment.types[0]} data-types={segment.types.join(' ')} title={describe(outlet, segment.types)}>
            {segment.text}
            <span className="sr-only"> ({describe(outlet, segment.types)})</span>
          </mark>
        ),
      )}
    </bdi>
  );
}
