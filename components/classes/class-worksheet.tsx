'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { LessonQuestion, type CheckResult } from '@/components/lesson/lesson-question';
import { ApiError, sendJson } from '@/components/story-form/api';
import { forgetToken, rememberToken, useKeptToken } from '@/components/tokens/kept-tokens';
import type { StudentQuestion } from '@/lib/lessons/class-worksheet';
import type { Answer } from '@/lib/lessons/worksheet';

const studentTokenKey = (code: string) => `student-token:${code}`;
// A change is saved once the student pauses this long (each save counts against their write limit).
const SAVE_AFTER_MS = 1200;

interface Progress {
  name: string;
  handedIn: boolean;
  answers: ({ question: number } & Answer)[];
}

interface Props {
  code: string;
  closed: boolean;
  questions: StudentQuestion[];
  types: readonly string[];
}

/** Joining a class with a first name or nickname; the token it gives is kept by this browser. */
function Join({ code, note }: { code: string; note: string | null }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(note);
  const join = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const joined = await sendJson<{ studentToken: string }>('POST', `/api/classes/${code}/students`, { name });
      rememberToken(studentTokenKey(code), joined.studentToken);
    } catch (error) {
      setProblem(error instanceof ApiError ? (error.issues[0]?.message ? `That name ${error.issues[0].message}.` : error.message) : 'Could not join; try again.');
    }
  };
  return (
    <form onSubmit={(event) => void join(event)} className="panel mt-4 grid max-w-md gap-3" aria-label="Join the class">
      <label className="grid gap-1">
        Your first name or a nickname (your teacher sees it)
        <input className="input" value={name} onChange={(event) => setName(event.target.value)} required maxLength={40} autoComplete="given-name" />
      </label>
      {problem && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <div>
        <button type="submit" className="button">
          Start the worksheet
        </button>
      </div>
    </form>
  );
}

/**
 * A class's worksheet for one student: join, then each question as on a lesson's worksheet, checked by the
 * server (the page never holds the answers), the answer saved as the student works (a reload, or another
 * device with the same link, keeps it), and "Hand in" to make it final.
 */
export function ClassWorksheet({ code, closed, questions, types }: Props) {
  const token = useKeptToken(studentTokenKey(code));
  const [progress, setProgress] = useState<Progress | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    if (!token) return;
    let current = true;
    fetch(`/api/classes/${code}/me`, { headers: { 'X-Student-Token': token } })
      .then(async (response) => {
        if (response.status === 403) {
          forgetToken(studentTokenKey(code));
          if (current) setNote('This browser’s place in the class was not found: join again.');
          return;
        }
        if (!response.ok) throw new Error(`The server answered ${response.status}.`);
        const loaded = (await response.json()) as Progress;
        if (current) setProgress(loaded);
      })
      .catch(() => current && setNote('Your answers could not be loaded; reload the page.'));
    return () => {
      current = false;
    };
  }, [code, token]);

  const save = useCallback(
    (number: number, answer: Answer) => sendJson<CheckResult>('POST', `/api/classes/${code}/answers/${number}`, answer, { 'X-Student-Token': token ?? '' }),
    [code, token],
  );
  const saveLater = useCallback(
    (number: number, answer: Answer) => {
      const pending = timers.current.get(number);
      if (pending) clearTimeout(pending);
      timers.current.set(
        number,
        setTimeout(() => {
          save(number, answer).then(
            () => setSaveProblem(null),
            (error: unknown) => setSaveProblem(error instanceof ApiError ? error.message : 'Your last change was not saved; check your connection.'),
          );
        }, SAVE_AFTER_MS),
      );
    },
    [save],
  );

  if (token === undefined) return <p className="mt-4 text-sm text-muted">Loading…</p>;
  if (token === null) {
    return closed ? <p className="notice mt-4">Your teacher has closed this assignment: it takes no new students.</p> : <Join code={code} note={note} />;
  }
  if (!progress) return <p className="mt-4 text-sm text-muted">{note ?? 'Loading your answers…'}</p>;
  const locked = progress.handedIn || closed;
  const handIn = async () => {
    try {
      await sendJson('POST', `/api/classes/${code}/submission`, undefined, { 'X-Student-Token': token });
      setProgress({ ...progress, handedIn: true });
    } catch (error) {
      setSaveProblem(error instanceof ApiError ? error.message : 'The worksheet was not handed in; try again.');
    }
  };
  return (
    <div className="mt-4 grid gap-6">
      <p className="text-sm">
        Working as <strong>{progress.name}</strong>. {locked ? '' : 'Your answers are saved as you work.'}
      </p>
      {progress.handedIn && (
        <p role="status" className="notice">
          You handed this worksheet in. Your answers are final.
        </p>
      )}
      {closed && !progress.handedIn && <p className="notice">Your teacher has closed this assignment: your answers can no longer change.</p>}
      {questions.map((question, index) => (
        <LessonQuestion
          key={index}
          question={question}
          number={index + 1}
          types={types}
          initial={progress.answers.find((answer) => answer.question === index + 1)}
          locked={locked}
          check={(answer) => save(index + 1, answer)}
          onChange={(answer) => saveLater(index + 1, answer)}
        />
      ))}
      <div aria-live="polite">
        {saveProblem && (
          <p role="alert" className="notice notice-error">
            {saveProblem}
          </p>
        )}
      </div>
      {!locked && (
        <div className="flex flex-wrap items-center gap-3">
          {confirming ? (
            <>
              <span>Hand in? Your answers will be final.</span>
              <button type="button" className="button" onClick={() => void handIn()}>
                Yes, hand in
              </button>
              <button type="button" className="link" onClick={() => setConfirming(false)}>
                Not yet
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Hand in…
            </button>
          )}
        </div>
      )}
    </div>
  );
}
