import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { syntheticStory } from '../lib/testing/synthetic-story';
import { PGLITE_PORT } from './ports';

const root = path.resolve(import.meta.dirname, '..');
// Beside the suite's own servers (3198 with the default E2E_PORT_BASE).
const PORT = PGLITE_PORT + 98;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = path.join(root, '.data', 'e2e-crash');

function startServer(databaseUrl: string, settings: Record<string, string> = {}): { process: ChildProcess; exited: Promise<unknown> } {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(PORT)], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SEED_STORIES: 'false', RATE_LIMIT_WRITES_PER_MINUTE: '0', NEXT_TELEMETRY_DISABLED: '1', ...settings },
    stdio: 'ignore',
  });
  // Listen from the start: the exit may come before anyone waits for it.
  return { process: child, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not become healthy');
}

const story = (index: number) => ({
  title: `Crash ${index}`,
  articles: [
    { outlet: 'A', text: `Russia has massed 100,000 troops near the border, officials said (${index}).` },
    { outlet: 'B', text: `Around 100,000 Russian troops are near the border, reports the BBC (${index}).` },
    { outlet: 'C', text: `An estimated 100,000 troops are at the border (${index}).` },
  ],
});

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// PGlite always; PostgreSQL too when DATABASE_URL is set (a scratch database, dropped afterwards).
const targets = [{ name: 'PGlite', url: '' }, ...(process.env.DATABASE_URL ? [{ name: 'PostgreSQL', url: process.env.DATABASE_URL }] : [])];

for (const target of targets) {
test(`kill -9 during a batch of creations on ${target.name}: every acknowledged story is intact after restart and its analysis finishes`, async () => {
  test.setTimeout(180_000);
  rmSync(dataDir, { recursive: true, force: true });
  let databaseUrl = '';
  if (target.url) {
    const name = `parallax_crash_${Date.now().toString(36)}`;
    await admin(target.url, `CREATE DATABASE ${name}`);
    const scratch = new URL(target.url);
    scratch.pathname = `/${name}`;
    databaseUrl = scratch.toString();
  }
  // On PostgreSQL another server may still be running a job whose heartbeat it cannot see stop, so a
  // dead server's job is taken over only after the stale window; a short one keeps this test short.
  // (PGlite, one server per data directory, resumes it at start-up: see the test below.)
  const settings = { ANALYSIS_STALE_SECONDS: '5' };
  let server = startServer(databaseUrl, settings);
  await waitForHealth();

  const acknowledged: string[] = [];
  const posts = Array.from({ length: 12 }, async (_, index) => {
    const response = await fetch(`${base}/api/stories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(story(index)) }).catch(() => null);
    // Acknowledged means the client read the whole answer; a body cut off by the kill is not.
    const body = response?.status === 202 ? await response.json().catch(() => null) : null;
    if (body) acknowledged.push(body.slug);
  });
  // Kill the server while the batch is in flight, as soon as a few creations were acknowledged.
  while (acknowledged.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
  server.process.kill('SIGKILL');
  await Promise.all(posts);
  await server.exited;

  server = startServer(databaseUrl, settings);
  try {
    await waitForHealth();
    for (const slug of acknowledged) {
      await expect(async () => {
        const body = await (await fetch(`${base}/api/stories/${slug}`)).json();
        expect(body.articles).toHaveLength(3);
        expect(body.job?.status).toBe('done');
        expect(body.claims.length).toBeGreaterThan(0);
      }).toPass({ timeout: 60_000 });
    }
    // Nothing half written: every story that exists has all three articles.
    const listed = await (await fetch(`${base}/api/stories?q=Crash`)).json();
    for (const item of listed.stories) expect(item.articleCount).toBe(3);
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
    if (target.url) await admin(target.url, `DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`);
  }
});
}

test('a job interrupted by kill -9 on PGlite resumes as soon as the server is back, not after the stale window', async () => {
  test.setTimeout(180_000);
  rmSync(dataDir, { recursive: true, force: true });
  let server = startServer('');
  await waitForHealth();
  // Ten articles of 40,000 characters: the engine is still at work when the server is killed.
  const created = await fetch(`${base}/api/stories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(syntheticStory({ articles: 10, charactersPerArticle: 40_000 })) });
  expect(created.status).toBe(202);
  const { slug, job } = (await created.json()) as { slug: string; job: { id: number } };
  const status = async () => ((await (await fetch(`${base}/api/stories/${slug}/status`)).json()) as { job: { id: number; status: string } }).job;
  await expect(async () => expect((await status()).status).toBe('running')).toPass({ timeout: 30_000, intervals: [50] });
  server.process.kill('SIGKILL');
  await server.exited;

  server = startServer('');
  try {
    await waitForHealth();
    // The same job, finished well inside the two minutes a dead server's job would otherwise wait.
    await expect(async () => expect(await status()).toMatchObject({ id: job.id, status: 'done' })).toPass({ timeout: 90_000 });
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
  }
});
