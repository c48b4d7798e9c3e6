import { compareTypes } from './discrepancy-types';

/** A range of a text to highlight, with the discrepancy type that marks it. */
export interface Mark {
  start: number;
  end: number;
  type: string;
}

/** A run of text: plain when `types` is empty, otherwise highlighted for those types. */
export interface Segment {
  text: string;
  types: string[];
}

/**
 * Cuts `text.slice(start, end)` into runs of plain and highlighted text. Marks are article offsets;
 * parts outside the window are ignored, overlapping marks give a run with several types, and runs
 * with the same types are merged. Joining the runs' text gives back the window exactly.
 */
export function highlightSegments(text: string, marks: readonly Mark[], start = 0, end = text.length): Segment[] {
  const inside = marks
    .map((mark) => ({ start: Math.max(mark.start, start), end: Math.min(mark.end, end), type: mark.type }))
    .filter((mark) => mark.start < mark.end);
  const cuts = new Set([start, end]);
  for (const mark of inside) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const types = [...new Set(inside.filter((mark) => mark.start <= from && mark.end >= to).map((mark) => mark.type))].sort(compareTypes);
    const previous = segments.at(-1);
    if (previous && previous.types.join() === types.join()) previous.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), types });
  }
  return segments.filter((segment) => segment.text.length > 0);
}
