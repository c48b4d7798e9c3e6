import type { DiscrepancyType } from '@/lib/analysis/types';
import { compareTypes, discrepancyLabel } from '@/lib/reader/discrepancy-types';
import { csvTable } from '@/lib/stories/export';
import { checkAnswer, type Answer, type Question } from './worksheet';

/** What the teacher sees of a class's answers (a class worksheet: class-worksheet.ts): per question and per student, and as a spreadsheet. */
export interface StudentRecord {
  name: string;
  submittedAt: Date | null;
  answers: { question: number; answer: Answer; allRight: boolean }[];
}

export interface ClassResults {
  /** Per question: how many students answered it, and how many found every difference. */
  questions: { number: number; types: DiscrepancyType[]; answered: number; allRight: number }[];
  students: {
    name: string;
    submittedAt: string | null;
    /** By question: null where the student gave no answer. */
    answers: ({ allRight: boolean; types: string[]; wordsFound: number; wordsToFind: number } | null)[];
  }[];
}

export function classResults(questions: readonly Question[], students: readonly StudentRecord[]): ClassResults {
  const rows = students.map((student) => ({
    name: student.name,
    submittedAt: student.submittedAt?.toISOString() ?? null,
    answers: questions.map((question, index) => {
      const saved = student.answers.find((answer) => answer.question === index);
      if (!saved) return null;
      const feedback = checkAnswer(question, saved.answer);
      return { allRight: saved.allRight, types: [...saved.answer.types].sort(compareTypes), wordsFound: feedback.wordsFound, wordsToFind: feedback.wordsFound + feedback.wordsMissed };
    }),
  }));
  return {
    questions: questions.map((question, index) => ({
      number: index + 1,
      types: question.types,
      answered: rows.filter((row) => row.answers[index] !== null).length,
      allRight: rows.filter((row) => row.answers[index]?.allRight).length,
    })),
    students: rows,
  };
}

/** The class's answers as a spreadsheet: one row per student, two columns per question. */
export function classResultsCsv(results: ClassResults): string {
  const header = ['student', 'handed in', 'questions all right', ...results.questions.flatMap(({ number }) => [`question ${number}`, `question ${number}: kinds chosen`])];
  const rows = results.students.map((student) => [
    student.name,
    student.submittedAt ?? '',
    String(student.answers.filter((answer) => answer?.allRight).length),
    ...student.answers.flatMap((answer) =>
      answer === null ? ['', ''] : [answer.allRight ? 'all right' : `not quite (${answer.wordsFound} of ${answer.wordsToFind} words)`, answer.types.map(discrepancyLabel).join(', ')],
    ),
  ]);
  return csvTable([header, ...rows]);
}
