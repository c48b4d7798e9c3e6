import { checkAnswer, type Answer, type Feedback, type Question, type Word } from './worksheet';

/**
 * A class working through one worksheet (an assignment): what students are shown of each question, whether
 * an answer fits its question, and what checking it tells them. The results are class-results.ts.
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
