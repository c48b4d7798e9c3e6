import { extractFeatures, type ClaimFeatures } from './features';
import { findFrame } from './frames';
import { tokenize, tokensIn, type Token } from './tokens';
import type { Span } from './types';

/** Features of a claim's core (attribution and discourse leads set aside; see frames.ts). */
export function claimFeatures(tokens: readonly Token[], text: string, span: Span): ClaimFeatures {
  const { core } = findFrame(text, span);
  return extractFeatures(tokensIn(tokens, core.start, core.end), text.slice(core.start, core.end), core.start);
}

/** Features of a standalone sentence (evaluation, training and tests compare sentences this way). */
export function sentenceFeatures(text: string): ClaimFeatures {
  return claimFeatures(tokenize(text), text, { start: 0, end: text.length });
}
