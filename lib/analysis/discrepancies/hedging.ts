import { spanOf, type Detector } from './mention-view';

/**
 * Different certainty about the same fact. Seed pairs: "The move is a precautionary one" (ITV News)
 * vs "It is thought to be a precaution" (The Sun); "There is an estimated 100,000 troops" (ITV News)
 * vs "Russia has massed 100,000 troops" (LBC); "will return" vs "may return". The cues beyond the seeds
 * are common hedge cues of the hedge-detection literature (seems to, appears to, suggests,
 * tentatively, potentially, presumably, unclear); "believes" is left out: it reports an opinion.
 * A bound ("at least 60", "more than 600,000") leaves the figure open; "more than" and "over" are
 * the same bound, though "over 3 days" is a span of time, not a bound; "up to" and "as many as" too.
 * "Nearly 8 months after declaring war" dates the fact; it does not hedge it.
 */
// Words that make a figure approximate or a bound ("about 200", "at least 60").
const APPROXIMATORS = 'around|about|roughly|approximately|some|up to|as many as|as much as|nearly|almost|more than|at least';
const HEDGES = new RegExp(
  String.raw`\b(?:it is (?:thought|believed|understood|claimed|said|reported)|(?:is|are|was|were) (?:thought|believed|understood|said|reported|expected|likely|understood) to|reportedly|allegedly|apparently|possibly|probably|perhaps|an estimated|estimated|(?:${APPROXIMATORS})(?= (?:\d|a (?:third|quarter|hundred|thousand|million)|half|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))(?! [\w,.]+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?) (?:after|ago|before|later|earlier|since)\b)|over(?= \d)(?! [\d,.]+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)|may|might|could|appear(?:s|ed)? to|seem(?:s|ed)? to|likely|it is claimed|according to reports|suggest(?:s|ed)?|tentative(?:ly)?|potential(?:ly)?|presumably|unclear)\b`,
  'gi',
);

export const hedgingDetector: Detector = {
  type: 'hedging',
  read(mention) {
    const cues: string[] = [];
    const spans: [number, number][] = [];
    HEDGES.lastIndex = 0;
    for (let match = HEDGES.exec(mention.text); match; match = HEDGES.exec(mention.text)) {
      if (isTheMonth(mention.text, match)) continue;
      cues.push(match[0]);
      spans.push(spanOf(mention, match.index, match[0].length));
    }
    const levels = [...new Set(cues.map(levelOf))].sort();
    return cues.length > 0 ? { value: cues.join(', '), spans, key: levels.join('+') } : { value: 'states it as fact', spans: [], key: 'plain' };
  },
  differ(a, b) {
    return a.key !== b.key;
  },
  explain(readings) {
    return `The outlets are not equally sure: ${readings
      .map(({ outlet, reading }) => (reading.key === 'plain' ? `${outlet} states it as fact` : `${outlet} hedges with “${reading.value}”`))
      .join('; ')}.`;
  },
};

/** "in May", "May 5", Theresa May: a capital "May" inside a sentence, or before a figure, is no modal verb. */
function isTheMonth(text: string, match: RegExpExecArray): boolean {
  return match[0] === 'May' && (match.index > 0 || /^\s+\d/.test(text.slice(match.index + 3)));
}

const APPROXIMATE = new RegExp(`estimated|over|${APPROXIMATORS}`);

/** What kind of uncertainty a cue expresses: an approximate figure, a possibility, or hearsay. */
function levelOf(cue: string): string {
  const word = cue.toLowerCase();
  if (/^(?:may|might|could|possibly|probably|perhaps|likely|potential(?:ly)?|tentative(?:ly)?|unclear|presumably)$/.test(word) || /^(?:seem|appear|suggest)/.test(word)) return 'possible';
  if (APPROXIMATE.test(word)) return 'approximate';
  return 'reported';
}
