import { subordinateTokens } from '../reading/clauses';
import { readCredit, type Credit } from '../reading/credit';
import { readFigures, type Figure } from '../reading/figures';
import { readPolarity, type PolarityReading } from '../reading/polarity';
import { readQuantifiers, type Quantifier } from '../reading/quantifiers';
import { findQuotations, type Quotation } from '../reading/quotations';
import { readWords, type Word } from '../reading/words';
import { findClockTimes, findTimes, type TimeMention } from '../normalize';
import { tokenize, type Token } from '../tokens';

/** What a detector sees of one outlet's statement of a claim. */
export interface MentionView {
  articleId: string;
  /** Outlet name for explanations; the article id when the outlet is unknown. */
  outlet: string;
  /** The mention's text and where it starts in the article. */
  text: string;
  start: number;
  /** The sentence before the mention in its article ("" at the start): a source may be named there. */
  previous: string;
  /** When its article was published (YYYY-MM-DD…), if known: "today" means that day. */
  published?: string | null;
}

/**
 * The one shared analysis of a mention that every detector reads, computed once: its tokens (offsets
 * relative to the mention, with lemmas and parts of speech), its quotations, whom it credits, whether it
 * asserts or denies its main predicate (null when that verb cannot be told), its quantifiers, its times and its figures.
 */
export interface MentionAnalysis {
  tokens: readonly Token[];
  /** Tokens joined back into words ("so-called", "pro-life"): what word lists are matched against. */
  words: readonly Word[];
  quotations: readonly Quotation[];
  credit: Credit;
  polarity: PolarityReading | null;
  quantifiers: readonly Quantifier[];
  /** Days, dates and spans of time ("on Friday", "in the past 24 hours"), canonical, in order. */
  times: readonly TimeMention[];
  /** Clock times ("2 a.m." = "2am"): the timing detector dates by them, the number detector counts none. */
  clockTimes: readonly TimeMention[];
  /** Figures with what they count ("100,000 troops", "$54.20 per share"); no year, date or clock time. */
  figures: readonly Figure[];
  /** Tokens of subordinate clauses: what the sentence mentions ("… how the map may change"), not what it reports. */
  subordinate: ReadonlySet<Token>;
  /** Lemmas of its content words (nouns, names, verbs, adjectives, figures): what it talks about. */
  contentLemmas: ReadonlySet<string>;
}

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** A content word: a noun, name, verb, adjective or figure. */
export const isContent = (token: Token) => CONTENT_TAGS.has(token.pos);

const analyses = new WeakMap<MentionView, MentionAnalysis>();

export function analysisOf(mention: MentionView): MentionAnalysis {
  let analysis = analyses.get(mention);
  if (!analysis) {
    const tokens = tokenize(mention.text);
    const quotations = findQuotations(mention.text);
    const credit = readCredit({ tokens, quotations }, mention.previous);
    const clockTimes = findClockTimes(mention.text);
    analysis = {
      tokens,
      words: readWords(tokens, mention.text),
      quotations,
      credit,
      polarity: readPolarity({ tokens, quotations, credit }),
      quantifiers: readQuantifiers({ tokens, quotations }),
      times: findTimes(mention.text),
      clockTimes,
      figures: readFigures({ text: mention.text, tokens, clockTimes }),
      subordinate: subordinateTokens(tokens),
      contentLemmas: new Set(tokens.filter(isContent).map((token) => token.lemma)),
    };
    analyses.set(mention, analysis);
  }
  return analysis;
}

/** One outlet's part in a difference: its words and their spans (article offsets). */
export interface Reading {
  value: string;
  spans: [number, number][];
}

/** A reading compared through a canonical form of its words. */
export interface KeyedReading extends Reading {
  key: string;
}

/**
 * What two readings say of each other: the same (in substance), different, or unsure — a detector that
 * cannot tell abstains, because a wrong finding costs more than a missing one.
 */
export type Verdict = 'same' | 'differ' | 'unsure';

export const verdictOf = (differs: boolean): Verdict => (differs ? 'differ' : 'same');

/**
 * A detector reads one aspect of every mention into a typed reading, compares two readings, and explains
 * a difference. Outlets whose readings differ make a discrepancy (see `findDiscrepancies`).
 */
export interface Detector<R extends Reading = KeyedReading> {
  type: import('../types').DiscrepancyType;
  /** The aspect's reading for one mention, or null when the mention says nothing about it. */
  read(mention: MentionView): R | null;
  /** Whether two readings differ in substance (not only in form), or the detector cannot tell. */
  compare(a: R, b: R): Verdict;
  explain(readings: { outlet: string; reading: R }[]): string;
}

/** Span of `part` found inside the mention, as article offsets. */
export function spanOf(mention: MentionView, index: number, length: number): [number, number] {
  return [mention.start + index, mention.start + index + length];
}

/** "ITV News says “around half”; The Sun says “half”." */
export function quoteEach(readings: readonly { outlet: string; reading: Reading }[], verb: string): string {
  return `${readings.map(({ outlet, reading }) => `${outlet} ${verb} “${reading.value}”`).join('; ')}.`;
}
