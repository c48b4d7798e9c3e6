import type { DiscrepancyType } from '@/lib/analysis/types';
import { compareTypes, discrepancyLabel } from '@/lib/reader/discrepancy-types';
import { csvTable } from '@/lib/stories/export';
import { checkAnswer, type Answer, type Feedback, type Question, type Word } from './worksheet';

/**
 * A class working through one worksheet (an assignment): what students are shown of each question, whether
 * an answer fits its question, and what the teacher sees of the class's answers.
 */

/** A question as a student gets it: the versions to mark and the types to choose from, never the answer. */
export interface StudentQuestion {
  versions: { label: string; text: string; words: Word[] }[];
}

export function studentQuestion(question: Question): StudentQuestion {
  return { versions: question.versions.map(({ label, text, words }) => ({ label, text, words })) };
}

/** Why an answer cannot be one to this question (a word or version it does not have), or null. */
export function answerProblem(question: Question, answer: Answer): string | null {
  if (answer.marked.length !== question.versions.length) return `must mark words in each of the question's ${question.versions.length} versions (an empty list for none)`;
  for (const [index, words] of answer.marked.entries()) {
    const count = question.versions[index]!.words.length;
    if (words.some((word) => word >= count)) return `version ${index + 1} has ${count} words (numbered from 0)`;
  }
  return null;
}

/** What a student learns on checking an answer: the feedback and why, as on the self-check worksheet. */
export function answerFeedback(question: Question, answer: Answer): { feedback: Feedback; explanations: Question['explanations'] } {
  return { feedback: checkAnswer(question, answer), explanations: question.explanations };
}

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
