import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from './index';
import type { ArticleInput, Dateline, ExclusionReason, StoryAnalysis } from './types';

/**
 * Pages as real sites print them, through the whole pipeline: every piece of page furniture is set
 * aside with its reason (the exact expected set), the dateline is read, and no claim holds any of it.
 */

function analyzeOne(article: ArticleInput): StoryAnalysis {
  return analyzeStory({ id: article.id, articles: [article] });
}

/** No claim's mention overlaps an excluded span. */
function expectClaimsClear(analysis: StoryAnalysis, spans: readonly { start: number; end: number }[]): void {
  for (const claim of analysis.claims) {
    for (const mention of claim.mentions) {
      for (const span of spans) expect(mention.end <= span.start || mention.start >= span.end, `${mention.text} overlaps [${span.start}, ${span.end})`).toBe(true);
    }
  }
}

interface WrittenPage {
  id: string;
  pattern: string;
  title: string;
  publishedAt: string | null;
  text: string;
  excluded: [ExclusionReason, string][];
  dateline: Dateline | null;
}

const written = JSON.parse(readFileSync(path.join(process.cwd(), 'data/fixtures/written-pages.json'), 'utf8')) as { pages: WrittenPage[] };

describe('pages written after real sites’ patterns (data/fixtures/written-pages.json)', () => {
  it.each(written.pages.map((page) => [page.id, page] as const))('%s', (_, page) => {
    const analysis = analyzeOne({ id: page.id, outlet: null, title: page.title, publishedAt: page.publishedAt, text: page.text });
    const article = analysis.articles[0];
    expect(article?.excluded.map((span) => [span.reason, page.text.slice(span.start, span.end)])).toEqual(page.excluded);
    expect(article?.dateline).toEqual(page.dateline);
    expectClaimsClear(analysis, article?.excluded ?? []);
    const claimed = analysis.claims.flatMap((claim) => claim.mentions.map((mention) => mention.text)).join('\n');
    for (const [, words] of page.excluded) expect(claimed).not.toContain(words);
  });
});

// Real pages from ../shared/eval, read in place (their texts are never copied here): offsets and
// reasons only, checked by hand. BASIL years 2013/2014/2018/2019, AllSides and ECB+ train topics, none
// of them in the real-coverage test split.
const sharedDir = path.resolve(process.env.SHARED_DIR ?? path.join(process.cwd(), '..', 'shared'));
const storyFile = (storyId: string) => path.join(sharedDir, 'eval', storyId.split('-')[0] as string, 'stories', `${storyId}.json`);

interface RealPage {
  story: string;
  article: string;
  /** What the page shows, in our words. */
  shows: string;
  excluded: [number, number, ExclusionReason][];
  dateline: Dateline | null;
  publishedAt: string | null;
}

const REAL_PAGES: RealPage[] = [
  {
    story: 'basil-2018-06ffda2d-1caf-45ba-99e2-268aac1bf0e1',
    article: '06ffda2d-1caf-45ba-99e2-268aac1bf0e1_2-nyt',
    shows: 'the title repeated, a photo caption with its credit printed against it, a capitals-and-dash dateline',
    excluded: [[0, 73, 'headline'], [75, 156, 'caption'], [156, 184, 'credit'], [186, 198, 'dateline']],
    dateline: { place: 'WASHINGTON', date: null, agency: null },
    publishedAt: '2018-04-06',
  },
  {
    story: 'basil-2014-b764f81f-6d08-4d7c-b1a8-8961bed0a455',
    article: 'b764f81f-6d08-4d7c-b1a8-8961bed0a455_1-fox',
    shows: 'the title repeated, an AP dateline in mixed case with an en dash',
    excluded: [[0, 75, 'headline'], [77, 90, 'dateline']],
    dateline: { place: 'Denver', date: null, agency: 'AP' },
    publishedAt: '2014-12-19',
  },
  {
    story: 'basil-2014-ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a',
    article: 'ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a_3-nyt',
    shows: 'a dateline with an AP state abbreviation',
    excluded: [[0, 15, 'dateline']],
    dateline: { place: 'FERGUSON, Mo.', date: null, agency: null },
    publishedAt: '2014-08-20',
  },
  {
    story: 'allsides-5792',
    article: 'allsides-5792-left',
    shows: 'an AP dateline opening the lead',
    excluded: [[0, 17, 'dateline']],
    dateline: { place: 'WASHINGTON', date: null, agency: 'AP' },
    publishedAt: null,
  },
  {
    story: 'ecbplus-t12-ecbplus',
    article: '12_3ecbplus',
    shows: 'a headline, then a place-and-date dateline alone on its line',
    excluded: [[0, 57, 'headline'], [58, 74, 'dateline']],
    dateline: { place: 'Mumbai', date: null, agency: null },
    publishedAt: null,
  },
  {
    story: 'ecbplus-t12-ecbplus',
    article: '12_4ecbplus',
    shows: 'a headline, a "Published on:" line, a two-city dateline with a colon',
    excluded: [[0, 54, 'headline'], [55, 98, 'dateline'], [99, 116, 'dateline']],
    dateline: { place: 'New Delhi/Mumbai', date: null, agency: null },
    publishedAt: '2011-11-11',
  },
  {
    story: 'ecbplus-t09-ecbplus',
    article: '9_11ecbplus',
    shows: 'a press release: headline, then place and full date alone on a line',
    excluded: [[0, 62, 'headline'], [63, 93, 'dateline']],
    dateline: { place: 'WASHINGTON, DC', date: '2009-04-28', agency: null },
    publishedAt: null,
  },
  {
    story: 'ecbplus-t01-ecbplus',
    article: '1_1ecbplus',
    shows: 'a headline and a "First Published:" line',
    excluded: [[0, 57, 'headline'], [58, 100, 'dateline']],
    dateline: null,
    publishedAt: '2013-06-13',
  },
  {
    story: 'ecbplus-t14-ecbplus',
    article: '14_1ecbplus',
    shows: 'a broadcaster’s "Last updated at" line above the headline',
    excluded: [[0, 38, 'dateline'], [39, 86, 'headline']],
    dateline: null,
    publishedAt: '2013-07-21',
  },
];

describe.skipIf(!existsSync(path.join(sharedDir, 'eval')))('real pages from ../shared/eval', () => {
  it.each(REAL_PAGES.map((page) => [`${page.article} (${page.shows})`, page] as const))('%s', (_, page) => {
    const story = JSON.parse(readFileSync(storyFile(page.story), 'utf8')) as { articles: ArticleInput[] };
    const input = story.articles.find((article) => article.id === page.article) as ArticleInput;
    const analysis = analyzeOne(input);
    const article = analysis.articles[0];
    expect(article?.excluded.map((span) => [span.start, span.end, span.reason])).toEqual(page.excluded);
    expect(article?.dateline).toEqual(page.dateline);
    expect(article?.publishedAt).toBe(page.publishedAt);
    expectClaimsClear(analysis, page.excluded.map(([start, end]) => ({ start, end })));
  });
});
