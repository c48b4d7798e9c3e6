import type { Metadata } from 'next';
import { buildQuestion, lessonSearch, parseLessonOptions, pickClaims } from '@/lib/lessons/worksheet';
import { toSearchParams } from '@/lib/paths';
import { loadStory } from './reader';

/** The props Next gives a lesson page: the story's slug and the lesson's options in the query string. */
export interface LessonPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** A lesson page's story, its options as the address gives them, their query string and the worksheet's questions; null for no story. */
export async function loadLesson({ params, searchParams }: LessonPageProps) {
  const story = await loadStory((await params).slug);
  if (!story) return null;
  const options = parseLessonOptions(toSearchParams(await searchParams));
  const questions = pickClaims(story.claims, options).map((claim) => buildQuestion(claim, story.columns, options));
  return { story, options, search: lessonSearch(options), questions };
}

/** A lesson page's `generateMetadata`: its title is `prefix: the story's title`. */
export function lessonMetadata(prefix: string): (props: LessonPageProps) => Promise<Metadata> {
  return async ({ params }) => {
    const story = await loadStory((await params).slug);
    return { title: story ? `${prefix}: ${story.title}` : 'Story not found' };
  };
}
