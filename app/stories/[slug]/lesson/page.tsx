import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GiveToClass } from '@/components/classes/give-to-class';
import { AnswerKey } from '@/components/lesson/answer-key';
import { WorksheetIntro, WorksheetQuestions } from '@/components/lesson/worksheet-questions';
import { PrintButton } from '@/components/reader/print-button';
import { HighlightedText } from '@/components/reader/highlighted-text';
import { StoryBreadcrumb } from '@/components/reader/story-breadcrumb';
import { publicUrl } from '@/lib/env';
import { lessonCandidates, MAX_LESSON_CLAIMS } from '@/lib/lessons/worksheet';
import { claimPath, lessonPath } from '@/lib/paths';
import { discrepancyLabel, DISCREPANCY_TYPES } from '@/lib/reader/discrepancy-types';
import { lessonMetadata, loadLesson, type LessonPageProps } from '@/lib/server/lesson';

// The options are in the query string, so the page is rendered for each request.
export const dynamic = 'force-dynamic';

export const generateMetadata = lessonMetadata('Lesson');

export default async function LessonPage(props: LessonPageProps) {
  const lesson = await loadLesson(props);
  if (!lesson) notFound();
  const { story, options, search, questions } = lesson;
  const candidates = lessonCandidates(story.claims, options.types);
  const teacherPath = lessonPath(story.slug, search);
  const studentsPath = lessonPath(story.slug, search, 'students');

  return (
    <article>
      <StoryBreadcrumb slug={story.slug} title={story.title}>
        Lesson
      </StoryBreadcrumb>
      <h1 className="mt-2 font-serif text-2xl font-semibold">Spot the difference: {story.title}</h1>
      <WorksheetIntro outlets={story.columns.map((column) => column.name)} blind={options.blind} guide />

      <form method="get" action={lessonPath(story.slug, '')} className="filters mt-4 print:hidden" aria-label="Lesson options">
        <div className="flex flex-wrap items-end gap-4">
          <label className="grid gap-1 text-sm">
            Questions
            <select name="claims" defaultValue={options.claims} className="input">
              {Array.from({ length: MAX_LESSON_CLAIMS }, (_, index) => index + 1).map((count) => (
                <option key={count}>{count}</option>
              ))}
            </select>
          </label>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" name="blind" value="1" defaultChecked={options.blind} className="size-5" />
            Hide outlet names (blind mode)
          </label>
        </div>
        {candidates.length > 0 && (
          <details open={options.picked.length > 0}>
            <summary className="cursor-pointer text-sm font-semibold">Choose the claims yourself</summary>
            <fieldset className="mt-2">
              <legend className="text-sm">Tick the claims to ask about; with none ticked, the {options.claims} most instructive are chosen.</legend>
              <ul className="mt-1 grid gap-1">
                {candidates.map((claim) => (
                  <li key={claim.id}>
                    <label className="inline-flex items-start gap-2 text-sm">
                      <input type="checkbox" name="pick" value={claim.id} defaultChecked={options.picked.includes(claim.id)} className="mt-0.5 size-5 shrink-0" />
                      <span>{claim.summary}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </details>
        )}
        <fieldset>
          <legend>Kinds of difference</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {DISCREPANCY_TYPES.map((info) => (
              <label key={info.type} className="inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="type" value={info.type} defaultChecked={options.types.includes(info.type)} />
                {info.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="button">
            Make the worksheet
          </button>
          <PrintButton label="Print or save as PDF (with the key)" />
          <span className="text-sm text-muted">
            Your link, with the answer key:{' '}
            <a className="link break-all" href={teacherPath}>
              {publicUrl()}
              {teacherPath}
            </a>
          </span>
          <Link className="link text-sm" href={lessonPath(story.slug, search, 'plan')}>
            A 45-minute lesson plan for this worksheet
          </Link>
          <span className="text-sm text-muted">
            Students&rsquo; link, the worksheet only{options.blind ? ', outlets hidden' : ''}:{' '}
            <a className="link break-all" href={studentsPath}>
              {publicUrl()}
              {studentsPath}
            </a>
          </span>
        </div>
      </form>
      {questions.length > 0 && <GiveToClass slug={story.slug} options={options} />}

      {options.picked.length > 0 && questions.length < options.picked.length && (
        <p className="notice print:hidden" role="status">
          Of the {options.picked.length} claims you chose, {questions.length} {questions.length === 1 ? 'has' : 'have'} differences of these kinds, so the worksheet
          asks about {questions.length === 1 ? 'that one' : 'those'}.
        </p>
      )}
      {options.picked.length === 0 && questions.length > 0 && questions.length < options.claims && (
        <p className="notice print:hidden" role="status">
          You asked for {options.claims} questions; this story has {questions.length} {questions.length === 1 ? 'claim' : 'claims'} that two or more outlets report
          with these kinds of difference, so the worksheet has {questions.length}.
        </p>
      )}
      <WorksheetQuestions questions={questions} options={options} />

      {questions.length > 0 && (
        <AnswerKey>
          <ol className="grid gap-6">
            {questions.map((question, index) => (
              <li key={question.claimId} className="break-inside-avoid">
                <h3 className="font-semibold">
                  Question {index + 1}: {question.types.map(discrepancyLabel).join(', ')}
                </h3>
                <ul className="mt-2 grid gap-2" aria-label="Versions">
                  {question.versions.map((version) => (
                    <li key={version.articleId}>
                      <span className="font-semibold">{version.label}:</span>{' '}
                      <HighlightedText text={version.text} offset={version.offset} marks={version.marks} outlet={version.label} />
                    </li>
                  ))}
                </ul>
                <ul className="mt-2 list-disc pl-5 text-sm" aria-label="Why">
                  {question.explanations.map((explanation, position) => (
                    <li key={position}>{explanation.text}</li>
                  ))}
                </ul>
                {!options.blind && (
                  <p className="mt-1 text-sm print:hidden">
                    <Link className="link" href={claimPath(story.slug, question.claimId)}>
                      The claim compared<span className="sr-only"> for question {index + 1}</span>
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </AnswerKey>
      )}
    </article>
  );
}
