import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/lib/db';
import { openDatabase } from '@/lib/db/client';
import { pruneWriteCounts } from '@/lib/db/queries/rate-limits';
import { rateLimitWindows } from '@/lib/db/schema';
import { createScratchDatabase, dropScratchDatabase, testDatabases } from '@/lib/db/testing';
import { getEnv, parseEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { PEER_HEADER } from './client-address';
import { databaseWriteCounter, limitWrites, memoryWriteCounter, type WriteCounter } from './write-limit';

const env = parseEnv({ RATE_LIMIT_WRITES_PER_MINUTE: '60' });
const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/stories', { method: 'POST', headers });
/** A full garbage collection, so that heap figures count what is kept, not what is waiting to be collected. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, 0) + ms);

/** The status a write gets: 0 when it passes the limit, else the refusal's status and Retry-After. */
async function attempt(counter: WriteCounter, headers: Record<string, string>, when: Date, options = { env }) {
  try {
    await limitWrites(request(headers), { ...options, counter, at: when });
    return { status: 0, retryAfter: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, retryAfter: Number(error.toResponse().headers.get('retry-after')) };
  }
}

/** The limit's contract, for the counter in memory and the one in each database. */
async function checkLimit(counter: WriteCounter) {
  const client = { [PEER_HEADER]: '203.0.113.7' };
  for (let index = 0; index < 60; index++) expect((await attempt(counter, client, at(index))).status).toBe(0);
  const refused = await attempt(counter, client, at(10_000));
  expect(refused.status).toBe(429);
  // The window is the minute 12:00: 50 s are left at 12:00:10.
  expect(refused.retryAfter).toBe(50);
  // Another client is not affected, and the first one may write again in the next minute.
  expect((await attempt(counter, { [PEER_HEADER]: '203.0.113.8' }, at(10_000))).status).toBe(0);
  expect((await attempt(counter, client, at(61_000))).status).toBe(0);
}

describe('limitWrites in memory', () => {
  it('allows 60 writes a minute per client, then answers 429 with Retry-After', async () => {
    await checkLimit(memoryWriteCounter());
  });

  it('counts 20,000 requests with distinct X-Forwarded-For values from one socket as one client', async () => {
    const counter = memoryWriteCounter();
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const statuses = { passed: 0, refused: 0 };
    for (let index = 0; index < 20_000; index++) {
      const headers = { [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': `198.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` };
      const { status } = await attempt(counter, headers, at(index));
      if (status === 0) statuses.passed += 1;
      else statuses.refused += 1;
    }
    collectGarbage();
    console.log(`20,000 distinct X-Forwarded-For, no TRUST_PROXY: ${statuses.passed} passed, ${statuses.refused} refused; counter holds ${counter.size} client(s); heap growth ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(2)} MB`);
    expect(statuses).toEqual({ passed: 60, refused: 19_940 });
    expect(counter.size).toBe(1);
  });

  it('remembers at most its capacity of clients (10,000), however many there are', async () => {
    const counter = memoryWriteCounter();
    const trusting = { env: parseEnv({ RATE_LIMIT_WRITES_PER_MINUTE: '60', TRUST_PROXY: 'loopback' }) };
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let index = 0; index < 20_000; index++) {
      const headers = { [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': `198.51.${(index >> 8) & 255}.${index & 255}` };
      expect((await attempt(counter, headers, at(index), trusting)).status).toBe(0);
    }
    collectGarbage();
    console.log(`20,000 distinct clients behind a trusted proxy: counter holds ${counter.size}; heap growth ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(2)} MB`);
    expect(counter.size).toBe(10_000);
  });

  it('does nothing when the limit is 0', async () => {
    const counter = memoryWriteCounter();
    const off = { env: parseEnv({ RATE_LIMIT_WRITES_PER_MINUTE: '0' }) };
    for (let index = 0; index < 100; index++) expect((await attempt(counter, {}, at(index), off)).status).toBe(0);
    expect(counter.size).toBe(0);
  });
});

describe.each(testDatabases())('limitWrites in the database on $name', ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it('allows 60 writes a minute per client, then answers 429 with Retry-After, and prunes finished minutes', async () => {
    await checkLimit(databaseWriteCounter(handle.db));
    // At 12:01:01 the two rows of minute 12:00 are over; the first client's row was moved on to 12:01.
    expect(await pruneWriteCounts(handle.db, at(61_000))).toBe(1);
    expect(await handle.db.select().from(rateLimitWindows)).toEqual([{ key: '203.0.113.7', windowStart: at(60_000), hits: 1 }]);
  });

  it('counts 200 concurrent writes of one client exactly', async () => {
    const counter = databaseWriteCounter(handle.db);
    const client = (index: number) => ({ [PEER_HEADER]: '192.0.2.1', 'x-forwarded-for': `198.51.100.${index}` });
    const results = await Promise.all(Array.from({ length: 200 }, (_, index) => attempt(counter, client(index), at(index))));
    expect(results.filter((result) => result.status === 0)).toHaveLength(60);
  });
});

const postgresUrl = getEnv().DATABASE_URL;
describe.runIf(postgresUrl)('limitWrites over one PostgreSQL', () => {
  it('is one limit for every app server: 40 writes through each of two count as 80', async () => {
    const url = await createScratchDatabase(postgresUrl!);
    const [first, second] = [await openDatabase({ kind: 'postgres', url }), await openDatabase({ kind: 'postgres', url })];
    try {
      const counters = [databaseWriteCounter(first.db), databaseWriteCounter(second.db)];
      const results = await Promise.all(Array.from({ length: 80 }, (_, index) => attempt(counters[index % 2]!, { [PEER_HEADER]: '203.0.113.7' }, at(index))));
      expect(results.filter((result) => result.status === 0)).toHaveLength(60);
      expect(results.filter((result) => result.status === 429)).toHaveLength(20);
    } finally {
      await first.close();
      await second.close();
      await dropScratchDatabase(postgresUrl!, url);
    }
  });
});
