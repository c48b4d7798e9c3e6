import type { Database } from '@/lib/db';
import { queueAnalysis } from '@/lib/db/queries/analyses';
import { answerOnce, IDEMPOTENCY_KEY_HOURS } from '@/lib/db/queries/idempotency';
import { createStory, type NewStoryInput } from '@/lib/db/queries/stories';
import { AppError } from '@/lib/errors';
import { analysisQueued } from './analysis-wake';
import { newSecretToken } from './secret-tokens';

/** The answer to POST /api/stories: where the story will be, the job that analyses it, and its edit token. */
export interface CreatedStory extends Record<string, unknown> {
  slug: string;
  url: string;
  job: { id: number; status: string; stage: string };
  /** Given this once (and to a retry with the same Idempotency-Key): changes to the story need it. */
  editToken: string;
}

/** Saves a new story and queues its analysis, in one transaction. */
async function createAndQueue(db: Database, input: Omit<NewStoryInput, 'slug' | 'editTokenHash'>): Promise<{ answer: CreatedStory; storyId: number }> {
  const { token, hash } = newSecretToken();
  return db.transaction(async (tx) => {
    const story = await createStory(tx, { ...input, editTokenHash: hash });
    const job = await queueAnalysis(tx, story.id);
    return { answer: { slug: story.slug, url: `/stories/${story.slug}`, job: { id: job.id, status: job.status, stage: job.stage }, editToken: token }, storyId: story.id };
  });
}

/**
 * Creates a story, once per Idempotency-Key: a retry with the key gets the first answer back
 * (`replayed`), and the key with a different request is refused (422).
 */
export async function createStoryOnce(
  db: Database,
  input: Omit<NewStoryInput, 'slug' | 'editTokenHash'>,
  idempotency: { key: string; request: unknown } | null,
): Promise<{ created: CreatedStory; replayed: boolean }> {
  if (!idempotency) {
    const { answer } = await createAndQueue(db, input);
    analysisQueued();
    return { created: answer, replayed: false };
  }
  const result = await answerOnce(db, idempotency, (tx) => createAndQueue(tx, input));
  if (result.kind === 'different-request') {
    throw new AppError(
      'invalid',
      'idempotency-key',
      `This Idempotency-Key was used for a different story in the last ${IDEMPOTENCY_KEY_HOURS} hours; send a new key with a new story.`,
      [{ path: 'Idempotency-Key', message: 'was used for a different request' }],
    );
  }
  if (result.kind !== 'replayed') analysisQueued();
  return { created: result.answer, replayed: result.kind === 'replayed' };
}
