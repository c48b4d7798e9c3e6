import { describe, expect, it } from 'vitest';
import { pairScores, sameFactProbability, sameFactSignals } from './align';
import { sentenceFeatures } from './claim-features';
import type { ClaimFeatures } from './features';
import { analyzeStory } from './index';
import { SAME_FACT_MODEL } from './models/same-fact-model';
import { storyContext } from './story-context';

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

  // An outlet that states a fact twice is one row; a page of near-identical short paragraphs is not one
  // fact (an 86,000-paragraph page once became a single claim of 86,002 mentions, restatement by restatement).
  it('puts a restatement with its first statement, and sentences that differ only in their figures apart', () => {
    const troops = 'Russia has massed 100,000 troops with tanks and other heavy weapons near the Ukrainian border.';
    const again = 'Russia has massed 100,000 troops with tanks and other heavy weapons on its own soil near the border.';
    expect(claimsOf(`${troops} ${again}`)).toEqual([[`a1: ${troops}`, `a1: ${again}`]]);
    const paragraphs = Array.from({ length: 6 }, (_, index) => `Paragraph ${index + 1}.`);
    expect(claimsOf(paragraphs.join('\n\n'), 'Paragraph 2.')).toEqual([
      ['a1: Paragraph 1.'],
      ['a1: Paragraph 2.', 'a2: Paragraph 2.'],
      ...paragraphs.slice(2).map((paragraph) => [`a1: ${paragraph}`]),
    ]);
  });

  // The page again, read in the other order and past paragraph 1,900: "Paragraph 1997." gives a year,
  // not a number, and once restated every other paragraph of the page into its row.
  it('keeps apart sentences whose figures differ when one figure reads as a year', () => {
    const paragraphs = ['Paragraph 1997.', ...Array.from({ length: 5 }, (_, index) => `Paragraph ${index + 3}.`)];
    const claims = claimsOf('Paragraph 1. Paragraph 2.', paragraphs.join('\n\n'));
    expect(claims.map((claim) => claim.filter((mention) => mention.startsWith('a2:')))).toEqual(
      expect.arrayContaining(paragraphs.map((paragraph) => [`a2: ${paragraph}`])),
    );
  });
});

describe('the same-fact model', () => {
  const sentences = [
    'A federal judge on Friday struck down the state ban on assault weapons.',
    'The state ban on assault weapons was struck down by a federal judge on Friday.',
    'The governor said he would appeal the ruling.',
  ];
  const claims = sentences.map((text) => ({ features: sentenceFeatures(text) }));
  const story = storyContext(claims);
  const [ruling, restated, appeal] = claims.map((claim) => claim.features) as [ClaimFeatures, ClaimFeatures, ClaimFeatures];

  it('has a weight for every signal it is given (retrain with `npm run train:same-fact` when they change)', () => {
    expect(SAME_FACT_MODEL.weights).toHaveLength(sameFactSignals(pairScores(ruling, restated, story)).length);
  });

  it('gives the logistic of its weighted signals', () => {
    const signals = sameFactSignals(pairScores(ruling, appeal, story));
    const margin = signals.reduce((sum, value, index) => sum + value * (SAME_FACT_MODEL.weights[index] as number), SAME_FACT_MODEL.bias);
    expect(sameFactProbability(ruling, appeal, story)).toBeCloseTo(1 / (1 + Math.exp(-margin)), 12);
  });

  it('rates a restatement of a fact above another fact of the same story', () => {
    expect(sameFactProbability(ruling, restated, story)).toBeGreaterThan(sameFactProbability(ruling, appeal, story));
  });
});
