// npm run bench:server -- [--articles 33] [--chars 300000] [--add] [--servers 2] [--postgres] [--stale 5] [--html-86k]
// A production server (`next start`, built if needed) on a fresh database, sent one synthetic story made
// from the seed story's sentences (lib/testing/synthetic-story.ts), or with --html-86k the 1.98 MB HTML
// page of 86,000 short paragraphs that once froze the server (scripts/bench/corpus.ts): in one request, or with --add as two
// articles and then one request per further article, the way the API lets a story grow past one request.
// While the story is analysed it measures how fast GET /api/health answers (every 100 ms) and the peak
// RSS of the server's processes. With --servers 2 (PostgreSQL) two servers share the database and the
// script counts how often the job was claimed and saved. Prints figures; asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { syntheticStory } from '@/lib/testing/synthetic-story';
import { longHtmlStory } from './corpus';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '33' },
    chars: { type: 'string', default: '300000' },
    add: { type: 'boolean', default: false },
    servers: { type: 'string', default: '1' },
    postgres: { type: 'boolean', default: false },
    stale: { type: 'string' },
    port: { type: 'string', default: '3410' },
    'html-86k': { type: 'boolean', default: false },
  },
});
const articleCount = Number(options.articles);
const characters = Number(options.chars);
const serverCount = Number(options.servers);
const basePort = Number(options.port);
const usePostgres = options.postgres || serverCount > 1;

interface Server {
  process: ChildProcess;
  origin: string;
  log: string[];
}

async function main(): Promise<void> {
  const { buildIfNeeded } = (await import(path.join(root, 'scripts', 'build.mjs'))) as { buildIfNeeded: () => boolean };
  buildIfNeeded();
  const database = usePostgres ? await scratchPostgres() : null;
  const dataDir = path.join(root, '.data', `bench-server-${basePort}`);
  rmSync(dataDir, { recursive: true, force: true });
  const servers: Server[] = [];
  try {
    for (let index = 0; index < serverCount; index++) servers.push(await startServer(basePort + index, database?.url ?? null, dataDir));
    const [first] = servers as [Server];
    const story: RequestStory = options['html-86k'] ? longPage() : syntheticStory({ articles: articleCount, charactersPerArticle: characters });
    const storyCharacters = story.articles.reduce((sum, article) => sum + (article.text ?? article.html ?? '').length, 0);
    console.log(`story: ${story.title}, ${story.articles.length} articles (${(storyCharacters / 1e6).toFixed(2)} M characters) on ${usePostgres ? 'PostgreSQL' : 'PGlite'}, ${serverCount} server(s)`);

    const rss = watchRss(servers);
    const answer = await sendStory(first.origin, story);
    if (answer.status !== 202) {
      console.log(`refused before 202: ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`);
      console.log(`peak RSS of the server: ${(rss.stop() / 1024).toFixed(0)} MB`);
      return;
    }
    const slug = answer.slug;
    const started = performance.now();
    const latencies: number[] = [];
    // The status route reads the database, which on PGlite (one connection) waits while a save runs.
    const statusLatencies: { ms: number; stage: string }[] = [];
    const timeline: { at: number; ms: number; stage: string }[] = [];
    let stage = 'queued';
    let failures = 0;
    type Job = { status: string; error: string | null } | null;
    let job: Job = null;
    for (;;) {
      const target = servers[latencies.length % servers.length] as Server;
      const before = performance.now();
      const health = await fetch(`${target.origin}/api/health`).catch(() => null);
      latencies.push(performance.now() - before);
      timeline.push({ at: (before - started) / 1000, ms: performance.now() - before, stage });
      if (health?.status !== 200) failures++;
      if (latencies.length % 5 === 0) {
        const asked = performance.now();
        job = ((await (await fetch(`${first.origin}/api/stories/${slug}/status`)).json()) as { job: Job & { stage: string } }).job;
        statusLatencies.push({ ms: performance.now() - asked, stage });
        stage = (job as { stage?: string } | null)?.stage ?? stage;
        if (job?.status === 'done' || job?.status === 'failed') break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    const peakRss = rss.stop();
    const sorted = [...latencies].sort((a, b) => a - b);
    const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
    console.log(`analysis: ${job?.status} after ${seconds.toFixed(1)} s${job?.error ? ` (${job.error})` : ''}`);
    const stored = (await (await fetch(`${first.origin}/api/stories/${slug}`)).json()) as { claims: { mentions: unknown[] }[] };
    console.log(`saved: ${stored.claims.length} claims, ${stored.claims.reduce((sum, claim) => sum + claim.mentions.length, 0)} mentions`);
    console.log(`GET /api/health during the analysis: ${latencies.length} requests, ${failures} not answered 200; p50 ${quantile(0.5).toFixed(0)} ms, p99 ${quantile(0.99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`);
    const slowestStatus = [...statusLatencies].sort((a, b) => b.ms - a.ms)[0];
    if (slowestStatus) console.log(`GET …/status during the analysis: ${statusLatencies.length} requests, slowest ${slowestStatus.ms.toFixed(0)} ms (${slowestStatus.stage})`);
    const slowest = [...timeline].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(`slowest answers: ${slowest.map((entry) => `${entry.ms.toFixed(0)} ms at ${entry.at.toFixed(1)} s (${entry.stage})`).join(', ')}`);
    console.log(`peak RSS of the server${servers.length > 1 ? 's (each)' : ''}: ${(peakRss / 1024).toFixed(0)} MB`);
    if (database) {
      const rows = await database.query<{ id: number; attempts: number; status: string }>('SELECT id, attempts, status FROM analyses ORDER BY id');
      console.log(`jobs: ${rows.map((row) => `#${row.id} ${row.status} after ${row.attempts} claim(s)`).join(', ')}`);
    }
    servers.forEach((server, index) => {
      const lines = server.log.filter((line) => /analysis job/.test(line));
      console.log(`server ${index + 1} log: ${lines.length > 0 ? lines.join(' | ') : '(no job lines)'}`);
    });
  } finally {
    for (const server of servers) stopServer(server);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await database?.drop();
  }
}

/** A story as POST /api/stories takes it. */
interface RequestStory {
  title: string;
  articles: { outlet: string | null; text?: string | undefined; html?: string | undefined }[];
}

/** The 86,000-paragraph page as the API takes it. */
function longPage(): RequestStory {
  const { articles } = longHtmlStory();
  return { title: 'A page of 86,000 short paragraphs', articles: articles.map(({ outlet, text, html }) => ({ outlet: outlet ?? null, ...(html === undefined ? { text } : { html }) })) };
}

async function sendStory(origin: string, story: RequestStory): Promise<{ status: number; slug: string; body: unknown }> {
  const post = async (url: string, body: unknown) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { slug?: string } };
  };
  if (!options.add) {
    const answer = await post(`${origin}/api/stories`, story);
    return { ...answer, slug: answer.body.slug ?? '' };
  }
  const created = await post(`${origin}/api/stories`, { title: story.title, articles: story.articles.slice(0, 2) });
  if (created.status !== 202) return { ...created, slug: '' };
  const slug = created.body.slug ?? '';
  for (const [index, article] of story.articles.slice(2).entries()) {
    const added = await post(`${origin}/api/stories/${slug}/articles`, article);
    if (added.status !== 202) return { status: added.status, slug, body: { refusedAtArticle: index + 3, ...added.body } };
  }
  return { status: 202, slug, body: null };
}

async function startServer(port: number, databaseUrl: string | null, dataDir: string): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_MANUAL_SIG_HANDLE: 'true',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_STORIES: 'false',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
    ...(options.stale ? { ANALYSIS_STALE_SECONDS: options.stale } : {}),
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const server: Server = { process: child, origin: `http://127.0.0.1:${port}`, log: [] };
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => server.log.push(...chunk.toString().split('\n').filter(Boolean)));
  for (let attempt = 0; attempt < 240; attempt++) {
    if ((await fetch(`${server.origin}/api/health`).catch(() => null))?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server on port ${port} did not start:\n${server.log.join('\n')}`);
}

function stopServer(server: Server): void {
  // `next start` leaves next-server behind unless the whole process group is signalled.
  if (server.process.pid) {
    try {
      process.kill(-server.process.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Samples the resident memory of each server's process group every 200 ms; returns the highest sum (KB). */
function watchRss(servers: Server[]): { stop(): number } {
  let peak = 0;
  const groupRss = (group: number) => {
    let total = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) !== group) continue; // process group id
        const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        total += Number(rss?.[1] ?? 0);
      } catch {
        // the process ended between the listing and the read
      }
    }
    return total;
  };
  const timer = setInterval(() => {
    for (const server of servers) if (server.process.pid) peak = Math.max(peak, groupRss(server.process.pid));
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

async function scratchPostgres(): Promise<{ url: string; query: <T extends pg.QueryResultRow>(sql: string) => Promise<T[]>; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('set DATABASE_URL to measure on PostgreSQL (or two servers)');
  const name = `parallax_bench_${Date.now().toString(36)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    query: async <T extends pg.QueryResultRow>(statement: string) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query<T>(statement)).rows;
      } finally {
        await client.end();
      }
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

await main();
