import { tokenize } from '../tokens';
import type { Discrepancy } from '../types';
import { findVariants, variantLocator } from '../variants';
import { findDiscrepancies } from './index';

/**
 * Discrepancies between two outlets' sentences that state the same claim, exactly as the engine
 * reports them for an aligned claim (used by the table tests and `npm run eval`).
 */
export function compareSentences(a: string, b: string): Discrepancy[] {
  const mentions = [
    { articleId: 'a', outlet: 'Outlet A', text: a, start: 0, previous: '' },
    { articleId: 'b', outlet: 'Outlet B', text: b, start: 0, previous: '' },
  ];
  const within = variantLocator(findVariants(mentions.map((mention) => ({ id: mention.articleId, tokens: tokenize(mention.text) }))));
  const variants = within(mentions.map((mention) => ({ articleId: mention.articleId, start: 0, end: mention.text.length })));
  return findDiscrepancies(mentions, variants);
}
