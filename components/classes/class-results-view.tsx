'use client';

import { useEffect, useState } from 'react';
import { teacherTokenKey } from '@/components/classes/give-to-class';
import { ApiError, sendJson } from '@/components/story-form/api';
import { useKeptToken, useTokenFromAddress } from '@/components/tokens/kept-tokens';
import type { ClassResults } from '@/lib/lessons/class-results';
import { discrepancyLabel } from '@/lib/reader/discrepancy-types';

type Loaded = ClassResults & { closed: boolean };

/**
 * How a class did, for the holder of the teacher's link: per question, how many answered and found every
 * difference; per student, each answer; a CSV of it all; and closing or reopening the assignment.
 */
export function ClassResultsView({ code }: { code: string }) {
  useTokenFromAddress(teacherTokenKey(code));
  const token = useKeptToken(teacherTokenKey(code));
  const [results, setResults] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Bumped to read the results again (Refresh, or after closing or opening).
  const [reads, setReads] = useState(0);
  const load = () => setReads((count) => count + 1);
  useEffect(() => {
    if (!token) return;
    let current = true;
    fetch(`/api/classes/${code}/results`, { headers: { 'X-Teacher-Token': token } })
      .then(async (response) => {
        const answer = (await response.json().catch(() => null)) as (Loaded & { error?: { message?: string } }) | null;
        if (!current) return;
        if (response.ok && answer) {
          setProblem(null);
          setResults(answer);
        } else setProblem(answer?.error?.message ?? `The server answered ${response.status}.`);
      })
      .catch(() => current && setProblem('The results could not be loaded; check your connection.'));
    return () => {
      current = false;
    };
  }, [code, token, reads]);

  if (token === undefined) return <p className="mt-4 text-sm text-muted">Loading…</p>;
  if (token === null) {
    return <p className="notice mt-4 max-w-prose">The class’s answers are for its teacher: open the teacher’s link you were given when you made the class (it ends in “#key=…”).</p>;
  }
  const download = async () => {
    const response = await fetch(`/api/classes/${code}/results?format=csv`, { headers: { 'X-Teacher-Token': token } });
    if (!response.ok) return setProblem(`The spreadsheet could not be made (the server answered ${response.status}).`);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `class-${code}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const setClosed = async (closed: boolean) => {
    try {
      await sendJson('PATCH', `/api/classes/${code}`, { closed }, { 'X-Teacher-Token': token });
      load();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Nothing was changed; try again.');
    }
  };
  return (
    <div className="mt-4 grid gap-6">
      <div aria-live="polite">
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
      </div>
      {results && (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <span role="status">{results.closed ? 'Closed: no new students or answers.' : 'Open: students can join and answer.'}</span>
            <button type="button" className="button" onClick={() => void setClosed(!results.closed)}>
              {results.closed ? 'Open the assignment again' : 'Close the assignment'}
            </button>
            <button type="button" className="button" onClick={load}>
              Refresh
            </button>
            <button type="button" className="button" onClick={() => void download()}>
              Download as CSV
            </button>
          </div>
          <section aria-labelledby="by-question">
            <h2 id="by-question" className="text-xl font-semibold">
              By question
            </h2>
            <table className="print-table mt-2">
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Kinds of difference</th>
                  <th scope="col">Answered</th>
                  <th scope="col">All right</th>
                </tr>
              </thead>
              <tbody>
                {results.questions.map((question) => (
                  <tr key={question.number}>
                    <th scope="row">{question.number}</th>
                    <td>{question.types.map(discrepancyLabel).join(', ')}</td>
                    <td>
                      {question.answered} of {results.students.length}
                    </td>
                    <td>{question.allRight}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="by-student">
            <h2 id="by-student" className="text-xl font-semibold">
              By student
            </h2>
            {results.students.length === 0 ? (
              <p className="mt-2 text-sm text-muted">No student has joined yet.</p>
            ) : (
              <div className="grid-scroll mt-2" role="region" aria-label="Answers by student" tabIndex={0}>
                <table className="print-table">
                  <thead>
                    <tr>
                      <th scope="col">Student</th>
                      <th scope="col">Handed in</th>
                      {results.questions.map((question) => (
                        <th key={question.number} scope="col">
                          Question {question.number}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {results.students.map((student) => (
                      <tr key={student.name}>
                        <th scope="row">
                          <bdi>{student.name}</bdi>
                        </th>
                        <td>{student.submittedAt ? new Date(student.submittedAt).toLocaleString() : 'not yet'}</td>
                        {student.answers.map((answer, index) => (
                          <td key={index}>
                            {answer === null
                              ? '—'
                              : `${answer.allRight ? 'all right' : `not quite (${answer.wordsFound} of ${answer.wordsToFind} words)`}${answer.types.length > 0 ? `; chose ${answer.types.map(discrepancyLabel).join(', ')}` : ''}`}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
