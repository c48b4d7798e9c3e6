import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { idempotencyKeys } from '../schema';

/** How long a key's first answer is kept: a client retrying a day later means a new request. */
export const IDEMPOTENCY_KEY_HOURS = 24;

export interface IdempotentRequest {
  key: string;
  /** What the request asks for, e.g. its validated body; the same key must always come with the same. */
  request: unknown;
}

export type IdempotentResult<T> =
  | { kind: 'first'; answer: T }
  | { kind: 'replayed'; answer: T }
  /** The key was used for a different request within IDEMPOTENCY_KEY_HOURS. */
  | { kind: 'different-request' };

/**
 * Runs `answer` once per key. The key is claimed in the same transaction that does the work and
 * stores its answer, so the work and the key's record are saved together or not at all. A request
 * that arrives with the key while the first is still running waits for it (the claim is a row
 * insert, which PostgreSQL holds until the first transaction ends; PGlite runs one at a time) and
 * then gets its answer. Expired keys are deleted on the way.
 */
export async function answerOnce<T extends Record<string, unknown>>(
  db: Database,
  { key, request }: IdempotentRequest,
  answer: (tx: Database) => Promise<{ answer: T; storyId: number | null }>,
): Promise<IdempotentResult<T>> {
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  return db.transaction(async (tx) => {
    await tx.delete(idempotencyKeys).where(sql`${idempotencyKeys.createdAt} < now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS})`);
    for (;;) {
      const [claimed] = await tx.insert(idempotencyKeys).values({ key, requestHash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
      if (claimed) break;
      const [first] = await tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
      // Gone between the two statements (expired, and deleted by another request): claim it again.
      if (!first) continue;
      return first.requestHash === requestHash ? { kind: 'replayed', answer: first.response as T } : { kind: 'different-request' };
    }
    const { answer: result, storyId } = await answer(tx);
    await tx.update(idempotencyKeys).set({ response: result, storyId }).where(eq(idempotencyKeys.key, key));
    return { kind: 'first', answer: result };
  });
}
