import { findClockTimes, findTimes } from '../normalize';
import type { Span } from '../types';
import { isTitle, spanOf, type Detector, type KeyedReading, verdictOf, analysisOf } from './mention-view';

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

type Tense = 'future' | 'present' | 'past';

/** The tense of a text: its earliest tense marker decides; where two start together ("is going to"), the first listed. */
function tenseOf(text: string): { tense: Tense; marker: RegExpExecArray | null } {
  const markers = [FUTURE.exec(text), PRESENT.exec(text), PAST.exec(text)];
  const first = markers.reduce<RegExpExecArray | null>((best, marker) => (marker && (!best || marker.index < best.index) ? marker : best), null);
  if (first === null || first === markers[1]) return { tense: 'present', marker: null };
  return { tense: first === markers[0] ? 'future' : 'past', marker: first };
}

/** The text with the given spans blanked out (offsets kept). */
function blank(text: string, spans: readonly Span[]): string {
  return spans.reduce((result, { start, end }) => `${result.slice(0, start)}${' '.repeat(end - start)}${result.slice(end)}`, text);
}

// What follows the verb of a telling is part of it up to "that" ("said Wednesday that", "told MPs on
// Tuesday that", "said at a virtual press conference that"), or up to a day ("said Monday it would …").
const REST_OF_TELLING = /^(?:\s+[^,;"“]{1,60}?\s+that\b|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b)/;

// A clause set off by commas that says more about someone or something: ", who will make history …,".
const ASIDE_CLAUSE = /,\s+(?:who|which)\b[^,;]*,/g;

export const timingDetector: Detector = {
  type: 'timing',
  read(mention) {
    const { text } = mention;
    // Clock times count here ("began at 2 a.m." vs "would begin at 2 a.m."), not in alignment, where
    // they tell too little about which fact a sentence states.
    // A title is no time: Fauci said on ABC's "This Week".
    const quoted = analysisOf(mention).quotations;
    const titles = quoted.filter((quotation) => isTitle(quotation.inner));
    const times = [...findTimes(text), ...findClockTimes(text)]
      .filter((time) => !titles.some((title) => title.start <= time.start && time.end <= title.end))
      .sort((a, b) => a.start - b.start);
    // Who said it, and when, is one part; what they said is another: "Officials said the talks will
    // resume on Friday" and "The talks will resume on Friday, officials said" both tell of talks to come,
    // and "Manchin on Sunday said he would oppose the bill" was said on Sunday.
    const { credit } = analysisOf(mention);
    const telling = credit.kind === 'none' ? null : credit.telling;
    let report: { start: number; end: number; tense: Tense } | null = null;
    let toldAfter = false;
    if (telling) {
      let end = telling.end + (REST_OF_TELLING.exec(text.slice(telling.end))?.[0].length ?? 0);
      // "…, officials said on Monday." ends the sentence: the telling runs to its end.
      if (/^[\s.!?"”’']*$/.test(text.slice(end))) end = text.length;
      else toldAfter = true;
      report = { start: telling.start, end, tense: tenseOf(text.slice(telling.start, end)).tense };
    }
    const reports = report ? [report] : [];
    // The statement's own tense, not a quotation's ("we will not let their antics stand," Pelosi said) nor
    // an aside's ("Hochul, who will make history as the state's first female governor, on Sunday vowed …").
    const asides = [...text.matchAll(ASIDE_CLAUSE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    const statement = tenseOf(blank(text, [...reports, ...quoted, ...asides]));
    // Reported after a past verb, a past tense may be a present moved back ("The minister told MPs that
    // the money was close to running out"): it says nothing sure about when.
    const backshifted = report !== null && toldAfter && statement.marker !== null && report.end <= statement.marker.index && PAST.test(text.slice(report.start, report.end));
    const tense: Tense = statement.tense === 'past' && backshifted ? 'present' : statement.tense;
    const reportOf = (time: { start: number }) => reports.find((report) => report.start <= time.start && time.start < report.end);
    const dated = (time: { start: number }) => reportOf(time)?.tense ?? tense;
    const spans = times.map((time) => spanOf(mention, time.start, time.end - time.start));
    if (tense !== 'present' && statement.marker) spans.push(spanOf(mention, statement.marker.index, statement.marker[0].length));
    const words = (found: typeof times) => found.map((time) => text.slice(time.start, time.end)).join(', ');
    const told = times.filter((time) => reportOf(time));
    const when = words(times.filter((time) => !reportOf(time)));
    return {
      // "said Friday; still to come": when it was said, then when it happens.
      value: `${told.length > 0 ? `said ${words(told)}; ` : ''}${when ? `${when}, ` : ''}${tense === 'future' ? 'still to come' : tense === 'past' ? 'already happened' : 'ongoing'}`,
      spans,
      // Each time with the tense of what it dates: the telling, or what was told.
      key: times.map((time) => `${time.key}@${dated(time)}`).join('|'),
    };
  },
  compare(a, b) {
    // "Today" against "Tuesday": whether they are one day depends on when each was written.
    const relativeOnly = (key: string) => key.split('|').every((entry) => entry.startsWith('relative:'));
    if (a.key && b.key && relativeOnly(a.key) !== relativeOnly(b.key)) return 'unsure';
    return verdictOf(differ(a, b));
  },
  explain(readings) {
    return `The outlets place it differently in time: ${readings.map(({ outlet, reading }) => `${outlet}: ${reading.value}`).join('; ')}.`;
  },
};

/** Whether two readings differ in substance. */
function differ(a: KeyedReading, b: KeyedReading): boolean {
  if (!a.key || !b.key) return false;
  const datesOf = (key: string) => key.split('|').map((entry) => entry.split('@') as [string, Tense]);
  const [datesA, datesB] = [datesOf(a.key), datesOf(b.key)];
  const shared = datesA.filter(([time]) => datesB.some(([other]) => other === time));
  // Different explicit times, or the same time told as future by one and past by the other.
  if (shared.length === 0) return true;
  return shared.some(([time, tense]) => datesB.some(([other, otherTense]) => other === time && ((tense === 'future' && otherTense === 'past') || (tense === 'past' && otherTense === 'future'))));
}
