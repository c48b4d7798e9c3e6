import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBoilerplate, includedRegions } from './boilerplate';
import type { ExclusionReason } from './types';

const seed = (file: string) => readFileSync(path.join(process.cwd(), 'data/stories/embassy-staff-leave-ukraine', file), 'utf8');
const reasons = (text: string) => findBoilerplate(text).excluded.map((span) => [span.reason, text.slice(span.start, span.end)] as const);

describe('findBoilerplate, line by line', () => {
  it.each<[string, ExclusionReason, string]>([
    [' date 2022-01-24 Some British staff are leaving.', 'metadata', 'date 2022-01-24'],
    ['19 January 2022, 00:25\n\nThe talks failed on Friday in Geneva.', 'dateline', '19 January 2022, 00:25'],
    ['Updated: January 19, 2022 12:25pm\n\nThe talks failed on Friday in Geneva.', 'dateline', 'Updated: January 19, 2022 12:25pm'],
    ['By Daisy Stephens\n\nThe talks failed on Friday in Geneva.', 'byline', 'By Daisy Stephens'],
    ['The talks failed on Friday in Geneva.\n\nListen to this article\n\nLoading audio...', 'widget', 'Listen to this article'],
    ['The talks failed on Friday in Geneva.\n\nRead more: UK sends troops and weapons to Ukraine', 'related-link', 'Read more: UK sends troops and weapons to Ukraine'],
    ["The talks failed on Friday in Geneva.\n\nWatch: Shelagh Fogarty's devastating takedown", 'related-link', "Watch: Shelagh Fogarty's devastating takedown"],
    ['The talks failed on Friday.\n\nRussian soldiers take part in drills in the Rostov region. Credit: AP\n\nMore talks are due.', 'credit', 'Credit: AP'],
    ['The talks failed on Friday.\n\nRussian soldiers take part in drills in the Rostov region. Credit: AP\n\nMore talks are due.', 'caption', 'Russian soldiers take part in drills in the Rostov region.'],
    ['KYIV, Ukraine (AP) — The United States ordered the families of embassy staff to leave.', 'dateline', 'KYIV, Ukraine (AP) —'],
    ['LONDON (Reuters) - Britain is withdrawing some embassy staff from Kyiv.', 'dateline', 'LONDON (Reuters) -'],
    ["UK Foreign Office in 'crisis mode' as invasion could be days away\n\nThe Foreign Office is reportedly in crisis mode.", 'headline', "UK Foreign Office in 'crisis mode' as invasion could be days away"],
    // Issue 16: "Leave a Reply" was labelled a headline.
    ['The talks failed on Friday in Geneva.\n\nLeave a Reply\n\nYour email address will not be published.', 'comments', 'Leave a Reply'],
    ['The talks failed on Friday in Geneva.\n\nAdvertisement\n\nBoth sides went home.', 'advertisement', 'Advertisement'],
    ['The talks failed on Friday in Geneva.\n\nMore follows …', 'notice', 'More follows …'],
    ['BBC Online :\n\nThe talks failed on Friday in Geneva.', 'metadata', 'BBC Online :'],
    ['The talks failed on Friday in Geneva.\n\nWhat\'s next for Twitter now?\n\nBoth sides went home.', 'headline', "What's next for Twitter now?"],
  ])('%j is %s', (text, reason, excerpt) => {
    expect(reasons(text)).toContainEqual([reason, excerpt]);
  });

  it('sets aside the title printed again at the top, alone or glued to the first sentence, and only there', () => {
    const title = 'Will the talks in Geneva resume?';
    const withTitle = (text: string) => findBoilerplate(text, { title }).excluded.map((span) => [span.reason, text.slice(span.start, span.end)]);
    expect(withTitle('Will the talks in Geneva resume?\n\nThe talks failed on Friday.')).toEqual([['headline', 'Will the talks in Geneva resume?']]);
    expect(withTitle('Will the talks in Geneva resume? The talks failed on Friday.')).toEqual([['headline', 'Will the talks in Geneva resume?']]);
    // A lead that opens with the headline's words is the lead, not the headline (AllSides 5899).
    const lead = findBoilerplate('The US economy added 850,000 jobs in June, when adjusted for seasonal changes.', { title: 'The US economy added 850,000 jobs in June' });
    expect(lead.excluded).toEqual([]);
  });

  it('reads the dateline that opens the story into `dateline`, with the year of publication for a date without one', () => {
    const found = findBoilerplate('Mumbai, Nov 11 -\nThe Indian Navy captured 26 pirates.', { publishedAt: '2011-11-12' });
    expect(found.dateline).toEqual({ place: 'Mumbai', date: '2011-11-11', agency: null });
    expect(found.excluded).toEqual([{ start: 0, end: 16, reason: 'dateline' }]);
  });

  it.each([
    'Officials said that around half of the staff working in Kyiv will return to the UK.',
    'But a State Department official said if there was an invasion it “will not be in a position to evacuate US citizens”, reports AFP',
    'By the end of the week, the talks had failed and both sides went home.',
    'NATO (the alliance) - says it stands ready.',
    'Elder — who had arrived in his campaign bus — spoke to reporters.',
    'But are things really becoming more equal?',
  ])('keeps the sentence %j', (sentence) => {
    const text = `The talks in Geneva failed on Friday after two days.\n\n${sentence}\n\nBoth sides said they would meet again next month.`;
    expect(reasons(text)).toEqual([]);
  });
});

describe('findBoilerplate on the seeds', () => {
  it('finds the chrome of seed 002: headline, dateline, doubled caption, byline, widget, links and the navigation that follows', () => {
    const text = seed('002_774c5ed633c06924.txt');
    const { excluded, publishedAt } = findBoilerplate(text);
    expect(publishedAt).toBe('2022-01-19');
    const counts = excluded.reduce<Record<string, number>>((all, span) => ({ ...all, [span.reason]: (all[span.reason] ?? 0) + 1 }), {});
    expect(counts).toEqual({ metadata: 1, headline: 1, dateline: 1, caption: 2, credit: 1, byline: 1, widget: 2, 'related-link': 8, navigation: 1 });
    const navigation = excluded.find((span) => span.reason === 'navigation');
    expect(text.slice(navigation?.start, navigation?.end)).toMatch(/^More Latest News[\s\S]*Russia moves more troops westwards amid Ukraine tensions[\s\S]*Crime & Police$/);
    // The article's last sentence is kept.
    const kept = includedRegions(text.length, excluded).map((region) => text.slice(region.start, region.end)).join(' ');
    expect(kept).toContain('a related Nato-Russia meeting in Brussels.');
  });

  it('finds the metadata prefix and the captioned picture credit of seed 000, and nothing else', () => {
    const text = seed('000_9317ca57c90905ec.txt');
    expect(reasons(text).map(([reason]) => reason)).toEqual(['metadata', 'caption', 'credit']);
    expect(findBoilerplate(text).publishedAt).toBe('2022-01-24');
  });

  it('leaves seed 001, which has no chrome, whole', () => {
    expect(findBoilerplate(seed('001_bbae066ee958a1d7.txt'))).toEqual({ excluded: [], publishedAt: null, dateline: null });
  });
});

describe('includedRegions', () => {
  it('returns the complement of sorted spans', () => {
    expect(includedRegions(10, [{ start: 0, end: 2 }, { start: 5, end: 7 }])).toEqual([{ start: 2, end: 5 }, { start: 7, end: 10 }]);
    expect(includedRegions(3, [])).toEqual([{ start: 0, end: 3 }]);
  });
});
