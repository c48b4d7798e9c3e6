import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PGLITE_PORT } from './ports';

const root = path.resolve(import.meta.dirname, '..');

test('a second server on the same data directory exits with a clear message, and the first keeps working', async ({ request }) => {
  // A cold `next start` on a loaded 2-core machine can take a while before it reaches the lock.
  test.setTimeout(120_000);
  const before = await (await request.get('/')).text();
  const second = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', '3199'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(root, '.data', `e2e-${PGLITE_PORT}`), DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
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

  // 1 from process.exit, or the start-up's own SIGKILL fallback (see lib/server/start-up.ts).
  expect(code).toBe(1);
  expect(output).toContain('is already in use by another Parallax process');
  expect(output).toContain('DATA_DIR=');

  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await (await request.get('/')).text()).toContain('British and US embassy staff leave Ukraine');
  expect((await (await request.get('/')).text()).match(/embassy-staff-leave-ukraine/g)?.length).toBe(
    before.match(/embassy-staff-leave-ukraine/g)?.length,
  );
});
