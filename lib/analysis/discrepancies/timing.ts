import { readAsides } from '../reading/asides';
import { readTelling } from '../reading/telling';
import { readTense, type Tense } from '../reading/tense';
import reporting from '../lexicons/reporting.json';
import tenseWords from '../lexicons/tense.json';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { analysisOf, spanOf, type Detector, type Reading, type Verdict } from './mention-view';

/**
 * Different times for the same event, or one outlet reporting as future what another reports as
 * past. Seed pairs: Raab "warned on Sunday" vs "on Monday"; Blinken "will … meet … Lavrov in Geneva
 * on Friday" (LBC, before) vs talks on Friday "that were not eased" (ITV News, after). Equivalent
 * expressions ("in the last day" / "in the past 24 hours") share a key and never differ.
 */
interface TimingReading extends Reading {
  /** Each time expression, canonical, with the tense of what it dates, and whether that is the telling ("said Friday") or what was told. */
  times: { key: string; tense: Tense; told: boolean }[];
  /** The statement's own tense, and the lemma of its main verb. */
  tense: Tense;
  predicate: string | null;
  /** The day its article was published, if known. */
  day: string | null;
}

// "set for June 28": the date of a plan, still to come.
const TARGET_PREPOSITIONS = new Set(tenseWords.targetDates.prepositions);

// "Thursday night", "Friday morning": a part of the day after a day still dates the event.
const PARTS_OF_DAY = new Set(reporting.asides.words);

/**
 * A time that describes a thing rather than dating the sentence's event: "the June 19 voting", "last
 * Thursday's game" (BASIL 2014, ECB+: compared with another outlet's day of the event, they raised
 * differences between two events).
 */
function describesThing(text: string, tokens: readonly Token[], time: Span): boolean {
  const next = tokens.find((token) => token.start >= time.end);
  if (/['’]s$/u.test(text.slice(time.start, time.end)) || (next !== undefined && next.start === time.end && /^['’]s$/u.test(next.value))) return true;
  const before = tokens.filter((token) => token.end <= time.start).at(-1);
  return before?.pos === 'DET' && next?.pos === 'NOUN' && !PARTS_OF_DAY.has(next.value.toLowerCase());
}

const inside = (spans: readonly Span[]) => (token: Token) => spans.some((span) => span.start <= token.start && token.end <= span.end);

export const timingDetector: Detector<TimingReading> = {
  type: 'timing',
  read(mention) {
    const { text } = mention;
    // Clock times count here ("began at 2 a.m." vs "would begin at 2 a.m."), not in alignment, where
    // they tell too little about which fact a sentence states.
    // A title is no time: Fauci said on ABC's "This Week".
    const { quotations: quoted, tokens, credit, times: calendar, clockTimes } = analysisOf(mention);
    const titles = quoted.filter((quotation) => quotation.title);
    const times = [...calendar, ...clockTimes]
      .filter((time) => !titles.some((title) => title.start <= time.start && time.end <= title.end) && !describesThing(text, tokens, time))
      .sort((a, b) => a.start - b.start);
    // Who said it, and when, is one part; what they said is another: "Officials said the talks will
    // resume on Friday" and "The talks will resume on Friday, officials said" both tell of talks to come,
    // and "Manchin on Sunday said he would oppose the bill" was said on Sunday.
    const telling = credit.kind === 'none' ? null : credit.telling;
    const extent = telling ? readTelling(tokens, telling, text.length) : null;
    const report = extent ? { ...extent, tense: readTense(tokens.filter(inside([extent]))).tense } : null;
    const reports = report ? [report] : [];
    // The statement's own tense, not a quotation's ("we will not let their antics stand," Pelosi said) nor
    // an aside's ("Hochul, who will make history as the state's first female governor, on Sunday vowed …").
    const excluded = [...reports, ...quoted, ...readAsides(tokens)];
    const statement = readTense(tokens.filter((token) => !inside(excluded)(token)), report !== null);
    // Reported after a past verb, a past tense may be a present moved back ("The minister told MPs that
    // the money was close to running out"): it says nothing sure about when.
    const backshifted = report !== null && !report.last && statement.marker !== null && report.end <= statement.marker.start && report.tense === 'past';
    const tense: Tense = statement.tense === 'past' && backshifted ? 'present' : statement.tense;
    const reportOf = (time: { start: number }) => reports.find((report) => report.start <= time.start && time.start < report.end);
    const planned = (time: { start: number }) => {
      const before = tokens.filter((token) => token.end <= time.start).at(-1);
      return before !== undefined && TARGET_PREPOSITIONS.has(before.lemma);
    };
    const dated = (time: { start: number }): Tense => (planned(time) ? 'future' : (reportOf(time)?.tense ?? tense));
    const spans = times.map((time) => spanOf(mention, time.start, time.end - time.start));
    if (tense !== 'present' && statement.marker) spans.push(spanOf(mention, statement.marker.start, statement.marker.end - statement.marker.start));
    const words = (found: typeof times) => found.map((time) => text.slice(time.start, time.end)).join(', ');
    const told = times.filter((time) => reportOf(time));
    const when = words(times.filter((time) => !reportOf(time)));
    return {
      // "said Friday; still to come": when it was said, then when it happens.
      value: `${told.length > 0 ? `said ${words(told)}; ` : ''}${when ? `${when}, ` : ''}${tense === 'future' ? 'still to come' : tense === 'past' ? 'already happened' : 'ongoing'}`,
      spans,
      times: times.map((time) => ({ key: time.key, tense: dated(time), told: reportOf(time) !== undefined })),
      tense,
      predicate: statement.predicate,
      day: mention.published?.slice(0, 10) ?? null,
    };
  },
  compare(a, b) {
    if (a.times.length > 0 && b.times.length > 0) return compareTimes(a, b);
    // No time on one side: the same event told as done by one outlet and as still to come by the other
    // ("pleaded guilty" / "is expected to plead guilty"; "will begin withdrawing" / "began withdrawing").
    const opposite = (a.tense === 'future' && b.tense === 'past') || (a.tense === 'past' && b.tense === 'future');
    return opposite && a.predicate !== null && a.predicate === b.predicate ? 'differ' : 'same';
  },
  explain(readings) {
    return `The outlets place it differently in time: ${readings.map(({ outlet, reading }) => `${outlet}: ${reading.value}`).join('; ')}.`;
  },
};

/**
 * Two outlets' times: different explicit times, or one time told as future by one and past by the other.
 * The time of an event is compared with the other's time of that event, and the time of a telling with the
 * other's telling ("warned on Sunday" / "on Monday"); one dates only the telling and the other only the
 * event, they date different things ("a senior official told reporters Friday" / "passed Thursday").
 */
function compareTimes(a: TimingReading, b: TimingReading): Verdict {
  const events = (reading: TimingReading) => reading.times.filter((time) => !time.told);
  const tellings = (reading: TimingReading) => reading.times.filter((time) => time.told);
  if (events(a).length > 0 && events(b).length > 0) return compareDated({ ...a, times: events(a) }, { ...b, times: events(b) });
  if (tellings(a).length > 0 && tellings(b).length > 0) return compareDated({ ...a, times: tellings(a) }, { ...b, times: tellings(b) });
  return 'unsure';
}

function compareDated(a: TimingReading, b: TimingReading): Verdict {
  // "Today" against "Tuesday": whether they are one day depends on when each was written.
  const relativeOnly = (reading: TimingReading) => reading.times.every((time) => time.key.startsWith('relative:'));
  if (relativeOnly(a) !== relativeOnly(b)) return 'unsure';
  // "Last week" against "this week", or "today" against "today": one time or two depends on whether the
  // two articles were written the same day.
  if (relativeOnly(a) && (a.day === null || a.day !== b.day)) return 'unsure';
  const shared = a.times.filter((time) => b.times.some((other) => other.key === time.key));
  if (shared.length === 0) return 'differ';
  const flipped = shared.some((time) => b.times.some((other) => other.key === time.key && ((time.tense === 'future' && other.tense === 'past') || (time.tense === 'past' && other.tense === 'future'))));
  return flipped ? 'differ' : 'same';
}
