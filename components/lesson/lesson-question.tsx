'use client';

import { useState } from 'react';
import { ExplainedDifferences } from '@/components/reader/type-badges';
import type { StudentQuestion } from '@/lib/lessons/class-worksheet';
import type { Answer, Feedback, Question } from '@/lib/lessons/worksheet';
import { discrepancyLabel, DISCREPANCY_TYPES } from '@/lib/reader/discrepancy-types';

function list(types: readonly string[]): string {
  const labels = types.map(discrepancyLabel);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
}

/** What checking an answer gives: the feedback, and the engine's explanations of the differences. */
export interface CheckResult {
  feedback: Feedback;
  explanations: Question['explanations'];
}

function FeedbackText({ feedback, explanations }: CheckResult) {
  return (
    <div role="status" className={`notice ${feedback.allRight ? '' : 'notice-error'}`}>
      <p className="font-semibold">{feedback.allRight ? 'Well spotted: you found every difference.' : 'Not quite.'}</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {feedback.typesFound.length > 0 && <li>Right: they differ in {list(feedback.typesFound)}.</li>}
        {feedback.typesMissed.length > 0 && <li>Missed: they also differ in {list(feedback.typesMissed)}.</li>}
        {feedback.typesWrong.length > 0 && <li>Not here: they do not differ in {list(feedback.typesWrong)}.</li>}
        <li>
          You marked {feedback.wordsFound} of {feedback.wordsFound + feedback.wordsMissed} differing words.
          {feedback.wordsShared > 0 && ` ${feedback.wordsShared} of the words you marked ${feedback.wordsShared === 1 ? 'is' : 'are'} in every version, so ${feedback.wordsShared === 1 ? 'it does' : 'they do'} not differ.`}
          {feedback.wordsExtra > 0 && ` ${feedback.wordsExtra} ${feedback.wordsExtra === 1 ? 'word you marked is' : 'words you marked are'} not part of the differences found.`}
        </li>
      </ul>
      <p className="mt-2 text-sm font-semibold">Why:</p>
      <ExplainedDifferences differences={explanations} className="list-disc pl-5 text-sm" />
    </div>
  );
}

interface LessonQuestionProps {
  question: StudentQuestion;
  number: number;
  types: readonly string[];
  /** Checks an answer: against the question on the page (self-check), or on the server (a class's worksheet, which never holds the answer). */
  check: (answer: Answer) => CheckResult | Promise<CheckResult>;
  /** The answer to start from (a class's saved progress). */
  initial?: Answer | undefined;
  /** Handed in: the answer is shown, not changed. */
  locked?: boolean;
  /** Told of every change to the answer (a class's worksheet saves it as the student works). */
  onChange?: ((answer: Answer) => void) | undefined;
}

/**
 * One worksheet question: the outlets' versions with every word a toggle (tap or Space/Enter), the
 * difference types as choices, and a check against the engine's findings.
 */
export function LessonQuestion({ question, number, types, check, initial, locked = false, onChange }: LessonQuestionProps) {
  const [marked, setMarked] = useState<number[][]>(() => question.versions.map((_, index) => [...(initial?.marked[index] ?? [])]));
  const [chosen, setChosen] = useState<string[]>(() => [...(initial?.types ?? [])]);

  const [result, setResult] = useState<CheckResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const toggleWord = (version: number, word: number) => {
    setResult(null);
    const next = marked.map((words, index) => (index !== version ? words : words.includes(word) ? words.filter((other) => other !== word) : [...words, word]));
    setMarked(next);
    onChange?.({ types: chosen, marked: next });
  };
  const toggleType = (type: string, on: boolean) => {
    setResult(null);
    const next = on ? [...chosen, type] : chosen.filter((other) => other !== type);
    setChosen(next);
    onChange?.({ types: next, marked });
  };
  const runCheck = async () => {
    setProblem(null);
    try {
      setResult(await check({ types: chosen, marked }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The answer could not be checked; try again.');
    }
  };
  return (
    <section aria-labelledby={`q${number}`} className="panel break-inside-avoid">
      <h2 id={`q${number}`} className="text-lg font-semibold">
        Question {number}
      </h2>
      <p className="text-sm text-muted print:hidden">Tap the words that differ between the versions, then say how they differ.</p>
      <p className="hidden text-sm print:block">Underline the words that differ between the versions, then tick how they differ.</p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {question.versions.map((version, versionIndex) => (
          <div key={version.label} role="group" aria-label={version.label} className="rounded border border-zinc-200 p-3 dark:border-zinc-800">
            <p className="mb-1 text-sm font-semibold">{version.label}</p>
            <p className="leading-loose">
              <bdi>
                {version.words.map((word, wordIndex) => {
                  const pressed = marked[versionIndex]!.includes(wordIndex);
                  const before = version.text.slice(wordIndex === 0 ? 0 : version.words[wordIndex - 1]!.end, word.start);
                  return (
                    <span key={wordIndex}>
                      {before}
                      <button
                        type="button"
                        aria-pressed={pressed}
                        disabled={locked}
                        onClick={() => toggleWord(versionIndex, wordIndex)}
                        className={`word inline-block min-w-6 rounded px-0.5 text-center ${pressed ? 'bg-yellow-200 underline decoration-2 dark:bg-yellow-800' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'}`}
                      >
                        {word.text}
                      </button>
                    </span>
                  );
                })}
                {version.text.slice(version.words.at(-1)?.end ?? 0)}
              </bdi>
            </p>
          </div>
        ))}
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-semibold">How do they differ?</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {DISCREPANCY_TYPES.filter((info) => types.includes(info.type)).map((info) => (
            <label key={info.type} className="inline-flex items-center gap-1.5 text-sm" title={info.description}>
              <input
                type="checkbox"
                className="size-5"
                checked={chosen.includes(info.type)}
                disabled={locked}
                onChange={(event) => toggleType(info.type, event.target.checked)}
              />
              {info.label}
            </label>
          ))}
        </div>
      </fieldset>
      {/* On paper, room to write the answer a screen gets from the check. */}
      <div className="mt-3 hidden print:block">
        <p className="text-sm font-semibold">Why might the outlets tell it differently?</p>
        {[0, 1, 2].map((line) => (
          <div key={line} className="h-8 border-b border-zinc-400" />
        ))}
      </div>
      {!locked && (
        <div className="mt-3 print:hidden">
          <button type="button" className="button" onClick={() => void runCheck()}>
            Check question {number}
          </button>
        </div>
      )}
      <div aria-live="polite" className="mt-3">
        {result && <FeedbackText {...result} />}
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}
