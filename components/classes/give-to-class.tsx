'use client';

import { useState } from 'react';
import { ApiError, sendJson } from '@/components/story-form/api';
import { linkWithToken, rememberToken } from '@/components/tokens/kept-tokens';
import type { LessonOptions } from '@/lib/lessons/worksheet';

export const teacherTokenKey = (code: string) => `teacher-token:${code}`;

interface Given {
  code: string;
  url: string;
  teacherUrl: string;
  teacherToken: string;
  questions: number;
}

/**
 * "Give this worksheet to a class": makes an assignment of the worksheet as the options now make it, and
 * shows its class code, the students' link (with a Google Classroom share link) and the teacher's link,
 * which this browser also keeps.
 */
export function GiveToClass({ slug, options }: { slug: string; options: LessonOptions }) {
  const [given, setGiven] = useState<Given | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const give = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await sendJson<Given>('POST', `/api/stories/${encodeURIComponent(slug)}/assignments`, options);
      rememberToken(teacherTokenKey(answer.code), answer.teacherToken);
      setGiven(answer);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'The class could not be made; try again.');
    } finally {
      setBusy(false);
    }
  };
  if (!given) {
    return (
      <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
        <button type="button" className="button" onClick={() => void give()} disabled={busy}>
          Give this worksheet to a class
        </button>
        <span className="text-sm text-muted">Students join with a code and a first name; you see how the class did.</span>
        {problem && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {problem}
          </p>
        )}
      </div>
    );
  }
  const students = `${window.location.origin}${given.url}`;
  const teacher = linkWithToken(given.teacherUrl, given.teacherToken);
  return (
    <section aria-labelledby="class-given" className="notice mt-4 grid gap-2 print:hidden">
      <h2 id="class-given" className="font-semibold">
        Class code <span className="font-mono text-2xl tracking-widest">{given.code}</span>
      </h2>
      <p className="text-sm">
        {given.questions} {given.questions === 1 ? 'question' : 'questions'}. Students open{' '}
        <a className="link break-all" href={students}>
          {students}
        </a>{' '}
        (or type the code at {window.location.origin}/classes) and join with a first name or nickname.{' '}
        <a className="link" href={`https://classroom.google.com/share?url=${encodeURIComponent(students)}`} target="_blank" rel="noopener noreferrer">
          Share to Google Classroom
        </a>
      </p>
      <label className="grid gap-1 text-sm">
        Your link to the class’s answers (keep it: it is shown only now, and this browser remembers it)
        <input className="input font-mono text-xs" readOnly value={teacher} onFocus={(event) => event.target.select()} />
      </label>
      <p className="text-sm">
        <a className="link" href={teacher}>
          Open the class’s answers
        </a>
      </p>
    </section>
  );
}
