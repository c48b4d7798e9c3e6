import { getDatabase, type Database } from '@/lib/db';
import { countWrite, pruneWriteCounts } from '@/lib/db/queries/rate-limits';
import { getEnv, type Env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { clientKey } from './client-address';
import { FixedWindowCounter, type WindowCount } from './fixed-window-counter';

/** Where writes are counted: a table every app server shares, or this process's memory. */
export interface WriteCounter {
  hit(key: string, at?: Date): Promise<WindowCount>;
}

/** In memory, for one process (PGlite: one process per database). At most `capacity` clients are remembered. */
export function memoryWriteCounter(capacity?: number): WriteCounter & { readonly size: number } {
  const counter = new FixedWindowCounter(capacity);
  return {
    hit: async (key, at) => counter.hit(key, at?.getTime()),
    get size() {
      return counter.size;
    },
  };
}

const PRUNE_EVERY_MS = 60_000;

/** In the database (PostgreSQL: shared by every app server); finished minutes are deleted about once a minute. */
export function databaseWriteCounter(db: Database): WriteCounter {
  let prunedAt = 0;
  return {
    async hit(key, at) {
      const counted = await countWrite(db, key, at);
      if (Date.now() - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = Date.now();
        // Housekeeping: a failure here must not fail the write it rides on.
        void pruneWriteCounts(db, at).catch((error: unknown) => console.error('Parallax: could not prune write counts', error));
      }
      return counted;
    },
  };
}

// Next bundles each route separately, so module state would give each route its own counter (and
// its own limit): the process's counter lives on globalThis, like the database handle.
const counterKey = Symbol.for('parallax.write-counter');
type GlobalWithCounter = typeof globalThis & { [counterKey]?: WriteCounter };

async function processCounter(): Promise<WriteCounter> {
  const holder = globalThis as GlobalWithCounter;
  if (!holder[counterKey]) {
    const { db, kind } = await getDatabase();
    holder[counterKey] ??= kind === 'postgres' ? databaseWriteCounter(db) : memoryWriteCounter();
  }
  return holder[counterKey];
}

/**
 * Counts a change (creating a story, editing articles, a correction or its undo) against the client's
 * RATE_LIMIT_WRITES_PER_MINUTE, and refuses it with 429 and Retry-After past the limit. The client is
 * the socket's address unless TRUST_PROXY names the proxies in front (see client-address.ts); a `writer`
 * known otherwise counts for itself instead (a student's answers: a class shares one school address).
 */
export async function limitWrites(request: Request, options: { env?: Env; counter?: WriteCounter; at?: Date; writer?: string } = {}): Promise<void> {
  const env = options.env ?? getEnv();
  const limit = env.RATE_LIMIT_WRITES_PER_MINUTE;
  if (limit === 0) return;
  const counter = options.counter ?? (await processCounter());
  const { hits, retryAfterSeconds } = await counter.hit(options.writer ?? clientKey(request, env), options.at);
  if (hits > limit) {
    throw new AppError('rate_limit', 'api', `Too many changes in a minute; try again in ${retryAfterSeconds} s.`, [], { 'Retry-After': String(retryAfterSeconds) });
  }
}
