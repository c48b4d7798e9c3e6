// npm run bench:limit — one client inventing a new X-Forwarded-For value for every write, against the
// production server run in this process (scripts/server.mjs; PGlite in a temporary directory, or the
// PostgreSQL of DATABASE_URL with BENCH_POSTGRES=1; the write limit at its default of 60 a minute):
// how many of 20,000 writes pass in each minute, and the process's memory before and after (heap after
// a full collection, and resident set). Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { repoRoot } from '../eval/shared-data';

const PORT = Number(process.env.BENCH_PORT ?? 3409);
const WRITES = Number(process.env.BENCH_WRITES ?? 20_000);
const CONCURRENCY = 16;
const origin = `http://127.0.0.1:${PORT}`;

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
const memory = () => {
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / 1024 / 1024, rss: rss / 1024 / 1024 };
};

const dataDir = mkdtempSync(path.join(tmpdir(), 'parallax-limit-'));
Object.assign(process.env, { DATA_DIR: dataDir, SEED_STORIES: 'false', RATE_LIMIT_WRITES_PER_MINUTE: '60', NEXT_TELEMETRY_DISABLED: '1' });
if (process.env.BENCH_POSTGRES !== '1') delete process.env.DATABASE_URL;
delete process.env.TRUST_PROXY;

const { buildIfNeeded } = (await import(path.join(repoRoot, 'scripts', 'build.mjs'))) as { buildIfNeeded: () => boolean };
buildIfNeeded();
const { startServer } = (await import(path.join(repoRoot, 'scripts', 'server.mjs'))) as typeof import('../server.mjs');
await startServer({ port: PORT, hostname: '127.0.0.1' });
for (let attempt = 0; !(await fetch(`${origin}/api/health`).then((response) => response.ok, () => false)); attempt++) {
  if (attempt === 240) throw new Error('the server did not become healthy');
  await new Promise((resolve) => setTimeout(resolve, 250));
}
// Every route the run uses, once, so that what they load on first use is not counted as growth.
for (let index = 0; index < 20; index++) await (await fetch(`${origin}/api/stories?page=${index + 1}`)).arrayBuffer();

const before = memory();
const started = Date.now();
const passedByMinute = new Map<number, number>();
const statuses = new Map<number, number>();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < WRITES) {
      const index = next++;
      const response = await fetch(`${origin}/api/stories`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
        body: '{}',
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      // Under the limit the empty story is refused as invalid (422); over it, 429.
      if (response.status !== 429) {
        const minute = Math.floor(Date.now() / 60_000);
        passedByMinute.set(minute, (passedByMinute.get(minute) ?? 0) + 1);
      }
    }
  }),
);
const seconds = (Date.now() - started) / 1000;
const after = memory();

console.log(`${WRITES.toLocaleString('en')} writes, each with its own X-Forwarded-For, TRUST_PROXY unset, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: ${seconds.toFixed(1)} s (${Math.round(WRITES / seconds)} requests/s)`);
console.log(`  answers: ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`);
console.log(`  passed the limit, by minute: ${[...passedByMinute.values()].join(', ')} (limit 60)`);
console.log(`  heap after a full collection: ${before.heap.toFixed(1)} → ${after.heap.toFixed(1)} MB (${(after.heap - before.heap).toFixed(1)} MB)`);
console.log(`  resident set: ${before.rss.toFixed(1)} → ${after.rss.toFixed(1)} MB (${(after.rss - before.rss).toFixed(1)} MB)`);
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
