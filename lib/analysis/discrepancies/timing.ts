import { findFrame } from '../frames';
import { findClockTimes, findTimes } from '../normalize';
import { isTitle, quotations, spanOf, type Detector } from './mention-view';

/**
 * Different times for the same event, or one outlet reporting as future what another reports as
 * past. Seed pairs: Raab "warned on Sunday" vs "on Monday"; Blinken "will … meet … Lavrov in Geneva
 * on Friday" (LBC, before) vs talks on Friday "that were not eased" (ITV News, after). Equivalent
 * expressions ("in the last day" / "in the past 24 hours") share a key and never differ.
 */
// "would" reports a future from the past ("Hamas said the cease-fire would begin at 2 a.m.").
const FUTURE = /\b(?:will|shall|would|is to|are to|is due to|are due to|is set to|are set to|plans? to|is expected to|are expected to|is going to|are going to)\b/i;
// "President Biden is announcing Thursday that employers will …": the statement is in the present; the
// future belongs to what it announces.
const PRESENT = /\b(?:is|are) \p{L}+ing\b|\b(?:says|announces|tells)\b/iu;
// Regular past tenses end in -ed; the common irregular ones are listed.
const PAST =
  /\b(?:was|were|had|did|has been|have been|met|said|told|went|came|left|took|gave|made|began|won|lost|held|saw|sent|spent|fell|rose|fought|struck|ran|brought|bought|caught|thought|found|kept|led|paid|sold|spoke|wrote|\p{L}+ed)\b/iu;

export const timingDetector: Detector = {
  type: 'timing',
  read(mention) {
    // Clock times count here ("began at 2 a.m." vs "would begin at 2 a.m."), not in alignment, where
    // they tell too little about which fact a sentence states.
    // A title is no time: Fauci said on ABC's "This Week".
    const quoted = quotations(mention.text);
    const titles = quoted.filter((quotation) => isTitle(quotation.inner));
    const times = [...findTimes(mention.text), ...findClockTimes(mention.text)]
      .filter((time) => !titles.some((title) => title.start <= time.start && time.end <= title.end))
      .sort((a, b) => a.start - b.start);
    // The tense of the statement, not of its attribution ("…, the White House said Thursday") nor of
    // what is reported inside it ("Yellen told Congress that the U.S. will run out …"): the first
    // tense marker outside the attribution decides.
    const attribution = findFrame(mention.text, { start: 0, end: mention.text.length }).attribution;
    const withoutAttribution = attribution
      ? `${mention.text.slice(0, attribution.start)}${' '.repeat(attribution.end - attribution.start)}${mention.text.slice(attribution.end)}`
      : mention.text;
    // Nor of a quotation: "we will not let their antics stand," Pelosi said on Thursday.
    const statement = quoted.reduce((text, { start, end }) => `${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`, withoutAttribution);
    const markers = [FUTURE.exec(statement), PRESENT.exec(statement), PAST.exec(statement)];
    // The earliest marker decides; where two start together ("is going to"), the first listed.
    const first = markers.reduce<RegExpExecArray | null>((best, marker) => (marker && (!best || marker.index < best.index) ? marker : best), null);
    const tense = first === null || first === markers[1] ? 'present' : first === markers[0] ? 'future' : 'past';
    const tenseMatch = tense === 'present' ? null : first;
    const spans = times.map((time) => spanOf(mention, time.start, time.end - time.start));
    if (tenseMatch) spans.push(spanOf(mention, tenseMatch.index, tenseMatch[0].length));
    const when = times.map((time) => mention.text.slice(time.start, time.end)).join(', ');
    return {
      value: `${when ? `${when}, ` : ''}${tense === 'future' ? 'still to come' : tense === 'past' ? 'already happened' : 'ongoing'}`,
      spans,
      key: `${times.map((time) => time.key).join('|')}#${tense}`,
    };
  },
  differ(a, b) {
    const [timesA = '', tenseA] = a.key.split('#');
    const [timesB = '', tenseB] = b.key.split('#');
    const shared = timesA.split('|').some((time) => time && timesB.split('|').includes(time));
    // Different explicit times, or the same time told as future by one and past by the other.
    if (timesA && timesB && !shared) return true;
    return shared && ((tenseA === 'future' && tenseB === 'past') || (tenseA === 'past' && tenseB === 'future'));
  },
  explain(readings) {
    return `The outlets place it differently in time: ${readings.map(({ outlet, reading }) => `${outlet}: ${reading.value}`).join('; ')}.`;
  },
};
