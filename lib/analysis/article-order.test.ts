import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedArticles } from '@/lib/testing/seed-story';
import { analyzeStory, type ArticleInput, type StoryAnalysis } from './index';

/**
 * Each claim by its id, with its mentions as a set (articleId:start-end) and everything else it
 * carries: what must not depend on the order the articles came in. Only the order claims and
 * mentions are listed in may follow the story's.
 */
function claimsById(analysis: StoryAnalysis) {
  return new Map(
    analysis.claims.map((claim) => [
      claim.id,
      {
        mentions: claim.mentions.map((mention) => `${mention.articleId}:${mention.start}-${mention.end}`).sort(),
        summary: claim.summary,
        discrepancies: claim.discrepancies,
        variants: claim.variants,
        replaces: [...claim.replaces].sort(),
      },
    ]),
  );
}

const permutationOf = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe('claims do not depend on the order of the articles', () => {
  const seed = seedArticles();
  const inStoryOrder = analyzeStory({ id: 's', articles: seed });

  it('gives the seed story the same claim ids, mentions and findings in every order of its articles', () => {
    const expected = claimsById(inStoryOrder);
    fc.assert(
      fc.property(permutationOf(seed), (articles) => {
        const analysis = analyzeStory({ id: 's', articles });
        expect(claimsById(analysis)).toEqual(expected);
        // The articles are listed as given, and the claims in story order.
        expect(analysis.articles.map((article) => article.id)).toEqual(articles.map((article) => article.id));
        const rank = new Map(articles.map((article, index) => [article.id, index]));
        const firstPlace = analysis.claims.map((claim) => [rank.get(claim.mentions[0]?.articleId ?? '') ?? -1, claim.mentions[0]?.start ?? -1] as const);
        expect(firstPlace).toEqual([...firstPlace].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      }),
      // Three articles have six orders; the seed makes the runs reach them all.
      { numRuns: 12, seed: 16 },
    );
  });

  // Small stories from sentences that several outlets could share, restate or repeat word for word,
  // under ids that count up, ids that do not and ids that are equal by value ("07", "7").
  const sentences = [
    'Russia has massed 100,000 troops near the Ukrainian border.',
    'Moscow has gathered an estimated 100,000 soldiers close to the border with Ukraine.',
    'Some British staff and dependants are being withdrawn from the embassy in Kyiv.',
    'The UK Foreign Office said it was pulling some diplomats from its embassy in Kiev.',
    'The embassy remains open and will continue to provide essential services.',
    'Officials said that around half of the staff working in Kyiv will return to the UK.',
    '"We are worried," he told Nick Ferrari.',
    'Blinken will meet Lavrov in Geneva on Friday.',
    'Last week talks in Geneva ended without agreement.',
    'A volcano erupted near Tonga on Saturday.',
  ];
  const articleText = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 }).map((picked) => picked.join(' '));
  const ids = fc.constantFrom(['a1', 'a2', 'a10'], ['b', 'a', 'c'], ['constructor', '__proto__', 'x'], ['07', '7', '007']);
  const story = fc
    .tuple(ids, fc.array(articleText, { minLength: 2, maxLength: 3 }))
    .map(([names, texts]): ArticleInput[] => texts.map((text, index) => ({ id: names[index] as string, outlet: `Outlet ${index}`, text })));

  it('gives small hand-made stories the same claims in any order of their articles', () => {
    fc.assert(
      fc.property(
        story.chain((articles) => fc.tuple(fc.constant(articles), permutationOf(articles))),
        ([articles, shuffled]) => {
          expect(claimsById(analyzeStory({ id: 's', articles: shuffled }))).toEqual(claimsById(analyzeStory({ id: 's', articles })));
        },
      ),
      { numRuns: 60, seed: 20261202 },
    );
  });

});
