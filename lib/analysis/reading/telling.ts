import clauses from '../lexicons/clauses.json';
import reporting from '../lexicons/reporting.json';
import { CALENDAR_WORDS } from '../normalize';
import type { Token } from '../tokens';
import type { Span } from '../types';

const COMPLEMENTIZERS = new Set(clauses.complementizers.lemmas);
const TELLING_ENDS = new Set(clauses.tellingEnds.punctuation);
const SENTENCE_END_MARKS = new Set(clauses.sentenceEnds.punctuation.join(''));
// After the verb: "said Monday", "said on Sunday", "said late".
const ASIDE_WORDS = new Set([...CALENDAR_WORDS, ...reporting.asides.words]);
const ON = 'on';
// "told reporters Friday", "told the BBC on Sunday": whom a verb of telling addresses may come before the day.
const ADDRESSEE_VERBS = new Set(reporting.addressees.lemmas);
const ADDRESSEE_TAGS = new Set(['DET', 'PROPN', 'NOUN']);
const MAX_ADDRESSEE_WORDS = 3;
// How far the words between a reporting verb and its "that" may run ("told MPs on Tuesday that").
const MAX_BEFORE_THAT = 60;

/**
 * How far the telling of a statement runs — its source and verb (`Credit.telling`) and what follows the
 * verb as part of it: the words up to "that" ("said Wednesday that", "told MPs on Tuesday that", "said at
 * a virtual press conference that"), or a day ("said Monday it would …"). `last`: nothing but closing
 * marks comes after it ("…, officials said on Monday."), so the telling runs to the end of the sentence.
 */
export interface Telling extends Span {
  last: boolean;
}

export function readTelling(tokens: readonly Token[], telling: Span, textLength: number): Telling {
  const after = tokens.findIndex((token) => token.start >= telling.end);
  const next = after === -1 ? [] : tokens.slice(after);
  const verb = tokens.filter((token) => token.start >= telling.start && token.end <= telling.end).at(-1);
  const addressed = verb !== undefined && ADDRESSEE_VERBS.has(verb.lemma);
  const end = telling.end === next[0]?.start ? telling.end : (untilThat(next) ?? untilDay(next, addressed) ?? telling.end);
  const last = tokens.every((token) => token.end <= end || [...token.value].every((char) => SENTENCE_END_MARKS.has(char)));
  return { start: telling.start, end: last ? textLength : end, last };
}

/** The end of "that" after at least one word and no clause boundary, within MAX_BEFORE_THAT characters. */
function untilThat(next: readonly Token[]): number | null {
  const first = next[0];
  for (let index = 1; first !== undefined && index < next.length; index++) {
    const token = next[index] as Token;
    const before = next[index - 1] as Token;
    if (TELLING_ENDS.has(before.value) || before.end - first.start > MAX_BEFORE_THAT) return null;
    if (COMPLEMENTIZERS.has(token.lemma) && token.start > before.end) return token.end;
  }
  return null;
}

/**
 * The end of a day after the verb, "on" allowed before it: "said Monday", "said on Sunday"; after a verb of
 * telling, its addressee may come first ("told reporters Friday": BASIL 2019, blind dev split).
 */
function untilDay(next: readonly Token[], addressed: boolean): number | null {
  let from = 0;
  while (addressed && from < MAX_ADDRESSEE_WORDS && next[from] !== undefined && ADDRESSEE_TAGS.has((next[from] as Token).pos) && !isDay(next, from)) from++;
  const at = next[from]?.value.toLowerCase() === ON && isDay(next, from + 1) ? from + 1 : from;
  return isDay(next, at) ? (next[at] as Token).end : null;
}

function isDay(next: readonly Token[], index: number): boolean {
  const token = next[index];
  return token !== undefined && ASIDE_WORDS.has(token.value.toLowerCase());
}
