import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { claimViews, outletColumns } from '@/lib/reader/story-view';
import { seedArticles } from '@/lib/testing/seed-story';
import { buildQuestion, MAX_LESSON_CLAIMS, checkAnswer, lessonCandidates, lessonSearch, parseLessonOptions, pickClaims } from './worksheet';

const inputs = seedArticles();
const analysis = analyzeStory({ id: 'seed', articles: inputs });
const columns = outletColumns(inputs.map((input) => ({ ...input, url: null, title: null, detectedPublishedAt: null, text: null, excluded: null })));
const claims = claimViews(analysis.claims, columns);

describe('lesson options', () => {
  it('read from the URL with bounds and defaults, and write back the same', () => {
    const options = parseLessonOptions(new URLSearchParams('claims=3&type=hedging,attribution&blind=1'));
    expect(options).toEqual({ claims: 3, types: ['attribution', 'hedging'], blind: true, picked: [] });
    expect(lessonSearch(options)).toBe('?claims=3&type=attribution,certainty&blind=1');
    expect(parseLessonOptions(new URLSearchParams(lessonSearch(options)))).toEqual(options);
    expect(parseLessonOptions(new URLSearchParams('claims=99')).claims).toBe(10);
    expect(parseLessonOptions(new URLSearchParams('claims=x&type=bogus')).types).toHaveLength(9);
  });

  it('keep the claims a teacher picked: claim ids only, each once, at most the maximum', () => {
    const options = parseLessonOptions(new URLSearchParams('pick=c1abc&pick=%3Cscript%3E&pick=c1abc&pick=c2def-2'));
    expect(options.picked).toEqual(['c1abc', 'c2def-2']);
    expect(lessonSearch(options)).toBe('?claims=5&pick=c1abc&pick=c2def-2');
    expect(parseLessonOptions(new URLSearchParams(lessonSearch(options)))).toEqual(options);
    const many = new URLSearchParams(Array.from({ length: 20 }, (_, index) => ['pick', `c${index}`]));
    expect(parseLessonOptions(many).picked).toHaveLength(MAX_LESSON_CLAIMS);
  });
});

describe('what makes a question', () => {
  const candidate = lessonCandidates(claims, parseLessonOptions(new URLSearchParams()).types)[0]!;

  it('never a version too short to compare, such as a dateline', () => {
    const dateline = { ...candidate, mentions: candidate.mentions.map((mention, index) => (index === 0 ? { ...mention, text: 'London.' } : mention)) };
    expect(lessonCandidates([candidate], parseLessonOptions(new URLSearchParams()).types)).toEqual([candidate]);
    expect(lessonCandidates([dateline], parseLessonOptions(new URLSearchParams()).types)).toEqual([]);
  });
});

describe('claims a teacher picks', () => {
  const candidates = lessonCandidates(claims, parseLessonOptions(new URLSearchParams()).types);
  const [first, second] = [candidates[0]!, candidates[1]!];
  const unasked = claims.find((claim) => !candidates.includes(claim))!;

  it('make the worksheet, in story order; a claim with no difference to ask about is left out', () => {
    const options = parseLessonOptions(new URLSearchParams([['pick', second.id], ['pick', unasked.id], ['pick', first.id]]));
    expect(pickClaims(claims, options).map((claim) => claim.id)).toEqual([first, second].sort((a, b) => a.position - b.position).map((claim) => claim.id));
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

describe('fair marking, over every question of the seed lesson', () => {
  const options = parseLessonOptions(new URLSearchParams(`claims=${MAX_LESSON_CLAIMS}`));
  const questions = pickClaims(claims, options).map((claim) => buildQuestion(claim, columns, options));
  const wordsOf = (version: (typeof questions)[number]['versions'][number], indexes: readonly number[]) => indexes.map((index) => version.words[index]!.text.toLowerCase());

  it.each(questions.map((question, index) => [index + 1, question] as const))('question %i: a word every version has is never asked for, and marking it changes nothing', (_, question) => {
    for (const [index, version] of question.versions.entries()) {
      const others = question.versions.filter((_, other) => other !== index).map((other) => new Set(wordsOf(other, other.words.map((__, word) => word))));
      for (const word of wordsOf(version, version.answer)) expect(others.every((words) => words.has(word))).toBe(false);
    }
    const right = { types: question.types, marked: question.versions.map((version) => version.answer) };
    const withShared = { types: question.types, marked: question.versions.map((version) => [...version.answer, ...version.shared]) };
    expect(checkAnswer(question, right).allRight).toBe(true);
    expect(checkAnswer(question, withShared)).toMatchObject({ allRight: true, wordsExtra: 0, wordsShared: question.versions.reduce((sum, version) => sum + version.shared.length, 0) });
    const answered = question.versions.findIndex((version) => version.answer.length > 0);
    if (answered >= 0) {
      const missing = { types: question.types, marked: question.versions.map((version, index) => (index === answered ? version.answer.slice(1) : version.answer)) };
      expect(checkAnswer(question, missing)).toMatchObject({ allRight: false, wordsMissed: 1 });
    }
  });
});
