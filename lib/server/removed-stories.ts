import type { Database } from '@/lib/db';
import { wasRemoved } from '@/lib/db/queries/stories';
import { isPublicId } from './route-params';

/**
 * The production server's front door (scripts/front-door.mjs) asks, before Next renders a story's page,
 * whether the story was removed: Next can answer a page only with 200 or 404, and a removed story's
 * links answer 410. The same symbol is read there.
 */
const REMOVED_STORY_CHECK = Symbol.for('parallax.removedStory');

export function offerRemovedStoryCheck(db: Database): void {
  (globalThis as Record<symbol, unknown>)[REMOVED_STORY_CHECK] = async (slug: string) => isPublicId(slug) && (await wasRemoved(db, slug));
}
