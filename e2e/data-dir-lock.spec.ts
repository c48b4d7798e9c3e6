import { spawn } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PGLITE_PORT } from './ports';

const root = path.resolve(import.meta.dirname, '..');
// The PGlite test server's data directory (scripts/e2e-server.mjs).
const dataDir = path.join(root, '.data', `e2e-${PGLITE_PORT}`);

/** Starts a second server on `dir` and waits for it to exit: its exit code and everything it printed. */
async function startSecondServer(dir: string): Promise<{ code: number | null; output: string }> {
  // Never reached when the lock holds; a port of its own all the same, so that checkouts running this at once do not meet.
  const port = String(PGLITE_PORT + 99);
  const second = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  second.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  second.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => second.on('exit', (code, signal) => resolve(signal === 'SIGKILL' ? 1 : code)));
  const code = await Promise.race([exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 90_000))]);
  if (code === 'running') {
    second.kill('SIGKILL');
    throw new Error(`the second server was still running after 90 s; its output:\n${output}`);
  }
  return { code, output };
}

// A cold `next start` on a loaded 2-core machine can take a while before it reaches the lock.
test.describe.configure({ timeout: 120_000 });

for (const [name, reach] of [
  ['the same path', () => dataDir],
  [
    'a symlink to it',
    () => {
      const link = path.join(root, '.data', `e2e-${PGLITE_PORT}-link`);
      rmSync(link, { force: true });
      symlinkSync(dataDir, link);
      return link;
    },
  ],
] as const) {
  test(`a second server on the data directory through ${name} exits with a clear message, and the first keeps working`, async ({ request }) => {
    const before = await (await request.get('/')).text();
    const dir = reach();
    const { code, output } = await startSecondServer(dir);

    // 1 from process.exit, or the start-up's own SIGKILL fallback (see lib/server/start-up.ts).
    expect(code).toBe(1);
    expect(output).toContain(`The data directory ${dir}`);
    expect(output).toContain('is already in use by another Parallax process (pid ');
    expect(output).toContain('DATA_DIR=');

    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await (await request.get('/')).text()).toContain('British and US embassy staff leave Ukraine');
    expect((await (await request.get('/')).text()).match(/embassy-staff-leave-ukraine/g)?.length).toBe(
      before.match(/embassy-staff-leave-ukraine/g)?.length,
    );
  });
}
