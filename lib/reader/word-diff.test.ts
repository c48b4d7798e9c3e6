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
