import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadClass } from '@/lib/server/classes';
import { ClassResultsView } from '@/components/classes/class-results-view';
import { publicUrl } from '@/lib/env';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Class answers', robots: { index: false } };

interface Props {
  params: Promise<{ code: string }>;
}

/** The teacher's page of a class: how it did, per question and per student (with the teacher's link only). */
export default async function ClassTeacherPage({ params }: Props) {
  const { code } = await params;
  const assignment = await loadClass(code);
  if (!assignment) notFound();
  const students = `${publicUrl()}/classes/${assignment.code}`;
  return (
    <article>
      <h1 className="font-serif text-2xl font-semibold">Class {assignment.code}: {assignment.title}</h1>
      <p className="mt-2 max-w-prose text-sm">
        Students open <a className="link break-all" href={students}>{students}</a> and join with a first name or nickname.{' '}
        <a className="link" href={`https://classroom.google.com/share?url=${encodeURIComponent(students)}`} target="_blank" rel="noopener noreferrer">
          Share to Google Classroom
        </a>
      </p>
      <ClassResultsView code={assignment.code} />
    </article>
  );
}
