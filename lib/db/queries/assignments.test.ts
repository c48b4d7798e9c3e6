import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/lessons/worksheet';
import { testDatabases } from '../testing';
import {
  assignmentStudentsWithAnswers,
  CODE_LENGTH,
  createAssignment,
  getAssignment,
  isClassCode,
  joinAssignment,
  saveAnswer,
  setAssignmentClosed,
  studentAnswers,
  studentByToken,
  submitAnswers,
} from './assignments';
import { createStory, removeStory } from './stories';

const question: Question = {
  claimId: 'c1',
  versions: [
    { articleId: 'a', label: 'Outlet A', text: 'Half left.', offset: 0, words: [{ start: 0, end: 4, text: 'Half' }, { start: 5, end: 9, text: 'left' }], answer: [0], shared: [1], marks: [] },
    { articleId: 'b', label: 'Outlet B', text: 'Some left.', offset: 0, words: [{ start: 0, end: 4, text: 'Some' }, { start: 5, end: 9, text: 'left' }], answer: [0], shared: [1], marks: [] },
  ],
  types: ['number'],
  explanations: [{ type: 'number', text: 'Outlet A says half; Outlet B says some.' }],
};
const options = { claims: 1, types: ['number' as const], blind: true, picked: [] };

describe.each(testDatabases())('assignments on $name', ({ open }) => {
  it('keeps a class: a code students type in any case, one student per name, answers saved until handed in, then final', async () => {
    const { db, close } = await open();
    try {
      const story = await createStory(db, { title: 'Class story', articles: [{ outlet: 'A', sourceFormat: 'text', source: 'Half left.' }, { outlet: 'B', sourceFormat: 'text', source: 'Some left.' }] });
      const assignment = await createAssignment(db, { storyId: story.id, title: story.title, options, questions: [question], teacherTokenHash: 'f'.repeat(64) });
      expect(assignment.code).toHaveLength(CODE_LENGTH);
      expect(isClassCode(assignment.code.toLowerCase())).toBe(true);
      expect(isClassCode('O0I1L9')).toBe(false);
      expect(await getAssignment(db, assignment.code.toLowerCase())).toMatchObject({ id: assignment.id, questions: [question], options, closedAt: null });

      const sam = await joinAssignment(db, assignment.id, 'Sam', 'a'.repeat(64));
      expect(sam).toMatchObject({ name: 'Sam', submittedAt: null });
      expect(await joinAssignment(db, assignment.id, 'sam', 'b'.repeat(64))).toBe('name-taken');
      const alex = await joinAssignment(db, assignment.id, 'Alex', 'c'.repeat(64));
      if (sam === 'name-taken' || alex === 'name-taken') throw new Error('unexpected');
      expect(await studentByToken(db, assignment.id, 'a'.repeat(64))).toMatchObject({ id: sam.id });
      expect(await studentByToken(db, assignment.id, 'd'.repeat(64))).toBeNull();

      expect(await saveAnswer(db, sam.id, 0, { types: ['timing'], marked: [[], []] }, false)).toBe(true);
      expect(await saveAnswer(db, sam.id, 0, { types: ['number'], marked: [[0], [0]] }, true)).toBe(true);
      expect(await studentAnswers(db, sam.id)).toEqual([{ question: 0, answer: { types: ['number'], marked: [[0], [0]] }, allRight: true }]);
      await submitAnswers(db, sam.id);
      expect(await saveAnswer(db, sam.id, 0, { types: [], marked: [[], []] }, false)).toBe(false);

      const students = await assignmentStudentsWithAnswers(db, assignment.id);
      expect(students.map(({ name, submittedAt, answers }) => ({ name, handedIn: submittedAt !== null, answers }))).toEqual([
        { name: 'Sam', handedIn: true, answers: [{ question: 0, answer: { types: ['number'], marked: [[0], [0]] }, allRight: true }] },
        { name: 'Alex', handedIn: false, answers: [] },
      ]);

      expect((await setAssignmentClosed(db, assignment.id, true)).closedAt).toBeInstanceOf(Date);
      expect((await setAssignmentClosed(db, assignment.id, false)).closedAt).toBeNull();
      // Removing the story removes its classes.
      await removeStory(db, story.slug);
      expect(await getAssignment(db, assignment.code)).toBeNull();
    } finally {
      await close();
    }
  });
});
