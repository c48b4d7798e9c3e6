import { describe, expect, it } from 'vitest';
import { classResults, classResultsCsv } from './class-results';
import { answerProblem, studentQuestion } from './class-worksheet';
import type { Question } from './worksheet';

const word = (start: number, text: string) => ({ start, end: start + text.length, text });
const question: Question = {
  claimId: 'c1',
  versions: [
    { articleId: 'a', label: 'Outlet A', text: 'Half of staff left.', offset: 0, words: [word(0, 'Half'), word(5, 'of'), word(8, 'staff'), word(14, 'left')], answer: [0], shared: [1, 2, 3], marks: [] },
    { articleId: 'b', label: 'Outlet B', text: 'A third of staff left.', offset: 0, words: [word(0, 'A'), word(2, 'third'), word(8, 'of'), word(11, 'staff'), word(17, 'left')], answer: [1], shared: [2, 3, 4], marks: [] },
  ],
  types: ['number'],
  explanations: [{ type: 'number', text: 'Outlet A says half; Outlet B a third.' }],
};
const second: Question = { ...question, claimId: 'c2', types: ['attribution'], explanations: [] };

describe('a class worksheet', () => {
  it('shows students the versions and their words, never the answer or the explanations', () => {
    expect(studentQuestion(question)).toEqual({
      versions: [
        { label: 'Outlet A', text: 'Half of staff left.', words: question.versions[0]!.words },
        { label: 'Outlet B', text: 'A third of staff left.', words: question.versions[1]!.words },
      ],
    });
  });

  it('refuses answers that do not fit the question', () => {
    expect(answerProblem(question, { types: [], marked: [[0], [1]] })).toBeNull();
    expect(answerProblem(question, { types: [], marked: [[0]] })).toBe("must mark words in each of the question's 2 versions (an empty list for none)");
    expect(answerProblem(question, { types: [], marked: [[4], []] })).toBe('version 1 has 4 words (numbered from 0)');
  });

  it('sums up the class per question and per student, and writes it as CSV', () => {
    const results = classResults([question, second], [
      { name: 'Sam', submittedAt: new Date('2026-12-03T10:00:00Z'), answers: [{ question: 0, answer: { types: ['number'], marked: [[0], [1]] }, allRight: true }] },
      { name: '=Alex', submittedAt: null, answers: [{ question: 0, answer: { types: ['timing', 'number'], marked: [[0], []] }, allRight: false }, { question: 1, answer: { types: [], marked: [[], []] }, allRight: false }] },
    ]);
    expect(results.questions).toEqual([
      { number: 1, types: ['number'], answered: 2, allRight: 1 },
      { number: 2, types: ['attribution'], answered: 1, allRight: 0 },
    ]);
    expect(results.students[1]).toEqual({
      name: '=Alex',
      submittedAt: null,
      answers: [
        { allRight: false, types: ['number', 'timing'], wordsFound: 1, wordsToFind: 2 },
        { allRight: false, types: [], wordsFound: 0, wordsToFind: 2 },
      ],
    });
    expect(classResultsCsv(results)).toBe(
      [
        'student,handed in,questions all right,question 1,question 1: kinds chosen,question 2,question 2: kinds chosen',
        'Sam,2026-12-03T10:00:00.000Z,1,all right,number,,',
        "'=Alex,,0,not quite (1 of 2 words),\"number, timing\",not quite (0 of 2 words),",
        '',
      ].join('\r\n'),
    );
  });
});
