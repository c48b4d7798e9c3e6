import { describe, expect, it } from 'vitest';
import { seedArticles } from '@/lib/testing/seed-story';
import { claimId } from './ids';
import { analyzeStory, ENGINE_VERSION, type StoryInput } from './index';

const seedStory: StoryInput = { id: 'embassy-staff-leave-ukraine', articles: seedArticles() };

describe('analyzeStory on the seed story', () => {
  const analysis = analyzeStory(seedStory);

  it('matches the golden output (update deliberately with `vitest -u` and review the diff)', async () => {
    // No engine version: a version bump alone changes nothing a reader sees.
    const readable = {
      excluded: analysis.articles.map((article) => ({
        article: article.id,
        spans: article.excluded.map((span) => `${span.reason}: ${article.text.slice(span.start, span.end).slice(0, 60)}`),
      })),
      claims: analysis.claims.map((claim) => ({
        id: claim.id,
        mentions: claim.mentions.map((mention) => `${mention.articleId} ${mention.start}-${mention.end} ${mention.text.slice(0, 60)}`),
        discrepancies: claim.discrepancies.map((found) => `${found.type}: ${found.articleIds.join(', ')}`),
      })),
    };
    await expect(`${JSON.stringify(readable, null, 2)}\n`).toMatchFileSnapshot('../../data/fixtures/seed-analysis.golden.json');
  });

  it('reports the engine version, the texts as given and the dates it was given or found', () => {
    expect(analysis.engineVersion).toBe(ENGINE_VERSION);
    expect(analysis.articles.map((article) => article.publishedAt)).toEqual(['2022-01-24', null, '2022-01-19']);
    analysis.articles.forEach((article, index) => expect(article.text).toBe(seedStory.articles[index]?.text));
  });

  it('aligns the facts several outlets report, and keeps chrome out of every claim', () => {
    const multiOutlet = analysis.claims.filter((claim) => new Set(claim.mentions.map((mention) => mention.articleId)).size > 1);
    expect(multiOutlet.length).toBeGreaterThanOrEqual(8);
    const texts = multiOutlet.flatMap((claim) => claim.mentions.map((mention) => mention.text)).join('\n');
    expect(texts).not.toMatch(/Read more|Watch:|Listen to this article|Credit: AP|Picture:|More Latest News|Russia moves more troops westwards/);
    const embassyOpen = multiOutlet.find((claim) => claim.mentions.some((mention) => mention.text.includes('remains open and will continue')));
    expect(embassyOpen?.mentions.map((mention) => mention.articleId)).toEqual(['000', '001']);
  });

  it('finds the seed differences on the claims they belong to', () => {
    const typesOn = (quote: string) => analysis.claims.find((claim) => claim.mentions.some((mention) => mention.text.includes(quote)))?.discrepancies.map((found) => found.type) ?? [];
    expect(typesOn('around half of the staff working in Kyiv')).toContain('attribution');
    expect(typesOn('avoid travel to Russia')).toContain('scope');
    expect(typesOn('meet Russian foreign minister Sergey Lavrov in Geneva')).toContain('timing');
    expect(typesOn('as a pretext for an invasion')).toContain('framing');
    expect(typesOn('amid mounting fears of a Russian invasion')).toContain('framing');
    // "is a precautionary one" (ITV News) vs "It is thought to be a precaution" (The Sun): aligned since
    // engine 0.3.32, when their times ("in the last day", "in the past 24 hours") became one shared term.
    expect(typesOn('The move is a precautionary one')).toContain('hedging');
    // LBC's sentence stood alone before engine 0.3.11: its old link now leads to the shared claim.
    const pretext = analysis.claims.find((claim) => claim.mentions.some((mention) => mention.text.includes('pretext for intervention')));
    const lbc = pretext?.mentions.find((mention) => mention.articleId === '002');
    expect(pretext?.replaces).toContain(claimId('002', lbc?.text ?? ''));
  });

  it('finds the seed spellings: Kyiv/Kiev, NATO/Nato, Zelensky/Zelenskyy in LBC, dependants/dependents in ITV News', () => {
    const forms = analysis.variants.map((variant) => [variant.canonical, variant.type, Object.fromEntries(Object.entries(variant.forms).map(([article, list]) => [article, list.map((form) => form.form)]))]);
    expect(forms).toEqual([
      ['Kyiv', 'transliteration', { '000': ['Kyiv'], '001': ['Kiev'], '002': ['Kiev'] }],
      ['Nato', 'case', { '000': ['NATO'], '001': ['Nato'], '002': ['Nato'] }],
      ['Zelenskyy', 'transliteration', { '002': ['Zelensky', 'Zelenskyy'] }],
      ['dependants', 'spelling', { '000': ['dependants', 'dependents'] }],
    ]);
  });

  it('finds the claims of one outlet that no other reports', () => {
    const lbcOnly = analysis.claims.filter((claim) => claim.mentions.every((mention) => mention.articleId === '002'));
    expect(lbcOnly.some((claim) => claim.summary.startsWith('CIA Director William Burns visited Kiev'))).toBe(true);
  });

  it('gives the same claim ids in a second run and when an unrelated article is added at the end', () => {
    const again = analyzeStory(seedStory);
    expect(again.claims.map((claim) => claim.id)).toEqual(analysis.claims.map((claim) => claim.id));
    const widened = analyzeStory({
      ...seedStory,
      articles: [...seedStory.articles, { id: 'x', outlet: 'Elsewhere', text: 'A volcano erupted near Tonga on Saturday. Ash delayed aid flights.' }],
    });
    expect(widened.claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(analysis.claims.map((claim) => claim.id)));
  });
});
