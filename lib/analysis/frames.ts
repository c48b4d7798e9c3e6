import type { Span } from './types';

/**
 * Separates what a claim asserts from how it is framed: who is credited ("…, reports the BBC",
 * "…, the State Department said") and discourse leads ("It comes after …", "The move came amid …").
 * Outlets differ most in exactly these parts, so alignment compares the core; the attribution itself
 * is compared on its own (a difference in who is credited is a discrepancy, not a different fact).
 */
export interface ClaimFrame {
  /** The asserted content, inside the claim. */
  core: Span;
  /** The attribution clause, when the claim ends with one ("reports the BBC"). */
  attribution: Span | null;
}

// Seed 001: "Around half of staff are expected to leave with their families, reports the BBC."
// Seed 002: "…, the State Department said." / "…, a US official said." / "…, according to The Telegraph."
// Held-out batch 2: "…, a US official told the Associated Press." (Not "…, X announced.": on ECB+ train that
// took events for attributions.)
// MSRP: "…," said Steve Anderson, a Waco public-information officer." (a name, then who they are);
// never "…, said that the White House wasn't informed" (what was said, not who said it).
const TRAILING_ATTRIBUTION =
  /[,"”]\s*((?:said|says|added)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+(?:a|an|the)\s+(?:[^,;:"“”]|(?<=\d),(?=\d{3})){1,60}?|(?:reports?|according to|said|says|claimed|added)\s+(?!(?:that|in|on|at|during|after|before|while|when|if|he|she|it|they|we|I|you|there|this)\b)(?:[^,;:"“”]|(?<=\d),(?=\d{3})){1,60}?|(?:[^,;:"“”]|(?<=\d),(?=\d{3})){1,60}?\s+(?:said|says|added|reported|claimed|warned|stressed|(?:told|tells?)\s+(?:the\s+)?\p{L}+(?:\s+\p{Lu}[\p{L}.]*){0,3}))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.!]?\s*$/u;
// Seed 000: "The withdrawal came after …", "The move came amid …"; seed 001: "It comes after …",
// "But it comes after US officials said …".
const LEADING_FRAME =
  /^(?:(?:But|And|Meanwhile|However|Today|Now)\s*,?\s+)?(?:(?:[Ii]t|[Tt]his|[Tt]he (?:move|withdrawal|decision|announcement|news))\s+(?:comes?|came)\s+(?:after|amid|as)\s+|(?:[Ii]t|[Tt]his) (?:is|was) (?:thought|believed|understood|claimed|reported|said) (?:that\s+)?)/u;

export function findFrame(text: string, span: Span): ClaimFrame {
  const claim = text.slice(span.start, span.end);
  let coreStart = span.start;
  let coreEnd = span.end;
  let attribution: Span | null = null;

  const trailing = TRAILING_ATTRIBUTION.exec(claim);
  // Keep it only when a real statement precedes it (at least five words).
  if (trailing?.[1] && claim.slice(0, trailing.index).split(/\s+/).length >= 5) {
    const start = span.start + trailing.index + trailing[0].indexOf(trailing[1]);
    attribution = { start, end: start + trailing[1].length };
    coreEnd = span.start + trailing.index + (/^["”]/.test(trailing[0]) ? 1 : 0);
  }
  const leading = LEADING_FRAME.exec(claim);
  if (leading && leading[0].length < coreEnd - coreStart) coreStart += leading[0].length;
  return { core: { start: coreStart, end: coreEnd }, attribution };
}
