import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { seedArticles } from '@/lib/testing/seed-story';
import { claimJsonLd, jsonLdText } from './claim-json-ld';
import { claimViews, gridClaim, marksFor, outletColumns, sameSourceAs, summaryCounts, type ArticleRecord } from './story-view';

const inputs = seedArticles();
const analysis = analyzeStory({ id: 'seed', articles: inputs });
const records: ArticleRecord[] = inputs.map((input, index) => ({
  id: input.id,
  outlet: input.outlet,
  url: null,
  title: null,
  publishedAt: input.publishedAt,
  detectedPublishedAt: analysis.articles[index]!.publishedAt,
  text: analysis.articles[index]!.text,
  excluded: analysis.articles[index]!.excluded,
}));
const columns = outletColumns(records);
const claims = claimViews(analysis.claims, columns);

describe('the seed story as the reader shows it', () => {
  it('has one column per outlet, in article order', () => {
    expect(columns.map((column) => column.name)).toEqual(['ITV News', 'The Sun', 'LBC']);
  });

  it('shows the "around half of staff" claim from ITV News and The Sun, with the attribution words highlighted', () => {
    const half = claims.find((claim) => claim.summary.includes('around half of the staff'));
    expect(half?.articleIds).toEqual(['000', '001']);
    expect(half?.missingFrom).toEqual(['002']);
    expect(half?.types).toContain('attribution');
    const sunText = records[1]!.text!;
    const highlighted = marksFor(half!, '001')
      .filter((mark) => mark.type === 'attribution')
      .map((mark) => sunText.slice(mark.start, mark.end));
    expect(highlighted.join(' ')).toMatch(/BBC/);
  });

  it('sends the grid each mention with only the highlights inside it', () => {
    for (const claim of claims) {
      for (const mention of gridClaim(claim).mentions) {
        for (const mark of mention.marks) {
          expect(mark.start).toBeLessThan(mention.start + mention.text.length);
          expect(mark.end).toBeGreaterThan(mention.start);
        }
      }
    }
    expect(claims.flatMap((claim) => gridClaim(claim).mentions).some((mention) => mention.marks.length > 0)).toBe(true);
  });

  it('counts claims consistently with the grid', () => {
    const counts = summaryCounts(claims, columns.length);
    expect(counts.claims).toBe(analysis.claims.length);
    expect(counts.reportedByAll).toBe(claims.filter((claim) => claim.articleIds.length === columns.length).length);
    expect(counts.reportedByOne + counts.reportedByAll).toBeLessThanOrEqual(counts.claims);
    expect(counts.withDiscrepancies).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.articleIds.length + claim.missingFrom.length + claim.possibleMentions.length).toBe(columns.length);
  });

  it('describes a claim three outlets report as a schema.org Claim with three appearances and no verdict', () => {
    const everywhere = claims.find((claim) => claim.articleIds.length === columns.length)!;
    const data = claimJsonLd(everywhere, columns, 'https://parallax.example.org/stories/seed/claims/x');
    const parsed = JSON.parse(jsonLdText(data)) as { '@type': string; appearance: { publisher: { name: string } }[]; firstAppearance: { datePublished?: string } };
    expect(parsed['@type']).toBe('Claim');
    expect(parsed.appearance.map((appearance) => appearance.publisher.name)).toEqual(['ITV News', 'The Sun', 'LBC']);
    // LBC's article (19 January) is the earliest dated one.
    expect(parsed.firstAppearance.datePublished).toBe('2022-01-19');
    expect(JSON.stringify(parsed)).not.toMatch(/reviewRating|ClaimReview/);
  });
});

describe('outletColumns', () => {
  it('tells apart two articles from the same outlet and names a missing outlet', () => {
    const base = { url: null, title: null, publishedAt: null, detectedPublishedAt: '2022-01-20', text: null, excluded: null };
    expect(outletColumns([{ ...base, id: 'a', outlet: 'LBC' }, { ...base, id: 'b', outlet: 'LBC' }, { ...base, id: 'c', outlet: null }]).map((column) => [column.name, column.publishedAt])).toEqual([
      ['LBC', '2022-01-20'],
      ['LBC (2)', '2022-01-20'],
      ['Unknown outlet', '2022-01-20'],
    ]);
  });
});

describe('independent sources', () => {
  it('counts reprints of one wire story once', () => {
    const base = { url: null, title: null, publishedAt: null, detectedPublishedAt: null, text: null, excluded: null };
    const wired = outletColumns([
      { ...base, id: 'ap', outlet: 'AP', sourceGroup: 0, agency: 'AP' },
      { ...base, id: 'reprint', outlet: 'Daily Example', sourceGroup: 0, agency: null },
      { ...base, id: 'own', outlet: 'Own Reporting', sourceGroup: 1, agency: null },
    ]);
    const mention = (articleId: string) => ({ articleId, start: 0, end: 1, text: 'x' });
    const [claim] = claimViews([{ id: 'c', summary: 'x', mentions: ['ap', 'reprint', 'own'].map(mention), discrepancies: [], variants: [] }], wired);
    expect(claim!.articleIds).toHaveLength(3);
    expect(claim!.independentSources).toBe(2);
    expect(sameSourceAs(wired).get('reprint')).toEqual(['AP']);
    expect(sameSourceAs(wired).get('own')).toEqual([]);
  });
});

describe('jsonLdText', () => {
  it('cannot close the script element it sits in', () => {
    expect(jsonLdText({ text: '</script><script>alert(1)</script> & more' })).not.toMatch(/[<>&]/);
    expect(JSON.parse(jsonLdText({ text: '</script>' }))).toEqual({ text: '</script>' });
  });
});

describe('claims an outlet possibly reports', () => {
  const outlets = outletColumns(['a', 'b', 'c'].map((id) => ({ id, outlet: id.toUpperCase(), url: null, title: null, publishedAt: null, detectedPublishedAt: null, text: null, excluded: null })));
  const mention = (articleId: string, text: string) => ({ articleId, start: 0, end: text.length, text });

  it('says "possibly reported" with the sentence to check instead of "not reported", and only for outlets with no mention', () => {
    const [view] = claimViews(
      [
        {
          id: 'c1',
          summary: 'The bank raised rates.',
          mentions: [mention('a', 'The bank raised rates.')],
          // A possible mention of an outlet that has a mention in the claim is no doubt at all.
          possibleMentions: [
            { ...mention('c', 'Rates went up at the bank.'), claimId: 'c7' },
            { ...mention('a', 'The bank raised rates again.'), claimId: 'c2' },
          ],
          discrepancies: [],
          variants: [],
        },
      ],
      outlets,
    );
    expect(view?.missingFrom).toEqual(['b']);
    expect(view?.possibleMentions.map((possible) => possible.articleId)).toEqual(['c']);
    expect(gridClaim(view!).possibleMentions).toEqual([{ articleId: 'c', claimId: 'c7', text: 'Rates went up at the bank.' }]);
  });

  it('reads an analysis stored before possible mentions as "not reported" where an outlet has no mention', () => {
    const [view] = claimViews([{ id: 'c1', summary: 'S.', mentions: [mention('a', 'S.')], discrepancies: [], variants: [] }], outlets);
    expect(view?.missingFrom).toEqual(['b', 'c']);
    expect(view?.possibleMentions).toEqual([]);
  });
});
