import type { ExcludedSpan } from '@/lib/analysis/types';

export type SourceSegment =
  | { kind: 'text'; text: string }
  | { kind: 'excluded'; text: string; reason: ExcludedSpan['reason'] }
  | { kind: 'claim'; text: string; claimId: string; start: number };

/**
 * Cuts an analysed article into what the source view shows: plain text, parts the engine set aside
 * (with the reason) and claim sentences (linking to their claim). Where ranges overlap, the one that
 * starts first keeps the overlap (an excluded span, at equal starts). Joining the segments gives back `text`.
 */
export function sourceSegments(
  text: string,
  excluded: readonly ExcludedSpan[],
  mentions: readonly { claimId: string; start: number; end: number }[],
): SourceSegment[] {
  type Range = { start: number; end: number; make: (text: string, start: number) => SourceSegment };
  const ranges: Range[] = [
    ...excluded.map((span) => ({ start: span.start, end: span.end, make: (part: string) => ({ kind: 'excluded' as const, text: part, reason: span.reason }) })),
    ...mentions.map((mention) => ({
      start: mention.start,
      end: mention.end,
      make: (part: string, start: number) => ({ kind: 'claim' as const, text: part, claimId: mention.claimId, start }),
    })),
  ]
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.start < range.end)
    .sort((a, b) => a.start - b.start);

  const segments: SourceSegment[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (start >= range.end) continue;
    if (start > at) segments.push({ kind: 'text', text: text.slice(at, start) });
    segments.push(range.make(text.slice(start, range.end), start));
    at = range.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
