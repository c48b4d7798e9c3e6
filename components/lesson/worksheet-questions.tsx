import { LessonQuestion } from '@/components/lesson/lesson-question';
import type { LessonOptions, Question } from '@/lib/lessons/worksheet';

/** The worksheet's questions, as the teacher's page and the students' page show them. */
export function WorksheetQuestions({ questions, options }: { questions: readonly Question[]; options: LessonOptions }) {
  if (questions.length === 0) {
    return <p className="notice">No claim in this story is reported by two outlets with these kinds of difference. Choose more kinds of difference.</p>;
  }
  return (
    <div className="mt-6 grid gap-6">
      {questions.map((question, index) => (
        <LessonQuestion key={question.claimId} question={question} number={index + 1} types={options.types} />
      ))}
    </div>
  );
}
