/**
 * Public types of the analysis engine. The shapes mirror the `npm run analyze` contract: field names
 * and meanings are stable because tools outside this repository read them.
 */

/** One article as given to the engine: plain text or HTML. */
export interface ArticleInput {
  id: string;
  outlet: string | null;
  url?: string;
  /** YYYY-MM-DD, or null when unknown. */
  publishedAt?: string | null;
  title?: string;
  text?: string;
  html?: string;
}

/** Several articles about one event. */
export interface StoryInput {
  id: string;
  title?: string;
  articles: ArticleInput[];
}

/** Why a span of an article is not part of the article proper. */
export type ExclusionReason =
  | 'metadata'
  | 'headline'
  | 'dateline'
  | 'byline'
  | 'caption'
  | 'credit'
  | 'widget'
  | 'related-link'
  | 'navigation'
  /** An ad slot's label ("Advertisement", "Sponsored"). */
  | 'advertisement'
  /** A comment form or prompt ("Leave a Reply", "Be the first to comment"). */
  | 'comments'
  /** A newsroom notice on the story ("More follows", "This story is developing"). */
  | 'notice';

/** A half-open [start, end) range of JavaScript string indices into an article's text. */
export interface Span {
  start: number;
  end: number;
}

export interface ExcludedSpan extends Span {
  reason: ExclusionReason;
}

/** The dateline that opens a story, "KYIV, Ukraine (AP) —": where (and when) it was filed, and by which agency. */
export interface Dateline {
  /** As printed: "KYIV, Ukraine", "WASHINGTON", "London". */
  place: string;
  /** YYYY-MM-DD when the dateline gives a date ("Mumbai, Nov 11 -": its year from the publication date). */
  date: string | null;
  /** The agency the dateline credits ("AP", "Reuters"), or null. */
  agency: string | null;
}

export interface AnalyzedArticle {
  id: string;
  /** From the input, or else found in the text or the HTML's metadata. */
  publishedAt: string | null;
  /** The text that every offset refers to: the input text, or the text extracted from the HTML. */
  text: string;
  excluded: ExcludedSpan[];
  /** The story's dateline (its span is excluded with reason 'dateline'), or null when it has none. Added in engine 0.4.8. */
  dateline?: Dateline | null;
}

/** Where one outlet states a claim: `text === article.text.slice(start, end)`. */
export interface Mention extends Span {
  articleId: string;
  text: string;
}

/** Filled by the discrepancy stage (Engine II); kept in the contract from the start. */
export interface Discrepancy {
  type: DiscrepancyType;
  articleIds: string[];
  values: Record<string, string>;
  spans: Record<string, [number, number][]>;
  explanation: string;
}

export type DiscrepancyType =
  | 'spelling'
  | 'number'
  | 'timing'
  | 'attribution'
  | 'hedging'
  | 'quote'
  | 'scope'
  | 'framing'
  | 'contradiction';

export interface VariantForm {
  form: string;
  count: number;
  spans: [number, number][];
}

/** One entity written differently across (or within) articles. */
export interface Variant {
  canonical: string;
  type: 'spelling' | 'case' | 'transliteration' | 'renaming';
  forms: Record<string, VariantForm[]>;
}

/** One fact, with every outlet's statement of it. */
export interface Claim {
  /** Stable: derived from the claim's first mention (its article and words), so the same input gives the same id anywhere. */
  id: string;
  summary: string;
  mentions: Mention[];
  discrepancies: Discrepancy[];
  variants: Variant[];
  /** Ids this claim supersedes (those of its other mentions, had they stood alone): links to them redirect here. */
  replaces: string[];
  /**
   * For outlets with no mention here, the sentence of theirs that comes close to this claim (see
   * possible-mentions.ts): the row says "possibly reported" and links it, instead of "not reported".
   * `claimId` is the claim whose row holds that sentence. Absent in analyses made before engine 0.4.7.
   */
  possibleMentions?: PossibleMention[];
}

export interface PossibleMention extends Mention {
  claimId: string;
}

export interface StoryAnalysis {
  storyId: string;
  engineVersion: string;
  articles: AnalyzedArticle[];
  claims: Claim[];
  variants: Variant[];
}
