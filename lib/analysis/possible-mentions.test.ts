import { describe, expect, it } from 'vitest';
import { analyzeStory } from './index';

/** Each claim as its mentions' texts, with the outlets' possible mentions and the rows that hold them. */
function rows(...texts: string[]) {
  const analysis = analyzeStory({ id: 'story', articles: texts.map((text, index) => ({ id: `a${index + 1}`, outlet: null, text })) });
  const textOf = new Map(analysis.claims.map((claim) => [claim.id, claim.mentions.map((mention) => mention.text).join(' | ')]));
  return analysis.claims.map((claim) => ({
    mentions: claim.mentions.map((mention) => `${mention.articleId}: ${mention.text}`),
    possibly: (claim.possibleMentions ?? []).map((mention) => ({ at: `${mention.articleId}: ${mention.text}`, row: textOf.get(mention.claimId) })),
  }));
}

describe('possible mentions', () => {
  it("offers an outlet's close sentence on a row it is missing from, linked to the row that holds it, and nothing for an unrelated one", () => {
    const rise = 'The central bank raised interest rates by half a point on Tuesday to fight inflation.';
    // Close enough to doubt the omission (the same-fact model gives the pair 0.74), not enough to share a row.
    const moved = 'The bank moved on Tuesday, citing prices.';
    expect(rows(`${rise} Markets fell sharply after the decision.`, `${moved} Shares in London closed lower.`)).toEqual([
      { mentions: [`a1: ${rise}`], possibly: [{ at: `a2: ${moved}`, row: moved }] },
      { mentions: ['a1: Markets fell sharply after the decision.'], possibly: [] },
      { mentions: [`a2: ${moved}`], possibly: [{ at: `a1: ${rise}`, row: rise }] },
      { mentions: ['a2: Shares in London closed lower.'], possibly: [] },
    ]);
  });

  it('puts a sentence the alignment left alone in the row whose fact it very likely states, and offers it nowhere else', () => {
    const rise = 'The central bank raised interest rates by half a point on Tuesday to fight inflation.';
    const lift = 'The bank lifted its benchmark rate on Tuesday, saying inflation remained too high.';
    // Stories of eight claims or more: in a shorter one the model's reading of the story says too little.
    const first = [rise, 'Markets fell sharply after the decision.', 'The governor will speak in Parliament next week.', 'Mortgage lenders are expected to follow.'];
    const second = [lift, 'Shares in London closed lower.', 'Unions called the move reckless.', 'Petrol prices rose for a third month.'];
    expect(rows(first.join(' '), second.join(' '))).toEqual([
      { mentions: [`a1: ${rise}`, `a2: ${lift}`], possibly: [] },
      ...first.slice(1).map((sentence) => ({ mentions: [`a1: ${sentence}`], possibly: [] })),
      ...second.slice(1).map((sentence) => ({ mentions: [`a2: ${sentence}`], possibly: [] })),
    ]);
    // Two articles of two sentences each: no join, an offer.
    expect(rows(`${rise} Markets fell sharply after the decision.`, `${lift} Shares in London closed lower.`)[0]).toEqual({ mentions: [`a1: ${rise}`], possibly: [{ at: `a2: ${lift}`, row: lift }] });
  });

  it('offers nothing where every outlet is in the row', () => {
    const sentence = 'The minister resigned on Tuesday after a week of pressure over the contracts.';
    expect(rows(sentence, sentence.replace('Tuesday', 'Tuesday evening'))).toEqual([
      { mentions: [`a1: ${sentence}`, `a2: ${sentence.replace('Tuesday', 'Tuesday evening')}`], possibly: [] },
    ]);
  });
});
