import { STOPWORDS } from '../lexicons/stopwords';
import { strayQuoteMark } from '../reading/quotations';
import type { Token } from '../tokens';
import { wordsOf } from '../reading/words';
import { analysisOf, isContent, spanOf, type Detector, type Reading, type Verdict } from './mention-view';

/**
 * Quoted words that differ: the same passage quoted with other words ("a dangerous thing" / "a very
 * dangerous thing"), or given in quotation marks by one outlet and reported without them by another
 * ("“I truly understand the consequences of my actions,” Jackson said" / "He said he had understood the
 * consequences of his actions"). Quoting a different excerpt of the same statement, or less of it, is no
 * difference: outlets choose what to quote. A sentence without quotation marks counts as reporting the
 * quoted words only when it tells who said them (a reporting verb) and says most of their content words:
 * the same words given unquoted and untold are mostly an outlet's own summary. Seed pair: “The British
 * Embassy remains open and will continue to carry out essential work.” (The Sun) vs … will continue to
 * carry out "essential work" (ITV News). Quotation style never differs.
 */
interface QuoteReading extends Reading {
  /**
   * Each quotation's words, cut at an ellipsis ("…" marks words left out, not changed); for reported
   * speech, the sentence's words.
   */
  passages: readonly (readonly string[])[];
  /** The content lemmas of each quotation long enough to be a statement, not a phrase, and its verbs. */
  statements: readonly Statement[];
  /** For a sentence that reports words without quoting them: its content lemmas outside the telling. */
  reported: Statement | null;
}

// Quotations shorter than this are phrases, compared as such.
const MIN_PASSAGE_WORDS = 4;
// Words changed inside a passage: at most this many on either side between two common runs, twice as
// many between two runs of LONG_RUN words or more.
const MAX_CHANGE = 3;
const LONG_RUN = 4;

interface Statement {
  lemmas: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
}

/** The content lemmas and verbs of the tokens `within` keeps. */
function statementOf(tokens: readonly Token[], within: (token: Token) => boolean): Statement {
  const kept = tokens.filter((token) => isContent(token) && within(token));
  return { lemmas: new Set(kept.map((token) => token.lemma)), verbs: new Set(kept.filter((token) => token.pos === 'VERB').map((token) => token.lemma)) };
}

// A quotation and a report share at least this many content lemmas, and two thirds of the quotation's.
const MIN_SHARED_LEMMAS = 3;
// Unquoted words that repeat nearly all of a quotation's words in order (this share of them, and at least
// this many) are the quotation itself; reported speech keeps a phrase or two ("… responsibility for the
// improper decisions and mistakes he has made").
const VERBATIM_SHARE = 0.8;
const VERBATIM_WORDS = 5;

export const quoteDetector: Detector<QuoteReading> = {
  type: 'quote',
  read(mention) {
    const { quotations, tokens, credit } = analysisOf(mention);
    const quoted = quotations.filter((quotation) => !quotation.title);
    if (quoted.length === 0) {
      // Reported speech: a telling, and what it reports outside it ("He said he had understood …").
      // A mark without its pair: words quoted over several sentences, not reported in the outlet's own.
      if (credit.kind === 'none' || credit.telling === null || strayQuoteMark(tokens, quotations)) return null;
      const telling = credit.telling;
      const reported = statementOf(tokens, (token) => token.end <= telling.start || token.start >= telling.end);
      return { value: mention.text.trim(), spans: [spanOf(mention, 0, mention.text.length)], passages: [wordsOf(mention.text).split(' ').filter(Boolean)], statements: [], reported };
    }
    const statements = quoted
      .filter((quotation) => quotation.passages.reduce((sum, passage) => sum + passage.length, 0) >= MIN_PASSAGE_WORDS)
      .map((quotation) => statementOf(tokens, (token) => token.start >= quotation.start && token.end <= quotation.end));
    return {
      value: quoted.map((quotation) => quotation.inner).join(' … '),
      spans: quoted.map((quotation) => spanOf(mention, quotation.start, quotation.end - quotation.start)),
      passages: quoted.flatMap((quotation) => quotation.passages),
      statements,
      reported: null,
    };
  },
  compare(a, b) {
    if (a.reported && b.reported) return 'same';
    if (a.reported || b.reported) {
      const [quote, report] = a.reported ? [b, a] : [a, b];
      // Quoted words word for word without marks ("Dear Sasha and Malia, I get you’re both …", a letter
      // set as a block quotation) are the same quotation, its marks lost with the page's layout.
      if (quote.passages.some((passage) => commonSubsequence(passage, report.passages[0] as readonly string[]).length >= Math.max(VERBATIM_WORDS, passage.length * VERBATIM_SHARE))) return 'unsure';
      return reports(report.reported as Statement, quote.statements);
    }
    for (const left of a.passages) for (const right of b.passages) if (altered(left, right)) return 'differ';
    return 'same';
  },
  explain(readings) {
    const parts = readings.map(({ outlet, reading }) => (reading.reported ? `${outlet} gives them without quotation marks: “${reading.value}”` : `${outlet} quotes “${reading.value}”`));
    return readings.some(({ reading }) => reading.reported)
      ? `One outlet quotes the words another reports in its own: ${parts.join('; ')}.`
      : `The outlets quote the same words differently: ${readings.map(({ outlet, reading }) => `${outlet} “${reading.value}”`).join('; ')}.`;
  },
};

/**
 * Whether reported speech says most of one quoted statement's content words, its verb among them ("will
 * miss the final two games" does not report “could sit out the final two games”); unsure when it does not.
 */
function reports(reported: Statement, statements: readonly Statement[]): Verdict {
  for (const { lemmas, verbs } of statements) {
    let shared = 0;
    for (const lemma of lemmas) if (reported.lemmas.has(lemma)) shared++;
    const sameVerb = [...verbs].some((verb) => reported.verbs.has(verb));
    if (sameVerb && shared >= MIN_SHARED_LEMMAS && shared * 3 >= lemmas.size * 2) return 'differ';
  }
  return 'unsure';
}

/**
 * The same passage with other words inside it: between two common runs of two or more words, a few words
 * (at most MAX_CHANGE on each side, one a content word) that only one outlet has. Words before or after
 * the common stretch are a longer or shorter excerpt, not a change.
 */
function altered(a: readonly string[], b: readonly string[]): boolean {
  // Two short quotations in one claim that share a word are one phrase quoted two ways: “very significant
  // risk” / “significant risk”, “respond appropriately” / “respond harshly”, “dramatise” / “over-dramatise”.
  if (a.length < MIN_PASSAGE_WORDS && b.length < MIN_PASSAGE_WORDS) {
    return a.some((word) => b.includes(word)) && (a.some((word) => !b.includes(word)) || b.some((word) => !a.includes(word)));
  }
  const pairs = commonSubsequence(a, b);
  if (pairs.length < MIN_PASSAGE_WORDS) return false;
  const runLength = (from: number, step: 1 | -1) => {
    let length = 1;
    for (let k = from; pairs[k + step] && (pairs[k + step] as [number, number])[0] === (pairs[k] as [number, number])[0] + step && (pairs[k + step] as [number, number])[1] === (pairs[k] as [number, number])[1] + step; k += step) length++;
    return length;
  };
  for (let k = 0; k + 1 < pairs.length; k++) {
    const [i1, j1] = pairs[k] as [number, number];
    const [i2, j2] = pairs[k + 1] as [number, number];
    const [gapA, gapB] = [a.slice(i1 + 1, i2), b.slice(j1 + 1, j2)];
    if (gapA.length + gapB.length === 0) continue;
    // A lone shared word anchors a change only at both passages' edge (“for the country” / “for the whole
    // country”): “According to the indictment, the Hunters knew …” against “The Hunters knew …” shares
    // "the" early on by chance (BASIL 2018 dev story).
    const [before, after] = [runLength(k, -1), runLength(k + 1, 1)];
    const startsBoth = i1 - before + 1 === 0 && j1 - before + 1 === 0;
    const endsBoth = i2 + after === a.length && j2 + after === b.length;
    if ((before < 2 && !startsBoth) || (after < 2 && !endsBoth)) continue;
    // Between long common runs a longer change is still one passage changed: “If you are fully vaccinated,
    // you are protected, and you can start doing the things …” / “If you are fully vaccinated, you can start …”.
    const maxChange = before >= LONG_RUN && after >= LONG_RUN ? 2 * MAX_CHANGE : MAX_CHANGE;
    if (gapA.length > maxChange || gapB.length > maxChange) continue;
    if ([...gapA, ...gapB].some((word) => !STOPWORDS.has(word))) return true;
  }
  return false;
}

/** Index pairs of a longest common subsequence of two word lists. */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      (table[i] as Uint16Array)[j] = a[i] === b[j] ? ((table[i + 1] as Uint16Array)[j + 1] as number) + 1 : Math.max((table[i + 1] as Uint16Array)[j] as number, (table[i] as Uint16Array)[j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (((table[i + 1] as Uint16Array)[j] as number) >= ((table[i] as Uint16Array)[j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}
