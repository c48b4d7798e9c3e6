'use client';

import Link from 'next/link';
import { LessonQuestion } from '@/components/lesson/lesson-question';
import { answerFeedback } from '@/lib/lessons/class-worksheet';
import type { LessonOptions, Question } from '@/lib/lessons/worksheet';

/** The worksheet's questions, as the teacher's page and the students' page show them. */
export function WorksheetQuestions({ questions, options }: { questions: readonly Question[]; options: LessonOptions }) {
  if (questions.length === 0) {
    return <p className="notice">No claim in this story is reported by two outlets with these kinds of difference. Choose more kinds of difference.</p>;
  }
  return (
    <div className="mt-6 grid gap-6">
      {questions.map((question, index) => (
        <LessonQuestion key={question.claimId} question={question} number={index + 1} types={options.types} check={(answer) => answerFeedback(question, answer)} />
      ))}
    </div>
  );
}

/**
 * What the worksheet asks, above its questions. `guide` links the guide, whose examples name the seed
 * story's outlets: a blind students' worksheet leaves it out.
 */
export function WorksheetIntro({ outlets, blind, guide }: { outlets: readonly string[]; blind: boolean; guide: boolean }) {
  return (
    <p className="mt-2 max-w-prose">
      {blind ? 'Several outlets' : outlets.join(', ')} reported the same event. For each question, mark the words that differ between their versions and say
      how they differ, then check your answer.{' '}
      {guide && (
        <Link className="link print:hidden" href="/guide">
          How to read the news side by side
        </Link>
      )}
    </p>
  );
}
