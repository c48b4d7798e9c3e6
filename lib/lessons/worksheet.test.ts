import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { claimViews, outletColumns } from '@/lib/reader/story-view';
import { seedArticles } from '@/lib/testing/seed-story';
import { buildQuestion, checkAnswer, lessonSearch, parseLessonOptions, pickClaims } from './worksheet';

const inputs = seedArticles();
const analysis = analyzeStory({ id: 'seed', articles: inputs });
const columns = outletColumns(inputs.map((input) => ({ ...input, url: null, title: null, detectedPublishedAt: null, text: null, excluded: null })));
const claims = claimViews(analysis.claims, columns);

describe('lesson options', () => {
  it('read from the URL with bounds and defaults, and write back the same', () => {
    const options = parseLessonOptions(new URLSearchParams('claims=3&type=hedging,attribution&blind=1'));
    expect(options).toEqual({ claims: 3, types: ['attribution', 'hedging'], blind: true });
    expect(lessonSearch(options)).toBe('?claims=3&type=attribution,certainty&blind=1');
    expect(parseLessonOptions(new URLSearchParams(lessonSearch(options)))).toEqual(options);
    expect(parseLessonOptions(new URLSearchParams('claims=99')).claims).toBe(10);
    expect(parseLessonOptions(new URLSearchParams('claims=x&type=bogus')).types).toHaveLength(9);
  });
});

describe('a worksheet from the seed story', () => {
  const options = parseLessonOptions(new URLSearchParams('claims=3&blind=1'));
  const picked = pickClaims(claims, options);
  const questions = picked.map((claim) => buildQuestion(claim, columns, options));

  it('asks about claims two outlets report with differences, the most instructive first, in story order', () => {
    expect(picked).toHaveLength(3);
    expect(picked.every((claim) => claim.articleIds.length >= 2 && claim.discrepancyCount > 0)).toBe(true);
    expect(picked.map((claim) => claim.position)).toEqual([...picked.map((claim) => claim.position)].sort((a, b) => a - b));
    expect(picked.some((claim) => claim.summary.includes('around half of the staff'))).toBe(true);
  });

  it('hides the outlets in blind mode, also inside the explanations', () => {
    for (const question of questions) {
      expect(question.versions.map((version) => version.label)).toEqual(question.versions.map((_, index) => `Outlet ${'ABC'[index]}`));
      for (const explanation of question.explanations) expect(explanation.text).not.toMatch(/ITV|The Sun|LBC/);
    }
  });

  it('marks an answer with every type and word right as right, and one with a wrong type as wrong', () => {
    const question = questions[0]!;
    const right = checkAnswer(question, { types: question.types, marked: question.versions.map((version) => version.answer) });
    expect(right).toMatchObject({ allRight: true, typesMissed: [], typesWrong: [], wordsMissed: 0, wordsExtra: 0 });
    const wrong = checkAnswer(question, { types: ['contradiction'], marked: question.versions.map(() => [0]) });
    expect(wrong.allRight).toBe(false);
    expect(wrong.typesWrong).toEqual(['contradiction']);
    expect(wrong.typesMissed).toEqual(question.types);
  });
});
