import { describe, expect, it } from 'vitest';
import { seedArticles } from '@/lib/testing/seed-story';
import { GUIDE_EXAMPLES } from './guide-examples';

const textOf = new Map(seedArticles().map((article) => [article.outlet, article.text]));

describe('the student guide', () => {
  it('quotes the seed articles word for word, each from the outlet it names', () => {
    for (const example of GUIDE_EXAMPLES) {
      for (const quote of example.quotes) expect(textOf.get(quote.outlet), `${example.heading}: ${quote.text}`).toContain(quote.text);
    }
  });
});
