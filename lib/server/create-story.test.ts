import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/lib/db';
import { analyses, idempotencyKeys, stories } from '@/lib/db/schema';
import { testDatabases } from '@/lib/db/testing';
import { AppError } from '@/lib/errors';
import { createStoryOnce } from './create-story';

const input = (title: string) => ({
  title,
  articles: ['The embassy will stay open.', 'The embassy in Kyiv stays open.'].map((source, index) => ({ outlet: `Outlet ${index + 1}`, sourceFormat: 'text' as const, source })),
});
const storyCount = async ({ db }: DatabaseHandle) => (await db.select({ value: count() }).from(stories))[0]?.value ?? 0;
const jobCount = async ({ db }: DatabaseHandle) => (await db.select({ value: count() }).from(analyses))[0]?.value ?? 0;

describe.each(testDatabases())('createStoryOnce on $name', ({ open }) => {
  // One database for the suite (opening one costs seconds); each test counts what it adds.
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());
  async function withDatabase(run: (handle: DatabaseHandle, added: () => Promise<[number, number]>) => Promise<void>) {
    const before = [await storyCount(handle), await jobCount(handle)] as const;
    await run(handle, async () => [(await storyCount(handle)) - before[0], (await jobCount(handle)) - before[1]]);
  }

  it('creates one story per request without a key', () =>
    withDatabase(async (handle, added) => {
      const first = await createStoryOnce(handle.db, input('Staff leave'), null);
      const second = await createStoryOnce(handle.db, input('Staff leave'), null);
      expect(first.created.slug).not.toBe(second.created.slug);
      expect(await added()).toEqual([2, 2]);
    }));

  it('answers a retry with the same key and request with the first answer, and saves one story and one job', () =>
    withDatabase(async (handle, added) => {
      const request = { title: 'Staff leave', articles: [{ outlet: 'A', text: 'x' }] };
      const first = await createStoryOnce(handle.db, input('Staff leave'), { key: 'retry-1', request });
      const again = await createStoryOnce(handle.db, input('Staff leave'), { key: 'retry-1', request: structuredClone(request) });
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ created: first.created, replayed: true });
      expect(first.created).toMatchObject({ url: `/stories/${first.created.slug}`, job: { status: 'queued', stage: 'queued' } });
      expect(await added()).toEqual([1, 1]);
    }));

  it('refuses the same key with a different request (422) and saves nothing more', () =>
    withDatabase(async (handle, added) => {
      await createStoryOnce(handle.db, input('Staff leave'), { key: 'k', request: { title: 'Staff leave' } });
      const refused = await createStoryOnce(handle.db, input('Troops mass'), { key: 'k', request: { title: 'Troops mass' } }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(422);
      expect((refused as AppError).message).toContain('used for a different story in the last 24 hours');
      expect((await added())[0]).toBe(1);
    }));

  it('gives requests with one key sent at the same time one story between them', () =>
    withDatabase(async (handle, added) => {
      const request = { title: 'Staff leave' };
      const answers = await Promise.all(Array.from({ length: 6 }, () => createStoryOnce(handle.db, input('Staff leave'), { key: 'burst', request })));
      expect(new Set(answers.map((answer) => answer.created.slug)).size).toBe(1);
      expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
      expect(await added()).toEqual([1, 1]);
    }));

  it('forgets a key after 24 hours: the same key then makes a new story', () =>
    withDatabase(async (handle, added) => {
      const request = { title: 'Staff leave' };
      const first = await createStoryOnce(handle.db, input('Staff leave'), { key: 'old', request });
      await handle.db.update(idempotencyKeys).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(idempotencyKeys.key, 'old'));
      const later = await createStoryOnce(handle.db, input('Staff leave'), { key: 'old', request });
      expect(later.replayed).toBe(false);
      expect(later.created.slug).not.toBe(first.created.slug);
      expect(await added()).toEqual([2, 2]);
      expect(await handle.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'old'))).toHaveLength(1);
    }));

  it('keeps no key for a request that failed, so its retry is carried out', () =>
    withDatabase(async (handle, added) => {
      // A title the database refuses (null): the transaction fails after the key was claimed.
      const broken = { ...input('Staff leave'), title: null as unknown as string };
      await expect(createStoryOnce(handle.db, broken, { key: 'failed', request: {} })).rejects.toThrow();
      expect(await handle.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'failed'))).toEqual([]);
      expect((await added())[0]).toBe(0);
      const retried = await createStoryOnce(handle.db, input('Staff leave'), { key: 'failed', request: {} });
      expect(retried.replayed).toBe(false);
      expect((await added())[0]).toBe(1);
    }));
});
