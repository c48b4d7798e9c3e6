import type { Database } from '@/lib/db';
import { wasRemoved } from '@/lib/db/queries/stories';
import { isPublicId } from './route-params';

/**
 * The production server's front door (scripts/front-door.mjs) asks, before Next renders a story's page,
 * whether the story was removed: Next can answer a page only with 200 or 404, and a removed story's
 * links answer 410. The same symbol is read there.
 */
const REMOVED_STORY_CHECK = Symbol.for('parallax.removedStory');

// Answers are kept for a second, as long as a story page is cached (app/stories/[slug]/page.tsx), so every
// app server shows a removal within about a second: asking the database on every page view cost a quarter
// of the story page's throughput on PGlite (350 against 460 pages/s).
const ANSWER_MS = 1000;
const MAX_ANSWERS = 10_000;
// In the process's global registry too: Next bundles the start-up code that registers the check and the
// route that removes a story separately, each with its own copy of this module.
const registry = globalThis as Record<symbol, unknown>;
const ANSWERS = Symbol.for('parallax.removedStoryAnswers');
const answers = (registry[ANSWERS] ??= new Map()) as Map<string, { removed: boolean; until: number }>;

export function offerRemovedStoryCheck(db: Database): void {
  registry[REMOVED_STORY_CHECK] = async (slug: string) => {
    if (!isPublicId(slug)) return false;
    const known = answers.get(slug);
    if (known && known.until > Date.now()) return known.removed;
    const removed = await wasRemoved(db, slug);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(slug, { removed, until: Date.now() + ANSWER_MS });
    return removed;
  };
}

/** A story this server just removed: its pages answer 410 here at once. */
export function noteRemoved(slug: string): void {
  answers.set(slug, { removed: true, until: Number.POSITIVE_INFINITY });
}
