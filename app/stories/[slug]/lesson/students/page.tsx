import { notFound } from 'next/navigation';
import { WorksheetIntro, WorksheetQuestions } from '@/components/lesson/worksheet-questions';
import { PrintButton } from '@/components/reader/print-button';
import { lessonMetadata, loadLesson, type LessonPageProps } from '@/lib/server/lesson';

// The options are in the query string, so the page is rendered for each request.
export const dynamic = 'force-dynamic';

export const generateMetadata = lessonMetadata('Worksheet');

/**
 * The students' copy of a lesson: the worksheet alone. No options, no answer key, and no link to the
 * story or its claims, which name the outlets a blind worksheet hides.
 */
export default async function StudentsWorksheetPage(props: LessonPageProps) {
  const lesson = await loadLesson(props);
  if (!lesson) notFound();
  const { story, options, questions } = lesson;

  return (
    <article>
      <h1 className="font-serif text-2xl font-semibold">Spot the difference: {story.title}</h1>
      <WorksheetIntro outlets={story.columns.map((column) => column.name)} blind={options.blind} guide={!options.blind} />
      <p className="mt-3">
        <PrintButton label="Print or save as PDF" />
      </p>
      <WorksheetQuestions questions={questions} options={options} />
    </article>
  );
}
