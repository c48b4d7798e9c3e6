import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryBreadcrumb } from '@/components/reader/story-breadcrumb';
import { publicUrl } from '@/lib/env';
import { discussionPrompts, PLAN_MINUTES } from '@/lib/lessons/lesson-plan';
import { claimPath, lessonPath } from '@/lib/paths';
import { compareTypes, discrepancyLabel } from '@/lib/reader/discrepancy-types';
import { storyDigest } from '@/lib/reader/story-digest';
import { lessonMetadata, loadLesson, type LessonPageProps } from '@/lib/server/lesson';

// The lesson's options are in the query string, so the page is rendered for each request.
export const dynamic = 'force-dynamic';

export const generateMetadata = lessonMetadata('Lesson plan');

/** A one-page, 45-minute lesson plan for a story's worksheet, its discussion built from the story's own differences. */
export default async function LessonPlanPage(props: LessonPageProps) {
  const lesson = await loadLesson(props);
  if (!lesson) notFound();
  const { story, options, search, questions } = lesson;
  const worksheetKinds = [...new Set(questions.flatMap((question) => question.types))].sort(compareTypes);
  const digest = storyDigest(story.claims, story.columns);
  const prompts = discussionPrompts(digest, worksheetKinds);
  const studentsPath = lessonPath(story.slug, search, 'students');
  const outlets = story.columns.map((column) => column.name);
  const reportedByAll = story.claims.filter((claim) => claim.articleIds.length === story.columns.length).length;

  return (
    <article className="max-w-prose">
      <StoryBreadcrumb slug={story.slug} title={story.title}>
        Lesson plan
      </StoryBreadcrumb>
      <h1 className="mt-2 font-serif text-2xl font-semibold">A 45-minute lesson: {story.title}</h1>
      <p className="mt-2">
        {outlets.length} outlets ({outlets.join(', ')}) reported this event. Parallax split their articles into {story.claims.length} claims: {reportedByAll}{' '}
        reported by every outlet, {digest.partial.total} by only some of them, {digest.single} by one alone.
      </p>

      <section aria-labelledby="before" className="mt-6">
        <h2 id="before" className="text-xl font-semibold">
          Before the class
        </h2>
        <ul className="mt-2 list-disc pl-5">
          <li>
            Give the students this link, or print the worksheet from it:{' '}
            <a className="link break-all" href={studentsPath}>
              {publicUrl()}
              {studentsPath}
            </a>
            .
          </li>
          <li>
            Keep{' '}
            <Link className="link" href={lessonPath(story.slug, search)}>
              your copy with the answer key
            </Link>{' '}
            for the discussion.
          </li>
        </ul>
      </section>

      <ol className="mt-6 grid gap-6">
        <li>
          <h2 className="text-xl font-semibold">Warm-up · {PLAN_MINUTES.warmUp} minutes</h2>
          <p className="mt-2">
            Ask the class: when several outlets report the same event, what might they tell differently? Collect answers on the board — who says so, how
            sure they are, which numbers, what is left out — and keep them for the discussion.
          </p>
        </li>
        <li>
          <h2 className="text-xl font-semibold">Worksheet · {PLAN_MINUTES.worksheet} minutes</h2>
          <p className="mt-2">
            {`In pairs, students work through ${questions.length} ${questions.length === 1 ? 'question' : 'questions'}: for each claim they mark the words that differ between the versions, say how they differ${worksheetKinds.length > 0 ? ` (here: ${worksheetKinds.map(discrepancyLabel).join(', ')})` : ''}, then check their answer.`}
            {options.blind && ' The outlets are hidden as “Outlet A”, “Outlet B”…: reveal them at the start of the discussion.'}
          </p>
        </li>
        <li>
          <h2 className="text-xl font-semibold">Discussion · {PLAN_MINUTES.discussion} minutes</h2>
          {prompts.length === 0 ? (
            <p className="mt-2">The outlets tell this story alike: ask which version the class finds clearest, and why.</p>
          ) : (
            <ul className="mt-2 grid gap-4" aria-label="Discussion prompts">
              {prompts.map((prompt) => (
                <li key={prompt.kind} className="panel break-inside-avoid">
                  <p className="text-sm font-semibold">{prompt.kind === 'omission' ? 'Left out' : discrepancyLabel(prompt.kind)}</p>
                  <blockquote className="mt-1">
                    <bdi>{prompt.summary}</bdi>
                  </blockquote>
                  <p className="mt-1 text-sm">{prompt.example}</p>
                  <p className="mt-2 font-medium">Ask: {prompt.ask}</p>
                  <p className="mt-1 text-sm print:hidden">
                    <Link className="link" href={claimPath(story.slug, prompt.claimId)}>
                      The claim side by side<span className="sr-only">: {prompt.kind === 'omission' ? 'left out' : discrepancyLabel(prompt.kind)}</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <h2 className="text-xl font-semibold">Wrap-up · {PLAN_MINUTES.wrapUp} minutes</h2>
          <p className="mt-2">
            Exit question, in writing: pick one claim. Whose version would you quote in your own report, and what would you check first? For homework,{' '}
            <Link className="link" href="/guide">
              the guide
            </Link>{' '}
            gives eight questions to ask of any article.
          </p>
        </li>
      </ol>
    </article>
  );
}
