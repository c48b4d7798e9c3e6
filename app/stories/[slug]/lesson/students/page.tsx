import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WorksheetQuestions } from '@/components/lesson/worksheet-questions';
import { PrintButton } from '@/components/reader/print-button';
import { buildQuestion, parseLessonOptions, pickClaims } from '@/lib/lessons/worksheet';
import { toSearchParams } from '@/lib/paths';
import { loadStory } from '@/lib/server/reader';

// The options are in the query string, so the page is rendered for each request.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await loadStory((await params).slug);
  return { title: story ? `Worksheet: ${story.title}` : 'Story not found' };
}

/**
 * The students' copy of a lesson: the worksheet alone. No options, no answer key, and no link to the
 * story or its claims, which name the outlets a blind worksheet hides.
 */
export default async function StudentsWorksheetPage({ params, searchParams }: Props) {
  const story = await loadStory((await params).slug);
  if (!story) notFound();
  const options = parseLessonOptions(toSearchParams(await searchParams));
  const questions = pickClaims(story.claims, options).map((claim) => buildQuestion(claim, story.columns, options));

  return (
    <article>
      <h1 className="font-serif text-2xl font-semibold">Spot the difference: {story.title}</h1>
      <p className="mt-2 max-w-prose">
        {options.blind ? 'Several outlets' : story.columns.map((column) => column.name).join(', ')} reported the same event. For each question, mark the
        words that differ between their versions and say how they differ, then check your answer.{' '}
        {/* The guide's examples name the seed story's outlets: a blind worksheet does not lead there. */}
        {!options.blind && (
          <Link className="link print:hidden" href="/guide">
            How to read the news side by side
          </Link>
        )}
      </p>
      <p className="mt-3">
        <PrintButton label="Print or save as PDF" />
      </p>
      <WorksheetQuestions questions={questions} options={options} />
    </article>
  );
}
