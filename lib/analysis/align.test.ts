import { describe, expect, it } from 'vitest';
import { analyzeStory } from './index';

/** The texts of each claim's mentions, as `articleId: text`. */
function claimsOf(...texts: string[]): string[][] {
  const analysis = analyzeStory({ id: 'story', articles: texts.map((text, index) => ({ id: `a${index + 1}`, outlet: null, text })) });
  return analysis.claims.map((claim) => claim.mentions.map((mention) => `${mention.articleId}: ${mention.text}`));
}

describe('alignClaims', () => {
  // One outlet cuts the sentence into two facts, the other tells both in one sentence: the parts do not
  // paraphrase the whole, the sentences do.
  const cut = "Police searched the former chairman's home near Parma on Wednesday, and prosecutors had sought to question him that day only to find he had left Italy for an undisclosed country.";
  const whole = "Magistrates searched the former chairman's home near Parma on Wednesday and tried to question him the same day, only to find he had left Italy for an undisclosed country.";

  it('aligns a sentence told whole with the closest part of a sentence another outlet cut in two', () => {
    expect(claimsOf(cut, whole)).toEqual([
      ["a1: Police searched the former chairman's home near Parma on Wednesday"],
      ['a1: prosecutors had sought to question him that day only to find he had left Italy for an undisclosed country.', `a2: ${whole}`],
    ]);
  });

  it('aligns the closest part of a cut sentence with a sentence told whole before it', () => {
    expect(claimsOf(whole, cut)).toEqual([
      [`a1: ${whole}`, 'a2: prosecutors had sought to question him that day only to find he had left Italy for an undisclosed country.'],
      ["a2: Police searched the former chairman's home near Parma on Wednesday"],
    ]);
  });

  it('does not align a cut sentence with an unrelated one', () => {
    const unrelated = 'The central bank left interest rates unchanged on Wednesday, citing weak growth across the region.';
    expect(claimsOf(cut, unrelated).every((claim) => new Set(claim.map((mention) => mention.split(':')[0])).size === 1)).toBe(true);
  });
});
