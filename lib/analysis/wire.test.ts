import { describe, expect, it } from 'vitest';
import { seedArticles } from '@/lib/testing/seed-story';
import { analyzeStory } from './index';
import { findSourceGroups } from './wire';

const seeds = seedArticles().map((article) => ({ ...article, id: article.outlet }));

const ap = `KYIV, Ukraine (AP) — The United States ordered the families of all American personnel at the U.S. Embassy in Ukraine to leave the country on Sunday amid heightened fears of a Russian invasion. The State Department also said non-essential embassy staff could leave Ukraine at government expense. The embassy will remain open.`;
const reprint = `US orders diplomats' families out of Ukraine\nThe United States ordered the families of all American personnel at the U.S. Embassy in Ukraine to leave the country on Sunday amid heightened fears of a Russian invasion. The State Department also said non-essential embassy staff could leave Ukraine at government expense.`;

describe('findSourceGroups', () => {
  it('finds no wire copy among the three seed articles: three independent sources', () => {
    const groups = findSourceGroups(analyzeStory({ id: 'seed', articles: seeds }).articles);
    expect(groups.map((group) => group.articleIds)).toEqual([['ITV News'], ['The Sun'], ['LBC']]);
    // The Sun's "reports AFP" credits a fact, not the article: it is not agency copy.
    expect(groups.every((group) => group.agency === null)).toBe(true);
  });

  it('groups an agency story with an uncredited reprint of it, and names the agency', () => {
    const groups = findSourceGroups(
      analyzeStory({
        id: 'wire',
        articles: [
          { id: 'ap', outlet: 'AP', text: ap },
          { id: 'reprint', outlet: 'Daily Example', text: reprint },
          ...seeds.slice(0, 1),
        ],
      }).articles,
    );
    expect(groups).toEqual([
      { articleIds: ['ap', 'reprint'], agency: 'AP' },
      { articleIds: ['ITV News'], agency: null },
    ]);
  });

  it('groups two articles that both credit the same agency', () => {
    const groups = findSourceGroups(
      analyzeStory({
        id: 'agency',
        articles: [
          { id: 'a', outlet: 'A', text: 'LONDON (Reuters) - Britain is withdrawing some embassy staff from Kyiv, the Foreign Office said.' },
          { id: 'b', outlet: 'B', text: 'Troops gathered near the border on Monday.\n(Reuters)' },
        ],
      }).articles,
    );
    expect(groups).toEqual([{ articleIds: ['a', 'b'], agency: 'Reuters' }]);
  });
});
