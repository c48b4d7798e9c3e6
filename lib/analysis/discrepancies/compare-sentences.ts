import { tokenize } from '../tokens';
import type { Discrepancy } from '../types';
import { findVariants, variantLocator } from '../variants';
import { findDiscrepancies } from './index';

// The example pairs are read as two articles published the same day: "yesterday" means one day in both.
const SAME_DAY = '2000-01-01';

/**
 * Discrepancies between two outlets' sentences that state the same claim, exactly as the engine
 * reports them for an aligned claim of two articles published the same day (used by the table tests and
 * `npm run eval`).
 */
export function compareSentences(a: string, b: string): Discrepancy[] {
  const mentions = [
    { articleId: 'a', outlet: 'Outlet A', text: a, start: 0, previous: '', published: SAME_DAY },
    { articleId: 'b', outlet: 'Outlet B', text: b, start: 0, previous: '', published: SAME_DAY },
  ];
  const within = variantLocator(findVariants(mentions.map((mention) => ({ id: mention.articleId, tokens: tokenize(mention.text) }))));
  const variants = within(mentions.map((mention) => ({ articleId: mention.articleId, start: 0, end: mention.text.length })));
  return findDiscrepancies(mentions, variants);
}
