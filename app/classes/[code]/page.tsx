import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadClass } from '@/lib/server/classes';
import { ClassWorksheet } from '@/components/classes/class-worksheet';
import { WorksheetIntro } from '@/components/lesson/worksheet-questions';
import { studentQuestion } from '@/lib/lessons/class-worksheet';

// A class is read as it is now: closed or open, never a cached copy.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Class worksheet', robots: { index: false } };

interface Props {
  params: Promise<{ code: string }>;
}

/** A class's worksheet for its students: join with a name, answer (saved as you go), hand in. */
export default async function ClassPage({ params }: Props) {
  const { code } = await params;
  const assignment = await loadClass(code);
  if (!assignment) notFound();
  const outlets = [...new Set(assignment.questions.flatMap((question) => question.versions.map((version) => version.label)))];
  return (
    <article>
      <h1 className="font-serif text-2xl font-semibold">Spot the difference{assignment.options.blind ? '' : `: ${assignment.title}`}</h1>
      <WorksheetIntro outlets={outlets} blind={assignment.options.blind} guide={false} />
      <ClassWorksheet code={assignment.code} closed={assignment.closedAt !== null} questions={assignment.questions.map(studentQuestion)} types={assignment.options.types} />
    </article>
  );
}
