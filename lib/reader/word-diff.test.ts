import { describe, expect, it } from 'vitest';
import { compareVersions, uniqueRanges } from './word-diff';

function uniqueText(text: string, diff: ReturnType<typeof compareVersions>[number]): string[] {
  return uniqueRanges(diff).map((range) => text.slice(range.start, range.end));
}

describe('compareVersions', () => {
  it('marks the words only one version uses, joining neighbours', () => {
    const itv = 'Officials said that around half of the staff working in Kyiv will return to the UK.';
    const sun = 'Around half of staff are expected to leave with their families, reports the BBC.';
    const [a, b] = compareVersions([itv, sun]);
    expect(uniqueText(itv, a!)).toEqual(['Officials said that', 'the', 'working in Kyiv will return', 'UK']);
    expect(uniqueText(sun, b!)).toEqual(['are expected', 'leave with their families, reports', 'BBC']);
  });

  it('treats case and curly apostrophes as form, not wording', () => {
    const [a, b] = compareVersions(['Russia’s troops', "russia's TROOPS"]);
    expect(a!.every((word) => !word.unique)).toBe(true);
    expect(b!.every((word) => !word.unique)).toBe(true);
  });

  it('treats an equivalent time or a figure in another form as the same wording', () => {
    const itv = 'No specific event occurred in the last day, and 100,000 troops are at the border.';
    const sun = 'No response to any developments in the past 24 hours, and around 100k troops are at the border.';
    const [a, b] = compareVersions([itv, sun]);
    expect(uniqueText(itv, a!)).toEqual(['specific event occurred']);
    expect(uniqueText(sun, b!)).toEqual(['response to any developments', 'around']);
    // A different time or figure still stands out.
    const [, later] = compareVersions([itv, 'No specific event occurred in the last week, and 150,000 troops are at the border.']);
    expect(uniqueText('No specific event occurred in the last week, and 150,000 troops are at the border.', later!)).toEqual(['in the last week', '150,000']);
  });

  it('counts a word as shared when any other version lines up with it', () => {
    const [, , lbc] = compareVersions(['Kyiv embassy', 'Kiev embassy', 'Kiev embassy staff']);
    expect(lbc!.map((word) => word.unique)).toEqual([false, false, true]);
  });

  it('has nothing to compare in a single version', () => {
    expect(compareVersions(['Only one outlet says this'])[0]!.some((word) => word.unique)).toBe(false);
  });

  it('stays fast on very long versions by matching words anywhere', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const [a] = compareVersions([long, `${long} extra`]);
    expect(a!.some((word) => word.unique)).toBe(false);
  });
});
